#include "core/store/cookiestore.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QSqlQuery>

namespace wb::store {

QNetworkCookie StoredCookie::toNetworkCookie() const
{
    QNetworkCookie cookie(name.toUtf8(), value.toUtf8());
    cookie.setDomain(domain);
    cookie.setPath(path);
    if (expiresAt.isValid())
        cookie.setExpirationDate(expiresAt);
    cookie.setSecure(secure);
    cookie.setHttpOnly(httpOnly);
    if (sameSite.compare(QLatin1String("Strict"), Qt::CaseInsensitive) == 0)
        cookie.setSameSitePolicy(QNetworkCookie::SameSite::Strict);
    else if (sameSite.compare(QLatin1String("Lax"), Qt::CaseInsensitive) == 0)
        cookie.setSameSitePolicy(QNetworkCookie::SameSite::Lax);
    else if (sameSite.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0)
        cookie.setSameSitePolicy(QNetworkCookie::SameSite::None);
    return cookie;
}

StoredCookie StoredCookie::fromNetworkCookie(const QNetworkCookie &cookie)
{
    StoredCookie stored;
    stored.name = QString::fromUtf8(cookie.name());
    stored.value = QString::fromUtf8(cookie.value());
    stored.domain = cookie.domain();
    stored.path = cookie.path();
    if (!cookie.isSessionCookie())
        stored.expiresAt = cookie.expirationDate().toUTC();
    stored.secure = cookie.isSecure();
    stored.httpOnly = cookie.isHttpOnly();
    switch (cookie.sameSitePolicy()) {
    case QNetworkCookie::SameSite::Strict:
        stored.sameSite = QStringLiteral("Strict");
        break;
    case QNetworkCookie::SameSite::Lax:
        stored.sameSite = QStringLiteral("Lax");
        break;
    case QNetworkCookie::SameSite::None:
        stored.sameSite = QStringLiteral("None");
        break;
    default:
        break;
    }
    return stored;
}

CookieStore::CookieStore(const Database &database)
    : m_db(database.connection())
{}

Result<QList<StoredCookie>> CookieStore::load() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, value, domain, path, expires_at, secure, http_only, "
                               "same_site FROM cookies ORDER BY domain, path, name")))
        return SqlUtil::error(q.lastError(), QStringLiteral("loading cookies"));
    QList<StoredCookie> cookies;
    while (q.next()) {
        StoredCookie c;
        c.name = q.value(0).toString();
        c.value = q.value(1).toString();
        c.domain = q.value(2).toString();
        c.path = q.value(3).toString();
        if (!q.value(4).isNull())
            c.expiresAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        c.secure = q.value(5).toBool();
        c.httpOnly = q.value(6).toBool();
        c.sameSite = q.value(7).toString();
        cookies.append(c);
    }
    return cookies;
}

Result<void> CookieStore::insert(const StoredCookie &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO cookies (name, value, domain, path, "
                             "expires_at, secure, http_only, same_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlUtil::text(c.name));
    q.addBindValue(SqlUtil::text(c.value));
    q.addBindValue(SqlUtil::text(c.domain));
    q.addBindValue(SqlUtil::text(c.path));
    q.addBindValue(c.expiresAt.isValid() ? QVariant(c.expiresAt.toMSecsSinceEpoch())
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(c.secure ? 1 : 0);
    q.addBindValue(c.httpOnly ? 1 : 0);
    q.addBindValue(SqlUtil::text(c.sameSite));
    return SqlUtil::run(q, QStringLiteral("saving a cookie"));
}

Result<void> CookieStore::saveAll(const QList<StoredCookie> &cookies)
{
    return SqlUtil::transaction(m_db, [&]() -> Result<void> {
        if (auto done = SqlUtil::exec(m_db, QStringLiteral("DELETE FROM cookies")); !done)
            return done;
        for (const auto &cookie : cookies) {
            if (auto done = insert(cookie); !done)
                return done;
        }
        return {};
    });
}

Result<void> CookieStore::upsert(const StoredCookie &cookie)
{
    return insert(cookie);
}

Result<void> CookieStore::remove(const QString &domain, const QString &path, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cookies WHERE domain = ? AND path = ? AND name = ?"));
    q.addBindValue(domain);
    q.addBindValue(path);
    q.addBindValue(name);
    return SqlUtil::run(q, QStringLiteral("deleting a cookie"));
}

Result<int> CookieStore::removeExpired(const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cookies WHERE expires_at IS NOT NULL AND "
                             "expires_at < ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (auto done = SqlUtil::run(q, QStringLiteral("deleting expired cookies")); !done)
        return done.error();
    return q.numRowsAffected();
}

Result<void> CookieStore::clear()
{
    return SqlUtil::exec(m_db, QStringLiteral("DELETE FROM cookies"));
}

} // namespace wb::store
