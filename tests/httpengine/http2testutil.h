#pragma once

// Helpers shared by the HTTP/2 engine tests: many requests at once, bodies compared with files,
// the process's peak memory, and what an HTTP/2 error message must name.

#include "tests/httpengine/enginetestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WB_TEST_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define WB_TEST_UNDER_ASAN 1
#endif

namespace wb::test {

// How far the peak RSS may grow while a large or endless body streams through: 64 MB (issue 11's
// goal). AddressSanitizer keeps freed memory in a quarantine (256 MB by default) and adds shadow
// memory, so under it the bound only proves the body was never held whole.
constexpr qint64 streamingMemoryLimitMb()
{
#ifdef WB_TEST_UNDER_ASAN
    return 640;
#else
    return 64;
#endif
}

// Sends every spec at once (before the event loop runs again, so that they are all in flight
// together) and waits until all have finished; the chains come back in the order of `specs`. A
// chain that did not finish within `timeoutMs` is empty.
inline QList<http::ExchangeChain> sendAllAndWait(http::HttpEngine &engine,
                                                 const QList<http::RequestSpec> &specs,
                                                 const http::SendOptions &options = {},
                                                 int timeoutMs = 60000)
{
    std::vector<std::unique_ptr<http::ExchangeHandle>> handles;
    QList<http::ExchangeChain> chains(specs.size());
    int done = 0;
    for (const auto &spec : specs) {
        handles.push_back(engine.send(spec, options));
        const qsizetype index = qsizetype(handles.size()) - 1;
        QObject::connect(handles.back().get(), &http::ExchangeHandle::finished,
                         [&chains, &done, index](const http::ExchangeChain &chain) {
                             chains[index] = chain;
                             ++done;
                         });
    }
    QElapsedTimer clock;
    clock.start();
    while (done < specs.size() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return chains;
}

inline http::RequestSpec withProtocol(http::RequestSpec spec, http::HttpProtocol protocol)
{
    spec.options.protocol = protocol;
    return spec;
}

// Deletes the temporary files an exchange's bodies spilled into.
inline void removeSpills(const http::ExchangeChain &chain)
{
    for (const auto &hop : chain.hops) {
        for (const auto *body : {&hop.requestBody, &hop.responseWire, &hop.responseBody}) {
            if (body->isFile() && body->filePath != QLatin1String("/dev/null"))
                QFile::remove(body->filePath);
        }
    }
}

// A file of `size` pseudo-random bytes (the same for the same seed).
inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

inline QByteArray sha256Of(const http::BodyData &body)
{
    if (!body.isFile())
        return QCryptographicHash::hash(body.bytes, QCryptographicHash::Sha256);
    QFile file(body.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Whether `body` (in memory or spilled) holds exactly `expected`.
inline bool bodyEquals(const http::BodyData &body, const QByteArray &expected)
{
    return body.size == expected.size() &&
           sha256Of(body) == QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
}

// The process's peak resident set (VmHWM) in kB, from /proc/self/status.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// How far the peak resident set grew over a block: resets the peak to the current resident set
// ("5" to /proc/self/clear_refs), so that earlier tests' peaks do not hide this one's.
class PeakRssGrowth
{
public:
    PeakRssGrowth()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        m_startKb = peakRssKb();
    }
    qint64 growthKb() const { return peakRssKb() - m_startKb; }
    qint64 growthMb() const { return growthKb() / 1024; }

private:
    qint64 m_startKb = 0;
};

// Whether an HTTP/2 error message names the code ("ENHANCE_YOUR_CALM") and, when given, the
// stream ("stream 1", "stream_id=1", "stream #1").
inline bool namesCodeAndStream(const QString &message, const QString &code, int streamId = -1)
{
    if (!message.contains(code))
        return false;
    if (streamId < 0)
        return true;
    const QRegularExpression stream(QStringLiteral("stream[^0-9]{0,12}%1\\b").arg(streamId),
                                    QRegularExpression::CaseInsensitiveOption);
    return stream.match(message).hasMatch();
}

// The stream ids of the HEADERS frames Wirebench sent for an exchange.
inline QList<quint32> outgoingHeaderStreams(const http::Exchange &exchange)
{
    QList<quint32> streams;
    for (const auto &frame : exchange.frames) {
        if (frame.outgoing && frame.type == 0x1 && !streams.contains(frame.streamId))
            streams.append(frame.streamId);
    }
    return streams;
}

} // namespace wb::test
