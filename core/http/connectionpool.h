#pragma once

#include "core/http/connection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace wb::http {

// Keep-alive connections per origin key (scheme, host, port, proxy, TLS settings): idle ones are
// handed out again, closed after an idle timeout or when the server closes them, and no more
// than a per-origin limit are open at once.
class ConnectionPool : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionPool(QObject *parent = nullptr);
    ~ConnectionPool() override;

    void setPerOriginLimit(int limit) { m_limit = qMax(1, limit); }
    int perOriginLimit() const { return m_limit; }
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }

    // An open idle connection for `key`, or nullptr.
    Connection *takeIdle(const QString &key);
    // Whether another connection for `key` may be opened (`limit` 0: the pool's limit).
    bool canOpen(const QString &key, int limit = 0) const;
    // A new, not yet opened connection, counted as busy.
    Connection *create(const ConnectionEndpoint &endpoint);
    // Gives a busy connection back: kept idle when reusable, else closed and deleted.
    void release(Connection *connection, bool reusable);
    void closeAll();

    int busyCount(const QString &key) const { return m_busy.value(key); }
    int idleCount(const QString &key) const { return int(m_idle.value(key).size()); }

signals:
    // A connection for `key` was released or closed: a waiting request may proceed.
    void slotFreed(const QString &key);

private:
    void removeIdle(Connection *connection);
    void sweep();

    QHash<QString, QList<Connection *>> m_idle;
    QHash<QString, int> m_busy;
    int m_limit = 6;
    int m_idleTimeoutMs = 60000;
    QTimer m_sweep;
};

} // namespace wb::http
