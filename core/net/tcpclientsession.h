#pragma once

#include "core/net/netsession.h"
#include "core/net/resetdetector.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QTcpSocket>

namespace wb::net {

// A TCP client: connects to host:port, sends what it is given, reports what comes back.
class TcpClientSession : public NetSession
{
    Q_OBJECT

public:
    explicit TcpClientSession(QObject *parent = nullptr);
    ~TcpClientSession() override;

    void setEndpoint(const QString &host, quint16 port);
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // "host:port" of the peer, as the transcript names it.
    QString peer() const;
    // How long a connection attempt (including a TLS handshake) may take; 0 = no limit.
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }

    void open() override;
    void close() override;
    bool send(const QByteArray &bytes, const QString &peer = {}) override;
    qint64 bytesToWrite() const override;
    void finishSending() override;

protected:
    virtual QTcpSocket *createSocket();
    virtual void startConnecting(QTcpSocket *socket);
    // The transport connected; a plain TCP session is open now, a TLS session starts its handshake.
    virtual void transportConnected();
    // Call when the session can carry data.
    void markOpen(const QString &sentence);
    // Ends a connection attempt that cannot succeed (the error is reported, the socket aborted).
    void failConnection(const Error &error);
    QTcpSocket *socket() const { return m_socket; }
    virtual bool supportsHalfClose() const { return true; }

private:
    void onStateChanged(QAbstractSocket::SocketState state);
    void onSocketError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onConnectTimeout();

    QString m_host;
    quint16 m_port = 0;
    int m_connectTimeoutMs = 15000;
    QPointer<QTcpSocket> m_socket;
    QTimer m_connectTimer;
    ResetDetector m_resetDetector;
    bool m_userClosing = false;
    bool m_errorReported = false;
    bool m_finishPending = false;
    bool m_sentFin = false;
};

} // namespace wb::net
