#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/http/requestspec.h"
#include "core/http/requesttarget.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::http {

// A piece of a request body: bytes in memory, or `size` bytes of a file from `fileOffset`.
struct BodyChunk
{
    QByteArray bytes;
    QString filePath;
    qint64 fileOffset = 0;
    qint64 size = 0;
};

// The bytes to send.
struct EncodedRequest
{
    QByteArray head;       // request line + header lines + CRLF CRLF, exactly as sent
    QList<BodyChunk> body; // concatenated in order; file chunks are streamed by the transport
    qint64 bodySize = 0;
    // HTTP/2: the header list made from `head` (pseudo-headers first), filled once it is needed.
    QList<WireHeader> http2Fields;
    // HTTP/2: `head` with the version actually used, as a person reads it; filled with
    // http2Fields.
    QByteArray http2Head;
};

struct WriteOptions
{
    bool absoluteForm = false; // for plain-http proxies
    QByteArray userAgent;
    bool acceptEncoding = true;
};

class RequestWriter
{
public:
    // Method token as typed (any valid token); headers in the user's order and case; adds Host,
    // Content-Length (or none for no body), User-Agent, Accept: */*, Accept-Encoding (gzip,
    // deflate, br, zstd) only where the user gave none; builds x-www-form-urlencoded and
    // multipart/form-data bodies (file parts streamed, boundary random and checked not to occur in
    // text parts); applies Basic/Bearer/API-key auth (Digest is added by the engine after a 401
    // challenge).
    static Result<EncodedRequest> encode(const RequestSpec &spec, const RequestTarget &target,
                                         const WriteOptions &options,
                                         const QList<WireHeader> &extraHeaders = {});
    // Which headers encode() adds by itself for this spec (for the composer to show greyed).
    static QList<WireHeader> automaticHeaders(const RequestSpec &spec, const RequestTarget &target,
                                              const WriteOptions &options);
    // The value of Accept-Encoding added when the user gave none.
    static QByteArray defaultAcceptEncoding();
    // Whether `method` is a valid token (RFC 9110 §5.6.2).
    static bool isToken(const QByteArray &method);
};

} // namespace wb::http
