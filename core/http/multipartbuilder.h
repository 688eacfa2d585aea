#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"
#include "core/http/requestwriter.h"

#include <QByteArray>
#include <QList>

namespace wb::http {

// A multipart/form-data or x-www-form-urlencoded body, ready to send.
struct BuiltBody
{
    QByteArray contentType; // e.g. "multipart/form-data; boundary=..."
    QList<BodyChunk> chunks;
    qint64 size = 0;
};

class MultipartBuilder
{
public:
    // multipart/form-data (RFC 7578): text parts in memory, file parts streamed from their file.
    // The boundary is random and checked not to occur in any text part.
    static Result<BuiltBody> multipart(const QList<FormField> &fields, QByteArray boundary = {});
    // application/x-www-form-urlencoded (WHATWG URL standard serializer).
    static BuiltBody urlEncoded(const QList<FormField> &fields);
    static QByteArray randomBoundary();
};

} // namespace wb::http
