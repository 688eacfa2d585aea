#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkCookie>
#include <QSqlDatabase>
#include <QString>

namespace wb::store {

class Database;

// One row of the cookie jar, as plain columns.
struct StoredCookie
{
    QString name;
    QString value;
    QString domain;
    QString path;
    QDateTime expiresAt; // invalid for a session cookie
    bool secure = false;
    bool httpOnly = false;
    QString sameSite; // "Strict", "Lax", "None" or empty

    friend bool operator==(const StoredCookie &, const StoredCookie &) = default;

    QNetworkCookie toNetworkCookie() const;
    static StoredCookie fromNetworkCookie(const QNetworkCookie &cookie);
};

// The cookie jar's persistence: the HTTP engine's jar loads and saves through it.
class CookieStore
{
public:
    explicit CookieStore(const Database &database);

    Result<QList<StoredCookie>> load() const;
    // Replaces the whole jar.
    Result<void> saveAll(const QList<StoredCookie> &cookies);
    // Adds or replaces one cookie (same name, domain and path).
    Result<void> upsert(const StoredCookie &cookie);
    Result<void> remove(const QString &domain, const QString &path, const QString &name);
    // Deletes cookies that expired before `now`; returns how many.
    Result<int> removeExpired(const QDateTime &now);
    Result<void> clear();

private:
    Result<void> insert(const StoredCookie &cookie);

    QSqlDatabase m_db;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::StoredCookie)
