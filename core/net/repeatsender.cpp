#include "core/net/repeatsender.h"

#include "core/net/netsession.h"

namespace wb::net {

namespace {

constexpr int kBatch = 256;                    // sends per tick when the interval is 0
constexpr qint64 kMaxQueued = 4 * 1024 * 1024; // stop a batch when this much waits to be written

} // namespace

RepeatSender::RepeatSender(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &RepeatSender::tick);
}

bool RepeatSender::start(NetSession *session, const QByteArray &bytes, int intervalMs, qint64 count,
                         const QString &peer)
{
    if (!session || intervalMs < 0 || count < 0)
        return false;
    stop();
    m_session = session;
    m_bytes = bytes;
    m_peer = peer;
    m_intervalMs = intervalMs;
    m_count = count;
    m_sent = 0;
    m_timer.start(intervalMs);
    tick();
    return true;
}

void RepeatSender::stop()
{
    if (m_timer.isActive())
        finish();
}

void RepeatSender::tick()
{
    const int batch = m_intervalMs == 0 ? kBatch : 1;
    for (int i = 0; i < batch; ++i) {
        if (!m_session || !m_session->isOpen()) {
            finish();
            return;
        }
        if (m_count > 0 && m_sent >= m_count) {
            finish();
            return;
        }
        if (m_session->bytesToWrite() > kMaxQueued)
            return;
        if (!m_session->send(m_bytes, m_peer)) {
            finish();
            return;
        }
        ++m_sent;
    }
    if (m_count > 0 && m_sent >= m_count)
        finish();
}

void RepeatSender::finish()
{
    m_timer.stop();
    emit finished(m_sent);
}

} // namespace wb::net
