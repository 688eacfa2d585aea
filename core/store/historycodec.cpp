#include "core/store/historycodec.h"

#include "core/http/http2frametext.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

#include <zstd.h>

namespace wb::store {

namespace {

constexpr quint32 chainMagic = 0x57424331;   // "WBC1": hops without HTTP/2 frames
constexpr quint32 chainMagic2 = 0x57424332;  // "WBC2": each hop followed by its frames
constexpr quint32 sessionMagic = 0x57425331; // "WBS1"
constexpr quint32 recordMagic = 0x57425231;  // "WBR1"
constexpr quint32 maxCount = 1u << 20;

Error damaged(const QString &what)
{
    return makeError(ErrorCategory::Storage,
                     QCoreApplication::translate("wb::store",
                                                 "A history entry is damaged and cannot be shown. "
                                                 "Delete it or clear the history."),
                     what);
}

void putTime(QDataStream &s, const QDateTime &t)
{
    s << qint64(t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
}

QDateTime getTime(QDataStream &s)
{
    qint64 ms = 0;
    s >> ms;
    if (ms == std::numeric_limits<qint64>::min())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Reads a list count and refuses counts the remaining bytes cannot hold.
bool getCount(QDataStream &s, quint32 *count)
{
    s >> *count;
    if (s.status() != QDataStream::Ok || *count > maxCount)
        return false;
    return qint64(*count) <= s.device()->bytesAvailable();
}

void putStrings(QDataStream &s, const QStringList &list)
{
    s << quint32(list.size());
    for (const auto &item : list)
        s << item;
}

bool getStrings(QDataStream &s, QStringList *list)
{
    quint32 n = 0;
    if (!getCount(s, &n))
        return false;
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        QString item;
        s >> item;
        list->append(item);
    }
    return s.status() == QDataStream::Ok;
}

void putHeaders(QDataStream &s, const QList<http::WireHeader> &headers)
{
    s << quint32(headers.size());
    for (const auto &h : headers)
        s << h.name << h.value;
}

bool getHeaders(QDataStream &s, QList<http::WireHeader> *headers)
{
    quint32 n = 0;
    if (!getCount(s, &n))
        return false;
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        http::WireHeader h;
        s >> h.name >> h.value;
        headers->append(h);
    }
    return s.status() == QDataStream::Ok;
}

void putHead(QDataStream &s, const http::ResponseHead &head)
{
    s << head.version << qint32(head.status) << head.reason;
    putHeaders(s, head.headers);
}

bool getHead(QDataStream &s, http::ResponseHead *head)
{
    qint32 status = 0;
    s >> head->version >> status >> head->reason;
    head->status = status;
    return getHeaders(s, &head->headers);
}

void putTls(QDataStream &s, const http::TlsDetails &tls)
{
    s << tls.used << tls.protocol << tls.cipher << tls.alpn << tls.serverName;
    s << quint32(tls.peerChain.size());
    for (const auto &c : tls.peerChain) {
        s << c.subject << c.issuer;
        putStrings(s, c.subjectAltNames);
        putTime(s, c.notBefore);
        putTime(s, c.notAfter);
        s << c.serialNumber << c.sha256Fingerprint << c.pem;
    }
    putStrings(s, tls.verificationErrors);
    s << tls.verificationSkipped;
}

bool getTls(QDataStream &s, http::TlsDetails *tls)
{
    s >> tls->used >> tls->protocol >> tls->cipher >> tls->alpn >> tls->serverName;
    quint32 n = 0;
    if (!getCount(s, &n))
        return false;
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        http::CertificateInfo c;
        s >> c.subject >> c.issuer;
        if (!getStrings(s, &c.subjectAltNames))
            return false;
        c.notBefore = getTime(s);
        c.notAfter = getTime(s);
        s >> c.serialNumber >> c.sha256Fingerprint >> c.pem;
        tls->peerChain.append(c);
    }
    if (!getStrings(s, &tls->verificationErrors))
        return false;
    s >> tls->verificationSkipped;
    return s.status() == QDataStream::Ok;
}

void putTimings(QDataStream &s, const http::Timings &t)
{
    putTime(s, t.startedAt);
    s << t.queuedUs << t.dnsUs << t.connectUs << t.tlsUs << t.sendUs << t.waitUs << t.downloadUs
      << t.totalUs;
}

void getTimings(QDataStream &s, http::Timings *t)
{
    t->startedAt = getTime(s);
    s >> t->queuedUs >> t->dnsUs >> t->connectUs >> t->tlsUs >> t->sendUs >> t->waitUs >>
        t->downloadUs >> t->totalUs;
}

void putExchange(QDataStream &s, const http::Exchange &e)
{
    s << QJsonDocument(e.spec.toJson()).toJson(QJsonDocument::Compact);
    s << e.method << e.url << e.requestHead;
    s << e.requestBody.size << e.responseWire.size << e.responseBody.size;
    s << quint32(e.interim.size());
    for (const auto &head : e.interim)
        putHead(s, head);
    putHead(s, e.response);
    putHeaders(s, e.trailers);
    putTimings(s, e.timings);
    s << e.remoteAddress << e.remotePort << e.localAddress << e.localPort << e.connectionReused
      << e.httpVersion;
    putTls(s, e.tls);
    s << qint32(e.error.category) << e.error.message << e.error.detail << e.errorOffset;
    putStrings(s, e.warnings);
}

bool getExchange(QDataStream &s, http::Exchange *e)
{
    QByteArray specJson;
    s >> specJson;
    const QJsonDocument doc = QJsonDocument::fromJson(specJson);
    if (!doc.isObject())
        return false;
    e->spec = http::RequestSpec::fromJson(doc.object());
    s >> e->method >> e->url >> e->requestHead;
    s >> e->requestBody.size >> e->responseWire.size >> e->responseBody.size;
    quint32 n = 0;
    if (!getCount(s, &n))
        return false;
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        http::ResponseHead head;
        if (!getHead(s, &head))
            return false;
        e->interim.append(head);
    }
    if (!getHead(s, &e->response) || !getHeaders(s, &e->trailers))
        return false;
    getTimings(s, &e->timings);
    s >> e->remoteAddress >> e->remotePort >> e->localAddress >> e->localPort >>
        e->connectionReused >> e->httpVersion;
    if (!getTls(s, &e->tls))
        return false;
    qint32 category = 0;
    s >> category >> e->error.message >> e->error.detail >> e->errorOffset;
    if (category < 0 || category > qint32(ErrorCategory::Internal))
        return false;
    e->error.category = ErrorCategory(category);
    return getStrings(s, &e->warnings);
}

