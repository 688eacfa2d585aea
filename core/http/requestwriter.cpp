#include "core/http/requestwriter.h"

#include "core/common/version.h"
#include "core/http/multipartbuilder.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wb::http {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// RFC 3986 unreserved characters kept, everything else percent-encoded.
QByteArray componentEncode(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

bool hasHeader(const QList<WireHeader> &headers, const QByteArray &name)
{
    for (const WireHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct Plan
{
    QByteArray method;
    QByteArray requestTarget;
    QList<WireHeader> headers;
    QList<bool> automatic;
    QList<BodyChunk> body;
    qint64 bodySize = 0;
    bool chunked = false;

    void add(const WireHeader &header, bool isAutomatic)
    {
        headers.append(header);
        automatic.append(isAutomatic);
    }
};

bool methodExpectsContent(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

// Builds everything but the bytes; `strict` makes unreadable files and invalid input errors.
Result<Plan> makePlan(const RequestSpec &spec, const RequestTarget &target,
                      const WriteOptions &options, const QList<WireHeader> &extraHeaders,
                      bool strict)
{
    Plan plan;
    plan.method = spec.method.trimmed().toUtf8();
    if (plan.method.isEmpty())
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::http",
                                                     "The request has no method: type one "
                                                     "such as GET or POST."));
    if (!RequestWriter::isToken(plan.method))
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate(
                             "wb::http",
                             "The method \"%1\" is not a valid HTTP token: use letters, digits "
                             "and !#$%&'*+-.^_`|~ only.")
                             .arg(spec.method));

    QByteArray path = target.originForm;
    if (spec.auth.kind == AuthSpec::Kind::ApiKey &&
        spec.auth.keyPlace == AuthSpec::ApiKeyPlace::Query && !spec.auth.keyName.isEmpty()) {
        path += path.contains('?') ? (path.endsWith('?') || path.endsWith('&') ? "" : "&") : "?";
        path += componentEncode(spec.auth.keyName) + '=' + componentEncode(spec.auth.keyValue);
    }
    if (plan.method == "CONNECT")
        plan.requestTarget = target.authority;
    else if (options.absoluteForm)
        plan.requestTarget = target.scheme.toLatin1() + "://" + target.hostHeader + path;
    else
        plan.requestTarget = path;

    // The user's headers, validated, in order and case.
    QList<WireHeader> user;
    for (const HeaderField &field : spec.headers) {
        if (!field.enabled || (field.name.trimmed().isEmpty() && field.value.isEmpty()))
            continue;
        const QByteArray name = field.name.trimmed().toUtf8();
        bool valid = !name.isEmpty();
        for (const char c : name)
            valid = valid && isTchar(c);
        if (!valid && strict)
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate(
                                 "wb::http",
                                 "The header name \"%1\" is not a valid HTTP token: remove spaces, "
                                 "colons and other separators.")
                                 .arg(field.name));
        const QByteArray value = field.value.toUtf8();
        if ((value.contains('\r') || value.contains('\n') || value.contains('\0')) && strict)
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate(
                                 "wb::http",
                                 "The value of header \"%1\" contains a line break, which would "
                                 "end the header early: remove it.")
                                 .arg(field.name));
        user.append(WireHeader{name, value});
    }
    for (const WireHeader &extra : extraHeaders) {
        if (!hasHeader(user, extra.name))
            user.append(extra);
    }

    // The body.
    QByteArray contentType;
    bool hasBody = true;
    switch (spec.body.kind) {
    case RequestBody::Kind::None:
        hasBody = false;
        break;
    case RequestBody::Kind::Raw:
        // An empty raw body is no body: a GET stays without Content-Length.
        hasBody = !spec.body.raw.isEmpty();
        if (hasBody)
            plan.body.append(BodyChunk{spec.body.raw, {}, 0, spec.body.raw.size()});
        plan.bodySize = spec.body.raw.size();
        contentType = spec.body.contentType.toUtf8();
        break;
    case RequestBody::Kind::File: {
        const QFileInfo info(spec.body.filePath);
        if ((!info.isFile() || !info.isReadable()) && strict)
            return makeError(ErrorCategory::Io,
                             QCoreApplication::translate(
                                 "wb::http",
                                 "The body file \"%1\" cannot be read: check that it exists and "
                                 "that you may read it.")
                                 .arg(spec.body.filePath));
        plan.bodySize = info.exists() ? info.size() : 0;
        if (plan.bodySize > 0)
            plan.body.append(BodyChunk{{}, info.absoluteFilePath(), 0, plan.bodySize});
        contentType = spec.body.contentType.toUtf8();
        break;
    }
    case RequestBody::Kind::UrlEncoded: {
        const BuiltBody built = MultipartBuilder::urlEncoded(spec.body.fields);
        plan.body = built.chunks;
        plan.bodySize = built.size;
        contentType = built.contentType;
        break;
    }
    case RequestBody::Kind::Multipart: {
        auto built = MultipartBuilder::multipart(spec.body.fields);
        if (!built && strict)
            return built.error();
        if (built) {
            plan.body = built->chunks;
            plan.bodySize = built->size;
            contentType = built->contentType;
        } else {
            contentType = "multipart/form-data; boundary=...";
        }
        break;
    }
    }

    // Automatic headers first, as curl and browsers send them, then the user's.
    if (!hasHeader(user, "Host"))
        plan.add({"Host", target.hostHeader}, true);
    if (!hasHeader(user, "User-Agent")) {
        const QByteArray agent = options.userAgent.isEmpty()
                                     ? QByteArray(applicationName) + '/' + applicationVersion
                                     : options.userAgent;
        plan.add({"User-Agent", agent}, true);
    }
    if (!hasHeader(user, "Accept"))
        plan.add({"Accept", "*/*"}, true);
    if (options.acceptEncoding && !hasHeader(user, "Accept-Encoding"))
        plan.add({"Accept-Encoding", RequestWriter::defaultAcceptEncoding()}, true);
    if (!hasHeader(user, "Authorization")) {
        const AuthSpec &auth = spec.auth;
        if (auth.kind == AuthSpec::Kind::Basic ||
            (auth.kind == AuthSpec::Kind::None && target.hasUserInfo)) {
            const bool fromUrl = auth.kind == AuthSpec::Kind::None;
            const QString credentials = (fromUrl ? target.username : auth.username) + u':' +
                                        (fromUrl ? target.password : auth.password);
            plan.add({"Authorization", "Basic " + credentials.toUtf8().toBase64()}, true);
        } else if (auth.kind == AuthSpec::Kind::Bearer) {
            plan.add({"Authorization", "Bearer " + auth.token.toUtf8()}, true);
        }
    }
    if (spec.auth.kind == AuthSpec::Kind::ApiKey &&
        spec.auth.keyPlace == AuthSpec::ApiKeyPlace::Header && !spec.auth.keyName.isEmpty() &&
        !hasHeader(user, spec.auth.keyName.toUtf8()))
        plan.add({spec.auth.keyName.toUtf8(), spec.auth.keyValue.toUtf8()}, true);

    for (const WireHeader &h : user)
        plan.add(h, false);

    if (hasBody && !contentType.isEmpty() && !hasHeader(user, "Content-Type"))
        plan.add({"Content-Type", contentType}, true);
    for (const WireHeader &h : user) {
        if (h.name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 &&
            h.value.toLower().contains("chunked"))
            plan.chunked = true;
    }
    if (!plan.chunked && !hasHeader(user, "Content-Length")) {
        if (hasBody || methodExpectsContent(plan.method))
            plan.add({"Content-Length", QByteArray::number(plan.bodySize)}, true);
    }
    return plan;
}

} // namespace

