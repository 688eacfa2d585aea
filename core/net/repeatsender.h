#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wb::net {

class NetSession;

// Sends the same bytes through a session every N ms, a given number of times. An interval of 0
// sends as fast as the session takes them, in batches, without starving the event loop.
class RepeatSender : public QObject
{
    Q_OBJECT

public:
    explicit RepeatSender(QObject *parent = nullptr);

    // count 0 = until stop(). Returns false when the arguments cannot be used.
    bool start(NetSession *session, const QByteArray &bytes, int intervalMs, qint64 count,
               const QString &peer = {});
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    qint64 sent() const { return m_sent; }

signals:
    // Every repetition was sent, or the session closed, or stop() was called.
    void finished(qint64 sent);

private:
    void tick();
    void finish();

    QPointer<NetSession> m_session;
    QByteArray m_bytes;
    QString m_peer;
    int m_intervalMs = 0;
    qint64 m_count = 0;
    qint64 m_sent = 0;
    QTimer m_timer;
};

} // namespace wb::net
