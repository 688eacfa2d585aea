#include "core/http/urlparser.h"

namespace wb::http {

Result<RequestTarget> UrlParser::parse(const QString &url)
{
    Q_UNUSED(url);
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

Result<QString> UrlParser::resolveRedirect(const QString &base, const QByteArray &location)
{
    Q_UNUSED(base);
    Q_UNUSED(location);
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

QByteArray UrlParser::encodeTargetBytes(const QByteArray &typed)
{
    return typed;
}

} // namespace wb::http
