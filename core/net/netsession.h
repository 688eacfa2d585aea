#pragma once

#include "core/common/result.h"
#include "core/net/transcript.h"

#include <QObject>
#include <QTimer>

namespace wb::net {

// What every raw socket session has in common: open, close, send bytes to a peer, and report
// everything that happens as transcript chunks. One object per session; it works on whatever
// thread it lives on, as long as that thread runs an event loop.
class NetSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Open, Closing };
    Q_ENUM(State)
    enum class LineEnding { None, Lf, CrLf };
    Q_ENUM(LineEnding)

    explicit NetSession(QObject *parent = nullptr);
    ~NetSession() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }

    virtual void open() = 0;
    virtual void close() = 0;
    // Queues `bytes` for `peer` ("host:port"); an empty peer means the session's one peer, or every
    // connected client of a server. Returns false (and reports why) when nothing could be queued.
    virtual bool send(const QByteArray &bytes, const QString &peer = {}) = 0;
    // Whether send() with an empty peer has somewhere to go right now.
    virtual bool canSend() const { return isOpen(); }
    // Bytes queued but not yet handed to the operating system.
    virtual qint64 bytesToWrite() const { return 0; }
    // Ends the outgoing direction once everything queued is written, keeping the incoming one
    // open (a TCP half-close). Sessions without a half-close ignore it.
    virtual void finishSending() {}

    // Typed text: escapes decoded (or hex digits parsed), then the line ending appended.
    static Result<QByteArray> encodeTyped(const QString &text, LineEnding ending, bool hex = false);
    // encodeTyped() with this session's line ending, then send().
    bool sendTyped(const QString &text, const QString &peer = {}, bool hex = false);

    LineEnding lineEnding() const { return m_lineEnding; }
    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }

    // Clients only: open again after the connection is lost or refused, every `intervalMs`,
    // at most `maxAttempts` times in a row (0 = without limit). Closing the session stops it.
    void setAutoReconnect(bool enabled, int intervalMs = 2000, int maxAttempts = 0);
    bool autoReconnect() const { return m_autoReconnect; }

signals:
    void chunkAdded(const wb::net::TranscriptChunk &chunk);
    void stateChanged(wb::net::NetSession::State state);
    void errorOccurred(const wb::Error &error);
    // The operating system took `bytes` more of what was sent.
    void bytesWritten(qint64 bytes);
    // Servers (and UDP, for a new sender): a peer arrived or left.
    void peerConnected(const QString &peer);
    void peerDisconnected(const QString &peer);
    // Servers and UDP: the local port is known (useful after asking for port 0).
    void localPortBound(quint16 port);

protected:
    void setState(State state);
    void addIncoming(const QByteArray &bytes, const QString &peer = {});
    void addOutgoing(const QByteArray &bytes, const QString &peer = {});
    void addEvent(const QString &sentence, const QString &peer = {});
    // Adds the error as an event chunk and emits errorOccurred.
    void reportError(const Error &error, const QString &peer = {});

    // For clients: call when a connection attempt failed or an open connection was lost without
    // the user closing it; schedules open() again when auto-reconnect is on. Returns true then.
    bool scheduleReconnect();
    // For clients: call once a connection is established (resets the attempt count).
    void connectionEstablished();
    // For clients: call from close() so that no reconnect is pending.
    void cancelReconnect();

private:
    State m_state = State::Closed;
    LineEnding m_lineEnding = LineEnding::None;
    bool m_autoReconnect = false;
    int m_reconnectIntervalMs = 2000;
    int m_reconnectMaxAttempts = 0;
    int m_reconnectAttempts = 0;
    QTimer m_reconnectTimer;
};

} // namespace wb::net