void putFrames(QDataStream &s, const QList<http::Http2Frame> &frames)
{
    s << quint32(frames.size());
    for (const auto &f : frames) {
        s << f.atUs << f.outgoing << f.streamId << f.type << f.flags << f.length << f.truncated
          << f.bytes;
        putHeaders(s, f.fields);
    }
}

bool getFrames(QDataStream &s, QList<http::Http2Frame> *frames)
{
    quint32 n = 0;
    if (!getCount(s, &n) || n > quint32(HistoryCodec::maxStoredFrames))
        return false;
    frames->reserve(n);
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        http::Http2Frame f;
        s >> f.atUs >> f.outgoing >> f.streamId >> f.type >> f.flags >> f.length >> f.truncated >>
            f.bytes;
        if (!getHeaders(s, &f.fields))
            return false;
        frames->append(f);
    }
    return s.status() == QDataStream::Ok;
}

// What of a hop's frames the history keeps: every frame when they fit; else every frame but
// DATA and the first and last DATA frames (a long download is mostly DATA, and what matters is
// how it began and ended); else the first and last frames. Bytes and header lists count against
// a budget, past which a frame keeps its 9-byte header only.
http::Exchange boundFrames(const http::Exchange &hop)
{
    const QList<http::Http2Frame> &all = hop.frames;
    const qsizetype limit = HistoryCodec::maxStoredFrames;
    auto frameBytes = [](const http::Http2Frame &f) {
        qint64 n = f.bytes.size();
        for (const auto &h : f.fields)
            n += h.name.size() + h.value.size();
        return n;
    };
    qint64 total = 0;
    for (const auto &f : all)
        total += frameBytes(f);
    if (all.size() <= limit && total <= HistoryCodec::maxStoredFrameBytes)
        return hop;

    http::Exchange bounded = hop;
    QList<bool> keep(all.size(), all.size() <= limit);
    bool everyControlFrame = true;
    if (all.size() > limit) {
        const auto isData = [](const http::Http2Frame &f) {
            return f.type == quint8(http::Http2FrameType::Data);
        };
        const qsizetype data = std::count_if(all.cbegin(), all.cend(), isData);
        const qsizetype control = all.size() - data;
        if (control <= limit) {
            const qsizetype head = (limit - control + 1) / 2;
            const qsizetype tail = (limit - control) / 2;
            qsizetype seen = 0;
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (!isData(all.at(i))) {
                    keep[i] = true;
                } else {
                    keep[i] = seen < head || seen >= data - tail;
                    ++seen;
                }
            }
        } else {
            everyControlFrame = false;
            for (qsizetype i = 0; i < all.size(); ++i)
                keep[i] = i < (limit + 1) / 2 || i >= all.size() - limit / 2;
        }
    }
    bounded.frames.clear();
    bounded.frames.reserve(qMin(all.size(), limit));
    qint64 budget = HistoryCodec::maxStoredFrameBytes;
    bool cut = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!keep.at(i))
            continue;
        http::Http2Frame f = all.at(i);
        if (frameBytes(f) > budget && (f.bytes.size() > 9 || !f.fields.isEmpty())) {
            f.bytes.truncate(9);
            f.fields.clear();
            f.truncated = true;
            cut = true;
        }
        budget -= qMin(frameBytes(f), budget);
        bounded.frames.append(f);
    }
    const QLocale locale = QLocale::c();
    if (bounded.frames.size() < all.size()) {
        const char *const text =
            everyControlFrame
                ? QT_TRANSLATE_NOOP("wb::store",
                                    "The history keeps %1 of this exchange's %2 HTTP/2 frames: "
                                    "every frame but DATA, and the first and last DATA frames.")
                : QT_TRANSLATE_NOOP("wb::store",
                                    "The history keeps %1 of this exchange's %2 HTTP/2 frames: "
                                    "the first and the last ones.");
        bounded.warnings.append(
            QCoreApplication::translate("wb::store", text)
                .arg(locale.toString(bounded.frames.size()), locale.toString(all.size())));
    }
    if (cut)
        bounded.warnings.append(
            QCoreApplication::translate(
                "wb::store", "The history keeps only the 9-byte header of the HTTP/2 frames that "
                             "came past %1 MiB of frame bytes.")
                .arg(HistoryCodec::maxStoredFrameBytes / (1024 * 1024)));
    return bounded;
}

} // namespace

