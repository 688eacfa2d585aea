#include "core/http/connectionpool.h"

#include "core/common/logging.h"

#include <QTcpSocket>

namespace wb::http {

ConnectionPool::ConnectionPool(QObject *parent)
    : QObject(parent)
    , m_sweep(this)
{
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionPool::sweep);
}

ConnectionPool::~ConnectionPool()
{
    closeAll();
}

Connection *ConnectionPool::takeIdle(const QString &key)
{
    auto it = m_idle.find(key);
    if (it == m_idle.end())
        return nullptr;
    while (!it->isEmpty()) {
        Connection *connection = it->takeLast(); // the most recently used is the least stale
        const bool expired = m_idleTimeoutMs > 0 && connection->idleMs() > m_idleTimeoutMs;
        if (connection->isOpen() && !expired && !connection->hasUnreadBytes()) {
            m_busy[key] += 1;
            return connection;
        }
        connection->deleteLater();
    }
    m_idle.erase(it);
    return nullptr;
}

bool ConnectionPool::canOpen(const QString &key, int limit) const
{
    const int max = limit > 0 ? limit : m_limit;
    return m_busy.value(key) + m_idle.value(key).size() < max;
}

Connection *ConnectionPool::create(const ConnectionEndpoint &endpoint)
{
    m_busy[endpoint.poolKey] += 1;
    auto *connection = new Connection(endpoint, this);
    // The server may close an idle connection at any time: drop it at once when it does.
    connect(connection, &Connection::droppedWhileIdle, this,
            [this, connection] { removeIdle(connection); });
    return connection;
}

void ConnectionPool::release(Connection *connection, bool reusable)
{
    const QString key = connection->endpoint().poolKey;
    m_busy[key] -= 1;
    if (m_busy[key] <= 0)
        m_busy.remove(key);
    if (reusable && connection->isOpen()) {
        connection->markServed();
        connection->setListener(nullptr);
        m_idle[key].append(connection);
        if (!m_sweep.isActive())
            m_sweep.start();
    } else {
        connection->close();
        connection->deleteLater();
    }
    emit slotFreed(key);
}

void ConnectionPool::removeIdle(Connection *connection)
{
    const QString key = connection->endpoint().poolKey;
    auto it = m_idle.find(key);
    if (it == m_idle.end() || !it->removeOne(connection))
        return;
    if (it->isEmpty())
        m_idle.erase(it);
    connection->close();
    connection->deleteLater();
    qCDebug(lcHttp) << "idle connection closed for" << key;
    emit slotFreed(key);
}

void ConnectionPool::sweep()
{
    QList<Connection *> expired;
    for (const auto &list : std::as_const(m_idle)) {
        for (Connection *connection : list) {
            if (m_idleTimeoutMs > 0 && connection->idleMs() > m_idleTimeoutMs)
                expired.append(connection);
        }
    }
    for (Connection *connection : expired)
        removeIdle(connection);
    if (m_idle.isEmpty())
        m_sweep.stop();
}

void ConnectionPool::closeAll()
{
    const auto all = m_idle;
    m_idle.clear();
    for (const auto &list : all) {
        for (Connection *connection : list) {
            disconnect(connection, nullptr, this, nullptr);
            connection->close();
            delete connection;
        }
    }
}

} // namespace wb::http
