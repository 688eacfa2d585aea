#include "core/http/redirectpolicy.h"

#include "core/http/urlparser.h"

#include <QCoreApplication>

namespace wb::http {

namespace {

bool isContentHeader(const QString &name)
{
    return name.startsWith(QLatin1String("content-"), Qt::CaseInsensitive) ||
           name.compare(QLatin1String("transfer-encoding"), Qt::CaseInsensitive) == 0;
}

bool isCredentialHeader(const QString &name)
{
    return name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("cookie"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool RedirectPolicy::isRedirect(const ResponseHead &response)
{
    switch (response.status) {
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        return !response.header("Location").trimmed().isEmpty();
    default:
        return false;
    }
}

bool RedirectPolicy::shouldFollow(const RequestSpec &spec, const ResponseHead &response)
{
    return spec.options.followRedirects && isRedirect(response);
}

Result<RedirectHop> RedirectPolicy::nextHop(const QString &url, const QByteArray &method,
                                            const ResponseHead &response, int hopsSoFar,
                                            int maxRedirects)
{
    const QByteArray location = response.header("Location");
    if (location.trimmed().isEmpty())
        return makeError(ErrorCategory::Protocol,
                         QCoreApplication::translate(
                             "wb::http",
                             "The server answered %1 without a Location header, so there is no "
                             "redirect to follow.")
                             .arg(response.status));
    auto resolved = UrlParser::resolveRedirect(url, location);
    if (!resolved)
        return resolved.error();
    if (hopsSoFar >= maxRedirects)
        return makeError(ErrorCategory::LimitExceeded,
                         QCoreApplication::translate(
                             "wb::http",
                             "Stopped after %1 redirects, the limit for this request; the next one "
                             "pointed to %2. Raise the limit or check for a redirect loop.")
                             .arg(maxRedirects)
                             .arg(resolved.value()));
    RedirectHop hop;
    hop.url = resolved.value();
    hop.method = method;
    // RFC 9110 §15.4: 301 and 302 turn POST into GET (as every browser does), 303 turns every
    // method but HEAD into GET; 307 and 308 keep method and body.
    const int status = response.status;
    if (((status == 301 || status == 302) && method == "POST") ||
        (status == 303 && method != "HEAD" && method != "GET")) {
        hop.method = "GET";
        hop.dropBody = true;
    } else if (status == 303 && method == "GET") {
        hop.dropBody = true;
    }
    hop.crossOrigin = !sameOrigin(url, hop.url);
    return hop;
}

RequestSpec RedirectPolicy::specForHop(const RequestSpec &previous, const RedirectHop &hop)
{
    RequestSpec next = previous;
    next.url = hop.url;
    next.method = QString::fromLatin1(hop.method);
    QList<HeaderField> headers;
    for (const HeaderField &field : previous.headers) {
        if (hop.dropBody && isContentHeader(field.name))
            continue;
        if (hop.crossOrigin && isCredentialHeader(field.name))
            continue;
        headers.append(field);
    }
    next.headers = headers;
    if (hop.dropBody)
        next.body = {};
    if (hop.crossOrigin)
        next.auth = {};
    return next;
}

bool RedirectPolicy::sameOrigin(const QString &a, const QString &b)
{
    const auto left = UrlParser::parse(a);
    const auto right = UrlParser::parse(b);
    if (!left || !right)
        return false;
    return left->originKey() == right->originKey();
}

} // namespace wb::http
