#include "core/http/proxyresolver.h"

#include <QCoreApplication>
#include <QUrl>

namespace wb::http {

namespace {

QString envValue(const QProcessEnvironment &environment, const QString &name)
{
    const QString lower = environment.value(name.toLower());
    return lower.isEmpty() ? environment.value(name.toUpper()) : lower;
}

} // namespace

Result<QNetworkProxy> ProxyResolver::parseProxyUrl(const QString &text)
{
    QString spec = text.trimmed();
    if (!spec.contains(QLatin1String("://")))
        spec.prepend(QLatin1String("http://"));
    const QUrl url(spec, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    quint16 defaultPort = 1080;
    if (scheme == QLatin1String("http")) {
        type = QNetworkProxy::HttpProxy;
        defaultPort = 1080;
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
    }
    if (!url.isValid() || url.host().isEmpty() || type == QNetworkProxy::NoProxy) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::http",
                                                     "The proxy '%1' is not understood: give "
                                                     "http://host:port or socks5://host:port.")
                             .arg(text));
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port(defaultPort)),
                        url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    return proxy;
}

bool ProxyResolver::isExempt(const QString &noProxy, const QString &host)
{
    const QString h = host.toLower();
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
            entry = entry.mid(1, entry.size() - 2);
        if (entry.isEmpty())
            continue;
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

Result<QNetworkProxy> ProxyResolver::resolve(const QString &setting, const RequestTarget &target,
                                             const QProcessEnvironment &environment)
{
    const QString trimmed = setting.trimmed();
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!trimmed.isEmpty())
        return parseProxyUrl(trimmed);
    if (isExempt(envValue(environment, QStringLiteral("no_proxy")), target.host))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // curl ignores upper-case HTTP_PROXY (CGI "Proxy:" header injection); do the same.
    QString value = target.isTls() ? envValue(environment, QStringLiteral("https_proxy"))
                                   : environment.value(QStringLiteral("http_proxy"));
    if (value.isEmpty())
        value = envValue(environment, QStringLiteral("all_proxy"));
    if (value.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return parseProxyUrl(value);
}

QString ProxyResolver::key(const QNetworkProxy &proxy)
{
    if (proxy.type() == QNetworkProxy::NoProxy)
        return QStringLiteral("direct");
    return QStringLiteral("%1://%2@%3:%4")
        .arg(proxy.type() == QNetworkProxy::HttpProxy ? QLatin1String("http")
                                                      : QLatin1String("socks5"),
             proxy.user(), proxy.hostName(), QString::number(proxy.port()));
}

} // namespace wb::http
