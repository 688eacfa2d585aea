#include "core/net/udpsession.h"

#include "core/net/socketerrors.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkDatagram>
#include <QNetworkInterface>

namespace wb::net {

namespace {

constexpr int kMaxRememberedSenders = 1024;

} // namespace

UdpSession::UdpSession(QObject *parent)
    : NetSession(parent)
{}

void UdpSession::setBindAddress(const QHostAddress &address, quint16 port)
{
    m_bindAddress = address;
    m_bindPort = port;
}

void UdpSession::setDefaultPeer(const QString &host, quint16 port)
{
    m_defaultPeer = PeerAddress{host, port};
    m_broadcasting = false;
}

void UdpSession::setBroadcastTarget(const QHostAddress &address, quint16 port)
{
    m_defaultPeer = PeerAddress{address.toString(), port};
    m_broadcasting = true;
}

QStringList UdpSession::broadcastAddresses()
{
    QStringList out{QHostAddress(QHostAddress::Broadcast).toString()};
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsRunning) ||
            !flags.testFlag(QNetworkInterface::CanBroadcast))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QString address = entry.broadcast().toString();
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !address.isEmpty() &&
                !out.contains(address))
                out.append(address);
        }
    }
    return out;
}

quint16 UdpSession::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void UdpSession::open()
{
    if (state() != State::Closed)
        return;
    delete m_socket;
    m_socket = new QUdpSocket(this);
    m_knownSenders.clear();
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpSession::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &NetSession::bytesWritten);
    setState(State::Opening);
    if (!m_socket->bind(m_bindAddress, m_bindPort)) {
        reportError(SocketErrors::describe(m_socket->error(),
                                           PeerAddress::format(m_bindAddress, m_bindPort),
                                           m_socket->errorString()));
        delete m_socket;
        m_socket = nullptr;
        setState(State::Closed);
        return;
    }
    addEvent(tr("Bound to %1; datagrams from anyone are shown.")
                 .arg(PeerAddress::format(m_socket->localAddress(), m_socket->localPort())));
    if (m_broadcasting)
        addEvent(tr("Datagrams are broadcast to %1: every host on that network can receive them.")
                     .arg(m_defaultPeer.toString()));
    emit localPortBound(m_socket->localPort());
    setState(State::Open);
}

void UdpSession::close()
{
    if (state() == State::Closed)
        return;
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    addEvent(tr("Socket closed."));
    setState(State::Closed);
}

bool UdpSession::send(const QByteArray &bytes, const QString &peer)
{
    if (!isOpen() || !m_socket) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("The UDP socket is not open, so nothing was sent. Open it "
                                 "first.")));
        return false;
    }
    PeerAddress target = m_defaultPeer;
    const QString destination = peer.isEmpty() && target.port == 0 ? m_lastSender : peer;
    if (!destination.isEmpty()) {
        const Result<PeerAddress> parsed = PeerAddress::parse(destination);
        if (!parsed) {
            reportError(parsed.error());
            return false;
        }
        target = parsed.value();
    }
    if (target.host.isEmpty() || target.port == 0) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("No destination for the datagram. Enter a host and port to "
                                 "send to.")));
        return false;
    }
    const QHostAddress address(target.host);
    if (!address.isNull()) {
        sendTo(bytes, address, target.port, target.toString());
        return true;
    }
    QHostInfo::lookupHost(target.host, this, [this, bytes, target](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            reportError(SocketErrors::describe(QAbstractSocket::HostNotFoundError,
                                               target.toString(), info.errorString()));
            return;
        }
        if (m_socket)
            sendTo(bytes, info.addresses().constFirst(), target.port, target.toString());
    });
    return true;
}

bool UdpSession::canSend() const
{
    return isOpen() && (m_defaultPeer.port != 0 || !m_lastSender.isEmpty());
}

bool UdpSession::broadcast(const QByteArray &bytes, quint16 port)
{
    if (!isOpen() || !m_socket)
        return send(bytes); // reports that the socket is not open
    sendTo(bytes, QHostAddress::Broadcast, port,
           PeerAddress::format(QHostAddress::Broadcast, port));
    return true;
}

void UdpSession::sendTo(const QByteArray &bytes, const QHostAddress &address, quint16 port,
                        const QString &peer)
{
    const qint64 written = m_socket->writeDatagram(bytes, address, port);
    if (written < 0) {
        reportError(SocketErrors::describe(m_socket->error(), peer, m_socket->errorString()), peer);
        return;
    }
    addOutgoing(bytes, peer);
}

bool UdpSession::joinMulticastGroup(const QHostAddress &group)
{
    if (!m_socket || !m_socket->joinMulticastGroup(group)) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("Could not join the multicast group %1. Bind to any address "
                                 "(not a single one) and check that the group is a multicast "
                                 "address.")
                                  .arg(group.toString()),
                              m_socket ? m_socket->errorString() : QString()));
        return false;
    }
    addEvent(tr("Joined the multicast group %1.").arg(group.toString()));
    return true;
}

bool UdpSession::leaveMulticastGroup(const QHostAddress &group)
{
    if (!m_socket || !m_socket->leaveMulticastGroup(group)) {
        reportError(makeError(ErrorCategory::InvalidInput,
                              tr("Could not leave the multicast group %1: this socket had not "
                                 "joined it.")
                                  .arg(group.toString()),
                              m_socket ? m_socket->errorString() : QString()));
        return false;
    }
    addEvent(tr("Left the multicast group %1.").arg(group.toString()));
    return true;
}

void UdpSession::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid())
            break;
        const QString sender =
            PeerAddress::format(datagram.senderAddress(), quint16(datagram.senderPort()));
        m_lastSender = sender;
        if (!m_knownSenders.contains(sender) && m_knownSenders.size() < kMaxRememberedSenders) {
            m_knownSenders.append(sender);
            emit peerConnected(sender);
        }
        addIncoming(datagram.data(), sender);
    }
}

} // namespace wb::net
