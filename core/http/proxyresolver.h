#pragma once

#include "core/common/result.h"
#include "core/http/requesttarget.h"

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>

namespace wb::http {

// Decides which proxy a request goes through: the request's own setting ("none", an http:// or
// socks5:// URL), or by default http_proxy / https_proxy / all_proxy / no_proxy from the
// environment, as curl reads them.
class ProxyResolver
{
public:
    // NoProxy when the request goes direct.
    static Result<QNetworkProxy>
    resolve(const QString &setting, const RequestTarget &target,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static Result<QNetworkProxy> parseProxyUrl(const QString &url);
    // Whether no_proxy (comma-separated hosts, domain suffixes, "*") exempts `host`.
    static bool isExempt(const QString &noProxy, const QString &host);
    // A key that tells proxies apart, for the connection pool.
    static QString key(const QNetworkProxy &proxy);
};

} // namespace wb::http
