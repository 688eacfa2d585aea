#include "core/net/tcpserversession.h"

#include "core/net/peeraddress.h"
#include "core/net/socketerrors.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

namespace wb::net {

TcpServerSession::TcpServerSession(QObject *parent)
    : NetSession(parent)
{}

TcpServerSession::~TcpServerSession()
{
    for (auto &[peer, client] : m_clients)
        client.socket->disconnect(this);
}

void TcpServerSession::setListenAddress(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
}

void TcpServerSession::setClientCaCertificates(const QList<QSslCertificate> &authorities)
{
    m_clientAuthorities = authorities;
}

quint16 TcpServerSession::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QStringList TcpServerSession::clients() const
{
    return m_order;
}

QString TcpServerSession::localName() const
{
    return PeerAddress::format(m_address, m_server ? m_server->serverPort() : m_port);
}

void TcpServerSession::open()
{
    if (state() != State::Closed)
        return;
    delete m_server;
    if (isTls()) {
        auto *ssl = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(m_credentials.chain);
        configuration.setPrivateKey(m_credentials.key);
        if (m_clientAuthorities.isEmpty()) {
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        } else {
            configuration.setCaCertificates(m_clientAuthorities);
            configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        }
        ssl->setSslConfiguration(configuration);
        connect(ssl, &QSslServer::errorOccurred, this,
                [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                    const QString peer =
                        PeerAddress::format(socket->peerAddress(), socket->peerPort());
                    reportError(makeError(ErrorCategory::Tls,
                                          tr("The TLS handshake with client %1 failed. Check "
                                             "that it speaks TLS and trusts this server's "
                                             "certificate.")
                                              .arg(peer),
                                          socket->errorString()),
                                peer);
                });
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &TcpServerSession::onPendingConnections);
    setState(State::Opening);
    if (!m_server->listen(m_address, m_port)) {
        reportError(SocketErrors::describe(m_server->serverError(),
                                           PeerAddress::format(m_address, m_port),
                                           m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        setState(State::Closed);
        return;
    }
    addEvent(isTls() ? tr("Listening for TLS clients on %1.").arg(localName())
                     : tr("Listening on %1.").arg(localName()));
    emit localPortBound(serverPort());
    setState(State::Open);
}

void TcpServerSession::onPendingConnections()
{
    while (m_server && m_server->hasPendingConnections())
        adoptClient(m_server->nextPendingConnection());
}

void TcpServerSession::adoptClient(QTcpSocket *socket)
{
    const QString peer = PeerAddress::format(socket->peerAddress(), socket->peerPort());
    Client client;
    client.socket = socket;
    client.resetDetector = std::make_unique<ResetDetector>();
    client.resetDetector->attach(socket->socketDescriptor());
    m_clients.emplace(peer, std::move(client));
    m_order.append(peer);
    connect(socket, &QIODevice::readyRead, this, [this, socket, peer] {
        const QByteArray bytes = socket->readAll();
        if (!bytes.isEmpty())
            addIncoming(bytes, peer);
    });
    connect(socket, &QIODevice::bytesWritten, this, [this, peer](qint64 bytes) {
        emit bytesWritten(bytes);
        auto it = m_clients.find(peer);
        if (it != m_clients.end())
            flushFinish(it->second);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, peer](QAbstractSocket::SocketError error) { onClientError(peer, error); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, peer] { onClientGone(peer); });
    addEvent(tr("Client %1 connected.").arg(peer), peer);
    emit peerConnected(peer);
    // Bytes that arrived with the handshake are already buffered.
    if (socket->bytesAvailable() > 0)
        addIncoming(socket->readAll(), peer);
}

void TcpServerSession::onClientError(const QString &peer, QAbstractSocket::SocketError error)
{
    auto it = m_clients.find(peer);
    if (it == m_clients.end() || it->second.errorReported)
        return;
    it->second.errorReported = true;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (it->second.resetDetector->wasReset(it->second.sentFin))
            reportError(SocketErrors::reset(peer), peer);
        return;
    }
    reportError(SocketErrors::describe(error, peer, it->second.socket->errorString()), peer);
}

void TcpServerSession::onClientGone(const QString &peer)
{
    auto it = m_clients.find(peer);
    if (it == m_clients.end())
        return;
    QTcpSocket *socket = it->second.socket;
    m_clients.erase(it);
    m_order.removeAll(peer);
    socket->disconnect(this);
    socket->deleteLater();
    addEvent(tr("Client %1 disconnected.").arg(peer), peer);
    emit peerDisconnected(peer);
}

void TcpServerSession::close()
{
    if (state() == State::Closed)
        return;
    setState(State::Closing);
    if (m_server)
        m_server->close();
    const QStringList peers = m_order;
    for (const QString &peer : peers) {
        auto it = m_clients.find(peer);
        if (it != m_clients.end())
            it->second.socket->disconnectFromHost();
    }
    addEvent(tr("Stopped listening on %1.").arg(localName()));
    setState(State::Closed);
}

bool TcpServerSession::send(const QByteArray &bytes, const QString &peer)
{
    if (!peer.isEmpty()) {
        auto it = m_clients.find(peer);
        if (it == m_clients.end()) {
            reportError(makeError(ErrorCategory::InvalidInput,
                                  tr("No client %1 is connected, so nothing was sent. Choose "
                                     "one of the connected clients.")
                                      .arg(peer)));
            return false;
        }
        it->second.socket->write(bytes);
        addOutgoing(bytes, peer);
        return true;
    }
    if (m_clients.empty()) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("No client is connected, so nothing was sent. Wait for a "
                                 "client to connect.")));
        return false;
    }
    for (const QString &name : std::as_const(m_order)) {
        m_clients[name].socket->write(bytes);
        addOutgoing(bytes, name);
    }
    return true;
}

qint64 TcpServerSession::bytesToWrite() const
{
    qint64 most = 0;
    for (const auto &[peer, client] : m_clients)
        most = qMax(most, client.socket->bytesToWrite());
    return most;
}

void TcpServerSession::finishSending()
{
    for (auto &[peer, client] : m_clients) {
        client.finishPending = !isTls();
        flushFinish(client);
    }
}

void TcpServerSession::flushFinish(Client &client)
{
    if (!client.finishPending || client.socket->bytesToWrite() > 0)
        return;
    client.finishPending = false;
    client.sentFin = SocketErrors::shutdownSending(client.socket->socketDescriptor());
}

void TcpServerSession::disconnectClient(const QString &peer)
{
    auto it = m_clients.find(peer);
    if (it == m_clients.end())
        return;
    addEvent(tr("Disconnecting client %1.").arg(peer), peer);
    it->second.socket->disconnectFromHost();
}

} // namespace wb::net
