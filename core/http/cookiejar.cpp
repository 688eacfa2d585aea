#include "core/http/cookiejar.h"

namespace wb::http {

class CookieStore
{
};

CookieJar::CookieJar()
    : m_store(std::make_unique<CookieStore>())
{}
CookieJar::~CookieJar() = default;
void CookieJar::store(const QString &, const QList<QByteArray> &) {}
QByteArray CookieJar::cookieHeaderFor(const QString &) const
{
    return {};
}
QList<QNetworkCookie> CookieJar::cookies() const
{
    return {};
}
void CookieJar::setCookies(const QList<QNetworkCookie> &) {}
bool CookieJar::remove(const QNetworkCookie &)
{
    return false;
}
void CookieJar::clear() {}
int CookieJar::count() const
{
    return 0;
}

} // namespace wb::http
