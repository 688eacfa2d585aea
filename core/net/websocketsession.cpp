#include "core/net/websocketsession.h"

#include "core/net/peeraddress.h"
#include "core/net/socketerrors.h"

#include <QCoreApplication>
#include <QSslConfiguration>

namespace wb::net {

WebSocketSession::WebSocketSession(QObject *parent)
    : NetSession(parent)
{}

WebSocketSession::~WebSocketSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString WebSocketSession::peer() const
{
    const int defaultPort = m_url.scheme() == QLatin1String("wss") ? 443 : 80;
    return PeerAddress::format(m_url.host(), quint16(m_url.port(defaultPort)));
}

void WebSocketSession::open()
{
    if (state() != State::Closed)
        return;
    const QString scheme = m_url.scheme();
    if (!m_url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) ||
        m_url.host().isEmpty()) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("'%1' is not a WebSocket URL. Write ws://host:port/path or "
                                 "wss://host:port/path.")
                                  .arg(m_url.toString())));
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_userClosing = false;
    m_errorReported = false;
    m_closeCode = 1000;
    m_closeReason.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (scheme == QLatin1String("wss")) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!m_ca.isEmpty())
            configuration.addCaCertificates(m_ca);
        if (!m_client.isNull()) {
            configuration.setLocalCertificateChain(m_client.chain);
            configuration.setPrivateKey(m_client.key);
        }
        m_socket->setSslConfiguration(configuration);
    }
    connect(m_socket, &QWebSocket::connected, this, &WebSocketSession::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketSession::onDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &WebSocketSession::onError);
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketSession::onSslErrors);
    connect(m_socket, &QWebSocket::bytesWritten, this, &NetSession::bytesWritten);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        addIncoming(bytes);
        emit messageReceived(bytes, MessageType::Text);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        addIncoming(bytes);
        emit messageReceived(bytes, MessageType::Binary);
    });
    connect(m_socket, &QWebSocket::pong, this, [this](quint64 elapsed, const QByteArray &payload) {
        addEvent(
            tr("Pong received after %1 ms (%n byte(s) of payload).", nullptr, int(payload.size()))
                .arg(elapsed));
        emit pongReceived(qint64(elapsed), payload);
    });
    setState(State::Opening);
    addEvent(tr("Opening %1.").arg(m_url.toString()));
    m_socket->open(m_url);
}

void WebSocketSession::onConnected()
{
    connectionEstablished();
    addEvent(tr("WebSocket connection to %1 open.").arg(m_url.toString()));
    setState(State::Open);
}

void WebSocketSession::onDisconnected()
{
    if (!m_socket)
        return;
    m_closeCode = int(m_socket->closeCode());
    m_closeReason = m_socket->closeReason();
    if (state() == State::Open || state() == State::Closing) {
        const QString reason =
            m_closeReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_closeReason);
        addEvent(tr("WebSocket closed with code %1%2.").arg(m_closeCode).arg(reason));
    }
    const bool wasUser = m_userClosing;
    setState(State::Closed);
    if (!wasUser)
        scheduleReconnect();
}

void WebSocketSession::onError(QAbstractSocket::SocketError error)
{
    if (m_errorReported || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && state() == State::Open)
        return; // the close frame (or its absence) is reported by onDisconnected
    m_errorReported = true;
    const QString text = m_socket->errorString();
    if (error == QAbstractSocket::ConnectionRefusedError ||
        error == QAbstractSocket::HostNotFoundError ||
        error == QAbstractSocket::SocketTimeoutError || error == QAbstractSocket::NetworkError ||
        error == QAbstractSocket::RemoteHostClosedError) {
        reportError(SocketErrors::describe(error, peer(), text));
        return;
    }
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        reportError(SocketErrors::describe(error, peer(), text));
        return;
    }
    reportError(makeError(ErrorCategory::Protocol,
                          tr("The WebSocket handshake with %1 failed: %2. Check the URL's path "
                             "and that the server speaks WebSocket there.")
                              .arg(m_url.toString(), text),
                          text));
}

void WebSocketSession::onSslErrors(const QList<QSslError> &errors)
{
    QStringList sentences;
    for (const QSslError &error : errors)
        sentences.append(TlsCredentials::explain(error, m_url.host()));
    if (m_ignoreErrors) {
        for (const QString &sentence : std::as_const(sentences))
            addEvent(tr("Ignored as asked: %1").arg(sentence));
        m_socket->ignoreSslErrors();
        return;
    }
    m_errorReported = true;
    reportError(makeError(ErrorCategory::Tls, sentences.join(QLatin1Char(' '))));
}

void WebSocketSession::close()
{
    closeWithCode(m_defaultCloseCode);
}

void WebSocketSession::closeWithCode(int code, const QString &reason)
{
    cancelReconnect();
    m_userClosing = true;
    if (!m_socket || state() == State::Closed) {
        setState(State::Closed);
        return;
    }
    if (state() == State::Opening) {
        m_socket->abort();
        setState(State::Closed);
        return;
    }
    addEvent(tr("Closing with code %1.").arg(code));
    setState(State::Closing);
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

bool WebSocketSession::checkOpen()
{
    if (isOpen() && m_socket)
        return true;
    reportError(makeError(ErrorCategory::InvalidInput,
                          tr("The WebSocket is not open, so nothing was sent. Open it first.")));
    return false;
}

bool WebSocketSession::send(const QByteArray &bytes, const QString &peer)
{
    Q_UNUSED(peer);
    if (m_messageType == MessageType::Binary)
        return sendBinary(bytes);
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("A text message must be valid UTF-8. Send these bytes as a "
                                 "binary message instead.")));
        return false;
    }
    return sendText(text);
}

bool WebSocketSession::sendText(const QString &text)
{
    if (!checkOpen())
        return false;
    m_socket->sendTextMessage(text);
    addOutgoing(text.toUtf8());
    return true;
}

bool WebSocketSession::sendBinary(const QByteArray &bytes)
{
    if (!checkOpen())
        return false;
    m_socket->sendBinaryMessage(bytes);
    addOutgoing(bytes);
    return true;
}

bool WebSocketSession::ping(const QByteArray &payload)
{
    if (!checkOpen())
        return false;
    if (payload.size() > 125) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("A ping carries at most 125 bytes of payload. Shorten it.")));
        return false;
    }
    m_socket->ping(payload);
    addEvent(tr("Ping sent."));
    return true;
}

qint64 WebSocketSession::bytesToWrite() const
{
    return 0;
}

} // namespace wb::net
