#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace wb::http {

// A header as it came off the wire: bytes, case and order kept, duplicates kept.
struct WireHeader
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const WireHeader &, const WireHeader &) = default;
};

// One HTTP/2 frame as it went over the wire, either way.
struct Http2Frame
{
    qint64 atUs = 0;       // microseconds since the exchange's hop started (may be negative:
                           // connection frames from before the exchange)
    bool outgoing = false; // sent by Wirebench
    quint32 streamId = 0;
    quint8 type = 0;
    quint8 flags = 0;
    quint32 length = 0;       // payload length from the frame header
    QByteArray bytes;         // the frame's exact bytes: 9-byte header and payload
    bool truncated = false;   // bytes holds only the start of a long DATA payload
    QList<WireHeader> fields; // HEADERS, PUSH_PROMISE: the header block decoded (HPACK)

    friend bool operator==(const Http2Frame &, const Http2Frame &) = default;
};

// A status line and its headers (final or 1xx interim).
struct ResponseHead
{
    QByteArray version; // "HTTP/1.1"
    int status = 0;
    QByteArray reason;
    QList<WireHeader> headers;

    // The first value of `name` (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
    // Every value of `name` (case-insensitive), in wire order.
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

// Phase durations of one exchange in microseconds; -1 means the phase did not happen (no DNS
// for an IP literal, no connect on a reused connection, no TLS for http).
struct Timings
{
    QDateTime startedAt; // UTC wall clock when the exchange was queued
    qint64 queuedUs = -1;
    qint64 dnsUs = -1;
    qint64 connectUs = -1;
    qint64 tlsUs = -1;
    qint64 sendUs = -1;     // from first to last request byte written
    qint64 waitUs = -1;     // from last request byte to first response byte
    qint64 downloadUs = -1; // from first to last response byte
    qint64 totalUs = -1;
};

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString serialNumber;
    QString sha256Fingerprint; // upper-case hex pairs separated by ':'
    QByteArray pem;
};

struct TlsDetails
{
    bool used = false;
    QString protocol; // "TLSv1.3"
    QString cipher;
    QByteArray alpn;                  // negotiated application protocol
    QString serverName;               // SNI sent
    QList<CertificateInfo> peerChain; // leaf first
    QStringList verificationErrors;   // every error, even when the user chose to ignore them
    bool verificationSkipped = false;
};

// Owns a temporary file: removes it when the last body that refers to it goes.
class TemporaryFileOwner
{
public:
    explicit TemporaryFileOwner(QString path)
        : m_path(std::move(path))
    {}
    ~TemporaryFileOwner();
    TemporaryFileOwner(const TemporaryFileOwner &) = delete;
    TemporaryFileOwner &operator=(const TemporaryFileOwner &) = delete;

private:
    QString m_path;
};

// A body that lives in memory while small and in a file once it grows past a threshold.
struct BodyData
{
    QByteArray bytes; // the whole body when filePath is empty
    QString filePath; // the body's file when it spilled to disk
    qint64 size = 0;
    // Set when filePath is a temporary spill file: shared by every copy of this body, it removes
    // the file when the last copy goes (a file the user chose, or the workspace's, has none).
    std::shared_ptr<const TemporaryFileOwner> owner;

    bool isFile() const { return !filePath.isEmpty(); }
    // Up to `limit` bytes from the start (from memory or the file).
    QByteArray head(qint64 limit) const;
};

// One request and its response: everything needed to show, store, export or repeat it.
struct Exchange
{
    RequestSpec spec;  // what the user asked for (variables resolved)
    QByteArray method; // as sent
    QString url;       // as sent (after redirects: this hop's URL)

    QByteArray requestHead;      // exact request line and header bytes sent
    BodyData requestBody;        // exact body bytes sent
    QList<ResponseHead> interim; // 1xx responses, in order
    ResponseHead response;       // final response head
    BodyData responseWire;       // exact response bytes received (head, body, chunk framing)
    BodyData responseBody;       // decoded body (dechunked, decompressed)
    QList<WireHeader> trailers;
    QList<Http2Frame> frames; // HTTP/2: this stream's frames and the connection's meanwhile

    Timings timings;
    QString remoteAddress;
    quint16 remotePort = 0;
    QString localAddress;
    quint16 localPort = 0;
    bool connectionReused = false;
    QByteArray httpVersion; // "HTTP/1.1", "h2"
    TlsDetails tls;

    Error error;             // category None when the exchange completed
    qint64 errorOffset = -1; // byte offset in responseWire where a protocol error was found
    QStringList warnings;    // protocol deviations tolerated in lenient mode

    bool succeeded() const { return !error.isError(); }
};

// A request and every hop of its redirects; the last hop holds the final response.
struct ExchangeChain
{
    QList<Exchange> hops;

    const Exchange &last() const { return hops.last(); }
    bool isEmpty() const { return hops.isEmpty(); }
};

} // namespace wb::http

Q_DECLARE_METATYPE(wb::http::Exchange)
Q_DECLARE_METATYPE(wb::http::ExchangeChain)