bool RequestWriter::isToken(const QByteArray &method)
{
    if (method.isEmpty())
        return false;
    for (const char c : method) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

QByteArray RequestWriter::defaultAcceptEncoding()
{
    return QByteArrayLiteral("gzip, deflate, br, zstd");
}

Result<EncodedRequest> RequestWriter::encode(const RequestSpec &spec, const RequestTarget &target,
                                             const WriteOptions &options,
                                             const QList<WireHeader> &extraHeaders)
{
    auto planned = makePlan(spec, target, options, extraHeaders, true);
    if (!planned)
        return planned.error();
    Plan &plan = planned.value();

    EncodedRequest request;
    request.head.reserve(256);
    request.head += plan.method + ' ' + plan.requestTarget + " HTTP/1.1\r\n";
    for (const WireHeader &h : plan.headers)
        request.head += h.name + ": " + h.value + "\r\n";
    request.head += "\r\n";

    if (plan.chunked) {
        // The user asked for chunked transfer coding: the whole body is sent as one chunk.
        if (plan.bodySize > 0) {
            const QByteArray size = QByteArray::number(plan.bodySize, 16) + "\r\n";
            plan.body.prepend(BodyChunk{size, {}, 0, size.size()});
            plan.body.append(BodyChunk{"\r\n", {}, 0, 2});
        }
        plan.body.append(BodyChunk{"0\r\n\r\n", {}, 0, 5});
        plan.bodySize = 0;
        for (const BodyChunk &chunk : plan.body)
            plan.bodySize += chunk.size;
    }
    request.body = plan.body;
    request.bodySize = plan.bodySize;
    return request;
}

QList<WireHeader> RequestWriter::automaticHeaders(const RequestSpec &spec,
                                                  const RequestTarget &target,
                                                  const WriteOptions &options)
{
    auto planned = makePlan(spec, target, options, {}, false);
    if (!planned)
        return {};
    QList<WireHeader> headers;
    for (qsizetype i = 0; i < planned->headers.size(); ++i) {
        if (planned->automatic.at(i))
            headers.append(planned->headers.at(i));
    }
    return headers;
}

} // namespace wb::http
