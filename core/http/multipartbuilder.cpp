#include "core/http/multipartbuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace wb::http {

namespace {

// WHATWG HTML "multipart/form-data encoding algorithm": escape '"', CR and LF in names.
QByteArray escapeQuoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('"', "%22");
    out.replace('\r', "%0D");
    out.replace('\n', "%0A");
    return out;
}

// WHATWG URL "application/x-www-form-urlencoded serializer".
QByteArray formEncode(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '*' || c == '-' || c == '.' || c == '_') {
            out += char(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    return out;
}

} // namespace

QByteArray MultipartBuilder::randomBoundary()
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray boundary("----WirebenchFormBoundary");
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 24; ++i)
        boundary += alphabet[rng->bounded(62)];
    return boundary;
}

Result<BuiltBody> MultipartBuilder::multipart(const QList<FormField> &fields, QByteArray boundary)
{
    struct Part
    {
        QByteArray head;
        QByteArray text;
        QString filePath;
        qint64 fileSize = 0;
    };
    QList<Part> parts;
    for (const FormField &field : fields) {
        if (!field.enabled)
            continue;
        Part part;
        part.head = "Content-Disposition: form-data; name=\"" + escapeQuoted(field.name) + '"';
        if (field.isFile) {
            const QFileInfo info(field.value);
            if (!info.isFile() || !info.isReadable())
                return makeError(ErrorCategory::Io,
                                 QCoreApplication::translate(
                                     "wb::http",
                                     "The file \"%1\" of form field \"%2\" cannot be read: check "
                                     "that it exists and that you may read it.")
                                     .arg(field.value, field.name));
            const QString fileName = field.fileName.isEmpty() ? info.fileName() : field.fileName;
            QString type = field.contentType;
            if (type.isEmpty()) {
                static const QMimeDatabase mimes;
                type = mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
                if (type.isEmpty())
                    type = QStringLiteral("application/octet-stream");
            }
            part.head +=
                "; filename=\"" + escapeQuoted(fileName) + "\"\r\nContent-Type: " + type.toUtf8();
            part.filePath = info.absoluteFilePath();
            part.fileSize = info.size();
        } else {
            if (!field.contentType.isEmpty())
                part.head += "\r\nContent-Type: " + field.contentType.toUtf8();
            part.text = field.value.toUtf8();
        }
        parts.append(part);
    }

    const auto occursInText = [&parts](const QByteArray &candidate) {
        for (const Part &part : parts) {
            if (part.text.contains(candidate) || part.head.contains(candidate))
                return true;
        }
        return false;
    };
    if (boundary.isEmpty()) {
        for (int attempt = 0; attempt < 16 && (boundary.isEmpty() || occursInText(boundary));
             ++attempt)
            boundary = randomBoundary();
    }
    if (boundary.size() > 70 || occursInText(boundary))
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate(
                             "wb::http",
                             "No usable multipart boundary was found for this form: its text "
                             "parts contain the boundary."));

    BuiltBody body;
    body.contentType = "multipart/form-data; boundary=" + boundary;
    QByteArray pending;
    const auto flushPending = [&body, &pending]() {
        if (pending.isEmpty())
            return;
        body.size += pending.size();
        body.chunks.append(BodyChunk{pending, {}, 0, pending.size()});
        pending.clear();
    };
    for (const Part &part : parts) {
        pending += "--" + boundary + "\r\n" + part.head + "\r\n\r\n";
        if (part.filePath.isEmpty()) {
            pending += part.text;
        } else {
            flushPending();
            body.chunks.append(BodyChunk{{}, part.filePath, 0, part.fileSize});
            body.size += part.fileSize;
        }
        pending += "\r\n";
    }
    pending += "--" + boundary + "--\r\n";
    flushPending();
    return body;
}

BuiltBody MultipartBuilder::urlEncoded(const QList<FormField> &fields)
{
    QByteArray encoded;
    for (const FormField &field : fields) {
        if (!field.enabled)
            continue;
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += formEncode(field.name) + '=' + formEncode(field.value);
    }
    BuiltBody body;
    body.contentType = "application/x-www-form-urlencoded";
    body.size = encoded.size();
    if (!encoded.isEmpty())
        body.chunks.append(BodyChunk{encoded, {}, 0, encoded.size()});
    return body;
}

} // namespace wb::http