QByteArray HistoryCodec::encodeChain(const http::ExchangeChain &chain)
{
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << chainMagic2 << quint32(chain.hops.size());
    for (const auto &hop : chain.hops) {
        const http::Exchange bounded = boundFrames(hop);
        putExchange(s, bounded);
        putFrames(s, bounded.frames);
    }
    return data;
}

Result<http::ExchangeChain> HistoryCodec::decodeChain(const QByteArray &data)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    s >> magic;
    if (magic != chainMagic && magic != chainMagic2)
        return damaged(QStringLiteral("unknown exchange record format"));
    quint32 n = 0;
    if (!getCount(s, &n))
        return damaged(QStringLiteral("bad hop count"));
    http::ExchangeChain chain;
    for (quint32 i = 0; i < n; ++i) {
        http::Exchange hop;
        if (!getExchange(s, &hop) || s.status() != QDataStream::Ok)
            return damaged(QStringLiteral("hop %1 is truncated or malformed").arg(i));
        if (magic == chainMagic2 && !getFrames(s, &hop.frames))
            return damaged(
                QStringLiteral("the frames of hop %1 are truncated or malformed").arg(i));
        chain.hops.append(hop);
    }
    if (!s.atEnd())
        return damaged(QStringLiteral("trailing bytes after the exchange record"));
    return chain;
}

QByteArray HistoryCodec::encodeSession(const SocketSession &session, QByteArray *payload)
{
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << sessionMagic << session.protocol << session.target;
    putTime(s, session.startedAt);
    putTime(s, session.endedAt);
    s << session.error << quint32(session.chunks.size());
    payload->clear();
    for (const auto &chunk : session.chunks) {
        putTime(s, chunk.timestamp);
        s << qint32(chunk.direction) << chunk.peer << qint64(chunk.bytes.size()) << chunk.isError;
        payload->append(chunk.bytes);
    }
    return data;
}

