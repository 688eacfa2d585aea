#include "core/net/tcpclientsession.h"

#include "core/net/peeraddress.h"
#include "core/net/socketerrors.h"

#include <QCoreApplication>

namespace wb::net {

TcpClientSession::TcpClientSession(QObject *parent)
    : NetSession(parent)
    , m_connectTimer(this)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &TcpClientSession::onConnectTimeout);
}

TcpClientSession::~TcpClientSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void TcpClientSession::setEndpoint(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
}

QString TcpClientSession::peer() const
{
    return PeerAddress::format(m_host, m_port);
}

QTcpSocket *TcpClientSession::createSocket()
{
    return new QTcpSocket(this);
}

void TcpClientSession::startConnecting(QTcpSocket *socket)
{
    socket->connectToHost(m_host, m_port);
}

void TcpClientSession::open()
{
    if (state() != State::Closed)
        return;
    if (m_host.isEmpty() || m_port == 0) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              QCoreApplication::translate(
                                  "wb::net", "No host and port to connect to. Enter both first.")));
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_userClosing = false;
    m_errorReported = false;
    m_finishPending = false;
    m_sentFin = false;
    m_socket = createSocket();
    connect(m_socket, &QAbstractSocket::stateChanged, this, &TcpClientSession::onStateChanged);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &TcpClientSession::onSocketError);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        m_resetDetector.attach(m_socket->socketDescriptor());
        transportConnected();
    });
    connect(m_socket, &QIODevice::readyRead, this, &TcpClientSession::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &TcpClientSession::onBytesWritten);
    setState(State::Opening);
    addEvent(QCoreApplication::translate("wb::net", "Connecting to %1.").arg(peer()));
    if (m_connectTimeoutMs > 0)
        m_connectTimer.start(m_connectTimeoutMs);
    startConnecting(m_socket);
}

void TcpClientSession::transportConnected()
{
    markOpen(
        QCoreApplication::translate("wb::net", "Connected to %1 from %2.")
            .arg(peer(), PeerAddress::format(m_socket->localAddress(), m_socket->localPort())));
}

void TcpClientSession::markOpen(const QString &sentence)
{
    m_connectTimer.stop();
    connectionEstablished();
    addEvent(sentence);
    setState(State::Open);
}

void TcpClientSession::failConnection(const Error &error)
{
    if (!m_errorReported) {
        m_errorReported = true;
        reportError(error);
    }
    if (m_socket)
        m_socket->abort();
}

void TcpClientSession::close()
{
    cancelReconnect();
    m_userClosing = true;
    m_connectTimer.stop();
    if (!m_socket || state() == State::Closed) {
        setState(State::Closed);
        return;
    }
    if (state() == State::Opening) {
        m_socket->abort();
        return;
    }
    setState(State::Closing);
    m_socket->disconnectFromHost();
}

bool TcpClientSession::send(const QByteArray &bytes, const QString &peer)
{
    Q_UNUSED(peer);
    if (!isOpen() || !m_socket) {
        reportError(makeError(
            ErrorCategory::InvalidInput,
            QCoreApplication::translate("wb::net", "Not connected, so nothing was sent. Open the "
                                                   "connection first.")));
        return false;
    }
    if (bytes.isEmpty())
        return true;
    m_socket->write(bytes);
    addOutgoing(bytes);
    return true;
}

qint64 TcpClientSession::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void TcpClientSession::finishSending()
{
    if (!supportsHalfClose() || !m_socket || !isOpen())
        return;
    m_finishPending = true;
    onBytesWritten(0);
}

void TcpClientSession::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        addIncoming(bytes);
}

void TcpClientSession::onBytesWritten(qint64 bytes)
{
    if (bytes > 0)
        emit bytesWritten(bytes);
    if (m_finishPending && m_socket && m_socket->bytesToWrite() == 0) {
        m_finishPending = false;
        m_socket->flush();
        m_sentFin = SocketErrors::shutdownSending(m_socket->socketDescriptor());
        addEvent(
            QCoreApplication::translate("wb::net", "Finished sending; still receiving from %1.")
                .arg(peer()));
    }
}

void TcpClientSession::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_errorReported)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_resetDetector.wasReset(m_sentFin)) {
            m_errorReported = true;
            reportError(SocketErrors::reset(peer()));
        } else {
            addEvent(
                QCoreApplication::translate("wb::net", "%1 closed the connection.").arg(peer()));
        }
        return;
    }
    m_errorReported = true;
    reportError(SocketErrors::describe(error, peer(), m_socket->errorString()));
}

void TcpClientSession::onStateChanged(QAbstractSocket::SocketState socketState)
{
    if (socketState != QAbstractSocket::UnconnectedState)
        return;
    m_connectTimer.stop();
    m_resetDetector.release();
    if (state() == State::Closed)
        return;
    const bool wasOpen = state() != State::Opening;
    if (wasOpen || m_userClosing)
        addEvent(QCoreApplication::translate("wb::net", "Connection to %1 closed.").arg(peer()));
    setState(State::Closed);
    if (!m_userClosing)
        scheduleReconnect();
}

void TcpClientSession::onConnectTimeout()
{
    if (state() != State::Opening)
        return;
    failConnection(SocketErrors::connectTimeout(peer(), m_connectTimeoutMs));
}

} // namespace wb::net
