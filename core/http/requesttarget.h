#pragma once

#include <QByteArray>
#include <QString>

namespace wb::http {

// What the URL says about where to connect and what to send.
struct RequestTarget
{
    QString scheme;        // "http" or "https" (lower case)
    QString host;          // for connecting: IDN converted to ACE (punycode); IPv6 without brackets
    quint16 port = 0;      // explicit or scheme default
    QByteArray hostHeader; // value for Host: ("[::1]:8080", default port omitted)
    QByteArray originForm; // path + "?" + query exactly as typed (percent-encoding kept, spaces
                           // and other bytes not allowed on the wire percent-encoded), "/" if empty
    QByteArray authority;  // host:port, for CONNECT and absolute-form
    QString username;      // userinfo from the URL (percent-decoded), for Basic auth by the caller
    QString password;
    bool hasUserInfo = false;

    QByteArray absoluteForm() const; // scheme://authority + originForm (for HTTP proxies)
    bool isTls() const;
    QString originKey() const; // scheme://host:port, lower case
};

} // namespace wb::http
