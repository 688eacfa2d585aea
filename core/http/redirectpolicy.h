#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/http/requestspec.h"

#include <QByteArray>
#include <QString>

namespace wb::http {

// The next request of a redirect chain.
struct RedirectHop
{
    QString url;              // absolute URL of the next request
    QByteArray method;        // method of the next request (RFC 9110 §15.4 rewriting applied)
    bool dropBody = false;    // the next request carries no body (and no Content-* headers)
    bool crossOrigin = false; // scheme, host or port differ: credentials are not sent on
};

class RedirectPolicy
{
public:
    // 301, 302, 303, 307 and 308 with a Location header.
    static bool isRedirect(const ResponseHead &response);
    // Whether a client following redirects should follow this one for this request.
    static bool shouldFollow(const RequestSpec &spec, const ResponseHead &response);
    // The next hop after `response` answered `method url`; `hopsSoFar` redirects were followed
    // already. Fails when Location is missing or unusable, or when the hop limit is reached.
    static Result<RedirectHop> nextHop(const QString &url, const QByteArray &method,
                                       const ResponseHead &response, int hopsSoFar,
                                       int maxRedirects);
    // The spec of the next request: URL and method replaced; body and Content-Type /
    // Content-Length / Transfer-Encoding dropped when the hop drops the body; Authorization,
    // Proxy-Authorization and Cookie headers and the auth settings dropped on a cross-origin hop.
    static RequestSpec specForHop(const RequestSpec &previous, const RedirectHop &hop);
    // Scheme, host and port equal (case-insensitive, default ports applied).
    static bool sameOrigin(const QString &a, const QString &b);
};

} // namespace wb::http
