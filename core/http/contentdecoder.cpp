#include "core/http/contentdecoder.h"

#include "core/http/contentdecoderstages.h"

#include <QCoreApplication>

#include <vector>

namespace wb::http {

namespace {

class IdentityDecoder final : public ContentDecoder
{
public:
    Result<QByteArray> decode(QByteArrayView encoded) override { return encoded.toByteArray(); }
    Result<QByteArray> finish() override { return QByteArray(); }
};

// Codings applied in order ("gzip, br" = gzip first) are undone in reverse order.
class ChainDecoder final : public ContentDecoder
{
public:
    explicit ChainDecoder(std::vector<std::unique_ptr<ContentDecoder>> stages)
        : m_stages(std::move(stages))
    {}

    Result<QByteArray> decode(QByteArrayView encoded) override
    {
        QByteArray data = encoded.toByteArray();
        for (auto &stage : m_stages) {
            auto out = stage->decode(data);
            if (!out)
                return out.error();
            data = std::move(out).value();
            if (data.isEmpty())
                break;
        }
        return data;
    }

    Result<QByteArray> finish() override
    {
        QByteArray carry;
        bool first = true;
        for (auto &stage : m_stages) {
            QByteArray produced;
            if (!first && !carry.isEmpty()) {
                auto out = stage->decode(carry);
                if (!out)
                    return out.error();
                produced = std::move(out).value();
            }
            auto rest = stage->finish();
            if (!rest)
                return rest.error();
            produced += rest.value();
            carry = produced;
            first = false;
        }
        return carry;
    }

private:
    std::vector<std::unique_ptr<ContentDecoder>> m_stages; // in decoding order
};

} // namespace

ContentDecoder::~ContentDecoder() = default;

qint64 ContentDecoder::defaultMaxDecodedBytes()
{
    return qint64(1) << 30;
}

bool ContentDecoder::isSupported(const QByteArray &coding)
{
    const QByteArray c = coding.trimmed().toLower();
    return c == "gzip" || c == "x-gzip" || c == "deflate" || c == "br" || c == "zstd" ||
           c == "identity";
}

Result<std::unique_ptr<ContentDecoder>> ContentDecoder::create(const QByteArray &contentEncoding,
                                                               qint64 maxDecodedBytes)
{
    if (maxDecodedBytes <= 0)
        maxDecodedBytes = defaultMaxDecodedBytes();
    QList<QByteArray> codings;
    for (const QByteArray &member : contentEncoding.split(',')) {
        const QByteArray coding = member.trimmed().toLower();
        if (!coding.isEmpty() && coding != "identity")
            codings.append(coding);
    }
    std::vector<std::unique_ptr<ContentDecoder>> stages;
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        const QByteArray &coding = *it;
        if (coding == "gzip" || coding == "x-gzip")
            stages.push_back(makeZlibDecoder(true, maxDecodedBytes));
        else if (coding == "deflate")
            stages.push_back(makeZlibDecoder(false, maxDecodedBytes));
        else if (coding == "br")
            stages.push_back(makeBrotliDecoder(maxDecodedBytes));
        else if (coding == "zstd")
            stages.push_back(makeZstdDecoder(maxDecodedBytes));
        else
            return makeError(ErrorCategory::Protocol,
                             QCoreApplication::translate(
                                 "wb::http",
                                 "The response uses the content coding \"%1\", which cannot be "
                                 "decoded (gzip, deflate, br and zstd can); the body is kept as "
                                 "received.")
                                 .arg(QString::fromLatin1(coding)),
                             QString::fromLatin1(contentEncoding));
    }
    if (stages.empty())
        return std::unique_ptr<ContentDecoder>(std::make_unique<IdentityDecoder>());
    if (stages.size() == 1)
        return std::move(stages.front());
    return std::unique_ptr<ContentDecoder>(std::make_unique<ChainDecoder>(std::move(stages)));
}

Error decodingLimitError(const QString &coding, qint64 maxDecodedBytes)
{
    return makeError(ErrorCategory::LimitExceeded,
                     QCoreApplication::translate(
                         "wb::http",
                         "Decoding the %1 body stopped at %2 bytes, the limit against "
                         "decompression bombs. Raise the limit in the request options or turn "
                         "content decoding off to see the raw body.")
                         .arg(coding)
                         .arg(maxDecodedBytes));
}

Error corruptBodyError(const QString &coding, const QString &detail)
{
    return makeError(ErrorCategory::Protocol,
                     QCoreApplication::translate(
                         "wb::http",
                         "The %1 body is corrupt and cannot be decoded; turn content decoding off "
                         "to see the raw bytes.")
                         .arg(coding),
                     detail);
}

Error truncatedBodyError(const QString &coding)
{
    return makeError(ErrorCategory::Protocol,
                     QCoreApplication::translate(
                         "wb::http",
                         "The %1 body ends before its compressed stream does: the response was "
                         "cut short.")
                         .arg(coding));
}

} // namespace wb::http
