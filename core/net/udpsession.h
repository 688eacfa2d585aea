#pragma once

#include "core/net/netsession.h"
#include "core/net/peeraddress.h"

#include <QHostAddress>
#include <QUdpSocket>

namespace wb::net {

// UDP: binds a local address and port, sends datagrams to any host:port, receives from anyone
// (each chunk names its sender), broadcasts, and joins or leaves multicast groups.
class UdpSession : public NetSession
{
    Q_OBJECT

public:
    explicit UdpSession(QObject *parent = nullptr);

    // Port 0 picks a free port; the address defaults to any IPv4 address.
    void setBindAddress(const QHostAddress &address, quint16 port);
    // Where send() with an empty peer goes.
    void setDefaultPeer(const QString &host, quint16 port);
    // send() with an empty peer broadcasts to `address` (255.255.255.255 or a subnet's broadcast
    // address) on `port`. Qt turns SO_BROADCAST on for every UDP socket, so nothing else is needed.
    void setBroadcastTarget(const QHostAddress &address, quint16 port);
    bool isBroadcasting() const { return m_broadcasting; }
    // 255.255.255.255 first, then the broadcast address of each running IPv4 interface.
    static QStringList broadcastAddresses();
    quint16 localPort() const;

    void open() override;
    void close() override;
    // Sends one datagram to `peer` ("host:port", names are resolved first), or else to the default
    // peer, or else to whoever sent the last datagram.
    bool send(const QByteArray &bytes, const QString &peer = {}) override;
    bool canSend() const override;
    // One datagram to the IPv4 limited broadcast address 255.255.255.255 on `port`.
    bool broadcast(const QByteArray &bytes, quint16 port);
    bool joinMulticastGroup(const QHostAddress &group);
    bool leaveMulticastGroup(const QHostAddress &group);
    // The last peer a datagram came from ("host:port"), empty before the first one.
    QString lastSender() const { return m_lastSender; }

private:
    void onReadyRead();
    void sendTo(const QByteArray &bytes, const QHostAddress &address, quint16 port,
                const QString &peer);

    QHostAddress m_bindAddress = QHostAddress::AnyIPv4;
    quint16 m_bindPort = 0;
    PeerAddress m_defaultPeer;
    bool m_broadcasting = false;
    QUdpSocket *m_socket = nullptr;
    QString m_lastSender;
    QStringList m_knownSenders;
};

} // namespace wb::net
