#pragma once

#include "core/common/result.h"
#include "core/http/requesttarget.h"

#include <QByteArray>
#include <QString>

namespace wb::http {

class UrlParser
{
public:
    // Accepts what users type: missing scheme (defaults to http), IDN, IPv6 literals, userinfo
    // (turned into Basic auth by the caller), fragments (dropped). Errors say what is wrong.
    static Result<RequestTarget> parse(const QString &url);
    // Resolves a Location header value against the URL of the request it answered.
    static Result<QString> resolveRedirect(const QString &base, const QByteArray &location);
    // Encodes the bytes a request target may not carry on the wire (spaces, controls, non-ASCII,
    // '"', '<', '>', '\\', '^', '`', '{', '|', '}'); existing %XX escapes are kept as typed.
    static QByteArray encodeTargetBytes(const QByteArray &typed);
};

} // namespace wb::http
