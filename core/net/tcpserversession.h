#pragma once

#include "core/net/netsession.h"
#include "core/net/resetdetector.h"
#include "core/net/tlscredentials.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <map>
#include <memory>

namespace wb::net {

// A TCP (or, with credentials, TLS) server: listens on an address and port, accepts many
// clients, sends to one of them or to all, and disconnects one on request.
class TcpServerSession : public NetSession
{
    Q_OBJECT

public:
    explicit TcpServerSession(QObject *parent = nullptr);
    ~TcpServerSession() override;

    void setListenAddress(const QHostAddress &address, quint16 port);
    // With credentials set, every client must complete a TLS handshake first.
    void setTlsCredentials(const TlsCredentials &credentials) { m_credentials = credentials; }
    // TLS only: ask clients for a certificate, verified against these authorities.
    void setClientCaCertificates(const QList<QSslCertificate> &authorities);
    bool isTls() const { return !m_credentials.isNull(); }

    // The port actually listened on (useful after listening on port 0).
    quint16 serverPort() const;
    // The connected clients as "host:port", oldest first.
    QStringList clients() const;

    void open() override;
    void close() override;
    // An empty peer sends to every connected client.
    bool send(const QByteArray &bytes, const QString &peer = {}) override;
    qint64 bytesToWrite() const override;
    bool canSend() const override { return isOpen() && !m_clients.empty(); }
    // Half-closes every client connection once what was sent to it is written.
    void finishSending() override;
    void disconnectClient(const QString &peer);

private:
    struct Client
    {
        QTcpSocket *socket = nullptr;
        std::unique_ptr<ResetDetector> resetDetector;
        bool finishPending = false;
        bool errorReported = false;
        bool sentFin = false;
    };

    void onPendingConnections();
    void adoptClient(QTcpSocket *socket);
    void onClientError(const QString &peer, QAbstractSocket::SocketError error);
    void onClientGone(const QString &peer);
    void flushFinish(Client &client);
    QString localName() const;

    QHostAddress m_address = QHostAddress::LocalHost;
    quint16 m_port = 0;
    TlsCredentials m_credentials;
    QList<QSslCertificate> m_clientAuthorities;
    QTcpServer *m_server = nullptr;
    std::map<QString, Client> m_clients;
    QStringList m_order;
};

} // namespace wb::net
