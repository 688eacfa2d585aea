#include "core/http/cookiejar.h"

#include "core/http/urlparser.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QNetworkCookieJar>
#include <QUrl>

namespace wb::http {

// Qt's jar does the RFC 6265 work (domain and path matching, public suffixes, expiry); this
// subclass only opens up its protected list.
class CookieStore : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::allCookies;
    using QNetworkCookieJar::setAllCookies;
};

namespace {

// The URL as Qt's jar needs it: scheme, host, port and path, from what the user typed.
QUrl normalizedUrl(const QString &url)
{
    const auto target = UrlParser::parse(url);
    if (!target)
        return {};
    QUrl qurl;
    qurl.setScheme(target->scheme);
    qurl.setHost(target->host);
    qurl.setPort(target->port);
    const QByteArray origin = target->originForm;
    const qsizetype query = origin.indexOf('?');
    qurl.setPath(QUrl::fromPercentEncoding(query < 0 ? origin : origin.left(query)),
                 QUrl::DecodedMode);
    return qurl;
}

// RFC 6265bis §5.6: a Set-Cookie value with a control character (other than HTAB) is ignored.
bool hasControlCharacter(const QByteArray &value)
{
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

bool expired(const QNetworkCookie &cookie, const QDateTime &now)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() <= now;
}

} // namespace

CookieJar::CookieJar()
    : m_store(std::make_unique<CookieStore>())
{}

CookieJar::~CookieJar() = default;

void CookieJar::store(const QString &url, const QList<QByteArray> &setCookieValues)
{
    const QUrl qurl = normalizedUrl(url);
    if (!qurl.isValid() || setCookieValues.isEmpty())
        return;
    QList<QNetworkCookie> parsed;
    for (const QByteArray &value : setCookieValues) {
        if (!hasControlCharacter(value))
            parsed += QNetworkCookie::parseCookies(value);
    }
    if (parsed.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_store->setCookiesFromUrl(parsed, qurl);
}

QByteArray CookieJar::cookieHeaderFor(const QString &url) const
{
    const QUrl qurl = normalizedUrl(url);
    if (!qurl.isValid())
        return {};
    QList<QNetworkCookie> matching;
    {
        QMutexLocker lock(&m_mutex);
        matching = m_store->cookiesForUrl(qurl);
    }
    QByteArray header;
    for (const QNetworkCookie &cookie : matching) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    return header;
}

QList<QNetworkCookie> CookieJar::cookies() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    QList<QNetworkCookie> live;
    for (const QNetworkCookie &cookie : m_store->allCookies()) {
        if (!expired(cookie, now))
            live.append(cookie);
    }
    return live;
}

void CookieJar::setCookies(const QList<QNetworkCookie> &cookies)
{
    QMutexLocker lock(&m_mutex);
    m_store->setAllCookies(cookies);
}

bool CookieJar::remove(const QNetworkCookie &cookie)
{
    QMutexLocker lock(&m_mutex);
    return m_store->deleteCookie(cookie);
}

void CookieJar::clear()
{
    QMutexLocker lock(&m_mutex);
    m_store->setAllCookies({});
}

int CookieJar::count() const
{
    return int(cookies().size());
}

} // namespace wb::http