Result<SocketSession> HistoryCodec::decodeSession(const QByteArray &data, const QByteArray &payload)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    s >> magic;
    if (magic != sessionMagic)
        return damaged(QStringLiteral("unknown session record format"));
    SocketSession session;
    s >> session.protocol >> session.target;
    session.startedAt = getTime(s);
    session.endedAt = getTime(s);
    s >> session.error;
    quint32 n = 0;
    if (!getCount(s, &n))
        return damaged(QStringLiteral("bad chunk count"));
    qint64 offset = 0;
    for (quint32 i = 0; i < n; ++i) {
        SessionChunk chunk;
        chunk.timestamp = getTime(s);
        qint32 direction = 0;
        qint64 length = 0;
        s >> direction >> chunk.peer >> length >> chunk.isError;
        if (s.status() != QDataStream::Ok || direction < 0 || direction > 2 || length < 0 ||
            length > payload.size() - offset)
            return damaged(QStringLiteral("chunk %1 is truncated or malformed").arg(i));
        chunk.direction = SessionChunk::Direction(direction);
        chunk.bytes = payload.mid(offset, length);
        offset += length;
        session.chunks.append(chunk);
    }
    if (!s.atEnd() || offset != payload.size())
        return damaged(QStringLiteral("session record and payload do not match"));
    return session;
}

QByteArray HistoryCodec::encodeRecord(const Record &record)
{
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << recordMagic << record.meta << quint32(record.bodies.size());
    for (const auto &[slot, bytes] : record.bodies)
        s << qint32(slot) << bytes;
    return data;
}

Result<HistoryCodec::Record> HistoryCodec::decodeRecord(const QByteArray &data)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    s >> magic;
    if (magic == chainMagic || magic == chainMagic2 || magic == sessionMagic)
        return Record{data, {}};
    if (magic != recordMagic)
        return damaged(QStringLiteral("unknown history record format"));
    Record record;
    s >> record.meta;
    quint32 n = 0;
    if (!getCount(s, &n))
        return damaged(QStringLiteral("bad body count"));
    for (quint32 i = 0; i < n; ++i) {
        qint32 slot = -1;
        QByteArray bytes;
        s >> slot >> bytes;
        if (s.status() != QDataStream::Ok || slot < 0)
            return damaged(QStringLiteral("body %1 is truncated or malformed").arg(i));
        record.bodies.append({slot, bytes});
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return damaged(QStringLiteral("trailing bytes after the history record"));
    return record;
}

namespace {

// Compression contexts are kept per thread: records are small, and setting a context up costs
// more than compressing one.
struct ZstdContexts
{
    ~ZstdContexts()
    {
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
    ZSTD_CCtx *compress = ZSTD_createCCtx();
    ZSTD_DCtx *decompress = ZSTD_createDCtx();
};

ZstdContexts &zstd()
{
    thread_local ZstdContexts contexts;
    return contexts;
}

bool isZstdFrame(const QByteArray &data)
{
    return data.size() >= 4 && uchar(data[0]) == 0x28 && uchar(data[1]) == 0xB5 &&
           uchar(data[2]) == 0x2F && uchar(data[3]) == 0xFD;
}

} // namespace

QByteArray HistoryCodec::pack(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compressCCtx(zstd().compress, out.data(), size_t(out.size()),
                                             data.constData(), size_t(data.size()), 1);
    if (ZSTD_isError(written))
        return qCompress(data, 1);
    out.truncate(qsizetype(written));
    return out;
}

QByteArray HistoryCodec::unpack(const QByteArray &data, qint64 limit)
{
    if (isZstdFrame(data)) {
        const unsigned long long announced =
            ZSTD_getFrameContentSize(data.constData(), size_t(data.size()));
        if (announced == ZSTD_CONTENTSIZE_UNKNOWN || announced == ZSTD_CONTENTSIZE_ERROR ||
            announced > (unsigned long long)(limit))
            return {};
        QByteArray out(qsizetype(announced), Qt::Uninitialized);
        const size_t got = ZSTD_decompressDCtx(zstd().decompress, out.data(), size_t(out.size()),
                                               data.constData(), size_t(data.size()));
        if (ZSTD_isError(got) || got != announced)
            return {};
        return out;
    }
    // qCompress's layout (records written before zstd): 4 big-endian size bytes, then zlib.
    if (data.size() < 4)
        return {};
    const quint32 announced = (quint32(uchar(data[0])) << 24) | (quint32(uchar(data[1])) << 16) |
                              (quint32(uchar(data[2])) << 8) | quint32(uchar(data[3]));
    if (qint64(announced) > limit)
        return {};
    const QByteArray out = qUncompress(data);
    return out.size() == qsizetype(announced) ? out : QByteArray();
}

} // namespace wb::store
