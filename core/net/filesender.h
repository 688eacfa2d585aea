#pragma once

#include "core/common/result.h"

#include <QFile>
#include <QObject>
#include <QPointer>

namespace wb::net {

class NetSession;

// Sends a file through a session in pieces, reading the next piece only while the session has
// little queued, so a large file never sits in memory.
class FileSender : public QObject
{
    Q_OBJECT

public:
    explicit FileSender(QObject *parent = nullptr);

    // `chunkSize` is the size of each send (for UDP: each datagram). Errors opening the file are
    // returned; later ones are reported by finished().
    Result<void> start(NetSession *session, const QString &path, const QString &peer = {},
                       qint64 chunkSize = 64 * 1024);
    void stop();
    bool isRunning() const { return m_file.isOpen(); }
    qint64 bytesSent() const { return m_sent; }
    qint64 size() const { return m_size; }

signals:
    void progressed(qint64 sent, qint64 size);
    // The whole file was handed to the session (error is empty), or sending stopped early.
    void finished(qint64 sent, const wb::Error &error);

private:
    void pump();
    void finish(const Error &error);

    QPointer<NetSession> m_session;
    QFile m_file;
    QString m_peer;
    qint64 m_chunkSize = 64 * 1024;
    qint64 m_sent = 0;
    qint64 m_size = 0;
    bool m_pumping = false;
};

} // namespace wb::net
