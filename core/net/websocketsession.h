#pragma once

#include "core/net/netsession.h"
#include "core/net/tlscredentials.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>

namespace wb::net {

// A WebSocket client (ws:// and wss://) on Qt WebSockets: text and binary messages, ping/pong
// with the round trip shown, and close codes both ways.
class WebSocketSession : public NetSession
{
    Q_OBJECT

public:
    enum class MessageType { Text, Binary };
    Q_ENUM(MessageType)

    explicit WebSocketSession(QObject *parent = nullptr);
    ~WebSocketSession() override;

    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    // How send() frames its bytes: a text message (must be UTF-8) or a binary one.
    void setMessageType(MessageType type) { m_messageType = type; }
    MessageType messageType() const { return m_messageType; }
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    void setIgnoreCertificateErrors(bool ignore) { m_ignoreErrors = ignore; }
    void setClientCredentials(const TlsCredentials &credentials) { m_client = credentials; }

    void open() override;
    // Closes with the default close code: 1000 (normal closure) unless set otherwise.
    void close() override;
    void setDefaultCloseCode(int code) { m_defaultCloseCode = code; }
    void closeWithCode(int code, const QString &reason = {});
    bool send(const QByteArray &bytes, const QString &peer = {}) override;
    bool sendText(const QString &text);
    bool sendBinary(const QByteArray &bytes);
    bool ping(const QByteArray &payload = {});
    qint64 bytesToWrite() const override;

    // The close code and reason the peer sent, or 1006 (abnormal) when there was none.
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

signals:
    // A whole message arrived (chunkAdded carries the bytes too).
    void messageReceived(const QByteArray &message, wb::net::WebSocketSession::MessageType type);
    void pongReceived(qint64 roundTripMs, const QByteArray &payload);

private:
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    bool checkOpen();
    QString peer() const;

    QUrl m_url;
    MessageType m_messageType = MessageType::Text;
    QList<QSslCertificate> m_ca;
    bool m_ignoreErrors = false;
    TlsCredentials m_client;
    QPointer<QWebSocket> m_socket;
    bool m_userClosing = false;
    bool m_errorReported = false;
    int m_closeCode = 1000;
    int m_defaultCloseCode = 1000;
    QString m_closeReason;
};

} // namespace wb::net
