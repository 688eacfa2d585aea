#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QNetworkCookie>
#include <QString>

#include <memory>

namespace wb::http {

class CookieStore;

// Cookies per RFC 6265 (domain, path, secure, expiry; parsed with QNetworkCookie). Thread-safe.
class CookieJar
{
public:
    CookieJar();
    ~CookieJar();
    CookieJar(const CookieJar &) = delete;
    CookieJar &operator=(const CookieJar &) = delete;

    // Stores the cookies of the Set-Cookie header values of a response to `url`; cookies that
    // do not match the URL's host (or name a public suffix) are ignored, expired ones deleted.
    void store(const QString &url, const QList<QByteArray> &setCookieValues);
    // The value of the Cookie header for a request to `url` ("a=1; b=2"), or empty.
    QByteArray cookieHeaderFor(const QString &url) const;
    // Every cookie held that has not expired (host-only cookies have a domain without a dot).
    QList<QNetworkCookie> cookies() const;
    // Replaces every cookie (e.g. when loaded from the workspace).
    void setCookies(const QList<QNetworkCookie> &cookies);
    // Removes the cookie with this name, domain and path; false if there was none.
    bool remove(const QNetworkCookie &cookie);
    void clear();
    int count() const;

private:
    mutable QMutex m_mutex;
    std::unique_ptr<CookieStore> m_store;
};

} // namespace wb::http
