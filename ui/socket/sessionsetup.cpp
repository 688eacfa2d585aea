#include "ui/socket/sessionsetup.h"

#include "core/net/peeraddress.h"
#include "core/net/tcpclientsession.h"
#include "core/net/tcpserversession.h"
#include "core/net/tlsclientsession.h"
#include "core/net/tlscredentials.h"
#include "core/net/udpsession.h"
#include "core/net/websocketsession.h"

#include <QHostAddress>
#include <QUrl>

namespace wb::ui {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCategory::InvalidInput, message, {}};
}

} // namespace

QString SessionSetup::kindName(Kind kind)
{
    switch (kind) {
    case Kind::TcpClient:
        return tr("TCP client");
    case Kind::TcpServer:
        return tr("TCP server");
    case Kind::Udp:
        return tr("UDP");
    case Kind::TlsClient:
        return tr("TLS client");
    case Kind::TlsServer:
        return tr("TLS server");
    case Kind::WebSocket:
        return tr("WebSocket");
    }
    return {};
}

QString SessionSetup::protocol() const
{
    switch (kind) {
    case Kind::TcpClient:
    case Kind::TcpServer:
        return QStringLiteral("tcp");
    case Kind::Udp:
        return QStringLiteral("udp");
    case Kind::TlsClient:
    case Kind::TlsServer:
        return QStringLiteral("tls");
    case Kind::WebSocket:
        return QStringLiteral("ws");
    }
    return {};
}

QString SessionSetup::target() const
{
    if (kind == Kind::WebSocket)
        return url;
    if (isServer(kind) || kind == Kind::Udp) {
        QString out = QStringLiteral("listen ") + net::PeerAddress::format(bindAddress, bindPort);
        if (kind == Kind::Udp && broadcast && port)
            out +=
                QStringLiteral(" → broadcast ") + net::PeerAddress::format(broadcastAddress, port);
        else if (kind == Kind::Udp && !host.isEmpty() && port)
            out += QStringLiteral(" → ") + net::PeerAddress::format(host, port);
        return out;
    }
    return net::PeerAddress::format(host, port);
}

Result<net::NetSession *> SessionSetup::create(QObject *parent) const
{
    QList<QSslCertificate> authorities;
    if (!caFile.isEmpty()) {
        auto loaded = net::TlsCredentials::loadCertificates(caFile);
        if (!loaded)
            return loaded.error();
        authorities = loaded.value();
    }
    net::TlsCredentials credentials;
    if (!certificateFile.isEmpty() || !keyFile.isEmpty()) {
        auto loaded = net::TlsCredentials::fromFiles(certificateFile, keyFile);
        if (!loaded)
            return loaded.error();
        credentials = loaded.value();
    }
    QHostAddress bind;
    if (isServer(kind) || kind == Kind::Udp) {
        if (!bind.setAddress(bindAddress.trimmed()))
            return invalid(tr("“%1” is not an IP address to listen on; try 127.0.0.1 or 0.0.0.0.")
                               .arg(bindAddress));
    }
    if ((kind == Kind::TcpClient || kind == Kind::TlsClient) &&
        (host.trimmed().isEmpty() || port == 0))
        return invalid(tr("Enter the host and port to connect to."));

    switch (kind) {
    case Kind::TcpClient:
    case Kind::TlsClient: {
        net::TcpClientSession *session = nullptr;
        if (kind == Kind::TlsClient) {
            auto *tls = new net::TlsClientSession(parent);
            tls->setCaCertificates(authorities);
            tls->setIgnoreCertificateErrors(ignoreTlsErrors);
            if (!credentials.isNull())
                tls->setClientCredentials(credentials);
            session = tls;
        } else {
            session = new net::TcpClientSession(parent);
        }
        session->setEndpoint(host.trimmed(), port);
        session->setAutoReconnect(autoReconnect);
        return static_cast<net::NetSession *>(session);
    }
    case Kind::TcpServer:
    case Kind::TlsServer: {
        if (kind == Kind::TlsServer && credentials.isNull())
            return invalid(tr("A TLS server needs a certificate file and a key file."));
        auto *server = new net::TcpServerSession(parent);
        server->setListenAddress(bind, bindPort);
        if (kind == Kind::TlsServer) {
            server->setTlsCredentials(credentials);
            if (!authorities.isEmpty())
                server->setClientCaCertificates(authorities);
        }
        return static_cast<net::NetSession *>(server);
    }
    case Kind::Udp: {
        QHostAddress broadcastTo;
        if (broadcast) {
            if (!broadcastTo.setAddress(broadcastAddress.trimmed()) ||
                broadcastTo.protocol() != QAbstractSocket::IPv4Protocol)
                return invalid(tr("“%1” is not an IPv4 broadcast address; use 255.255.255.255 or "
                                  "a subnet's broadcast address such as 192.168.1.255.")
                                   .arg(broadcastAddress));
            if (port == 0)
                return invalid(tr("Enter the port to broadcast to."));
        }
        auto *udp = new net::UdpSession(parent);
        udp->setBindAddress(bind, bindPort);
        if (broadcast)
            udp->setBroadcastTarget(broadcastTo, port);
        else if (!host.trimmed().isEmpty() && port)
            udp->setDefaultPeer(host.trimmed(), port);
        return static_cast<net::NetSession *>(udp);
    }
    case Kind::WebSocket: {
        const QUrl parsed(url.trimmed(), QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("ws") && parsed.scheme() != QLatin1String("wss")))
            return invalid(tr("Enter a ws:// or wss:// URL."));
        auto *ws = new net::WebSocketSession(parent);
        ws->setUrl(parsed);
        ws->setCaCertificates(authorities);
        ws->setIgnoreCertificateErrors(ignoreTlsErrors);
        if (!credentials.isNull())
            ws->setClientCredentials(credentials);
        ws->setMessageType(binaryMessages ? net::WebSocketSession::MessageType::Binary
                                          : net::WebSocketSession::MessageType::Text);
        ws->setAutoReconnect(autoReconnect);
        return static_cast<net::NetSession *>(ws);
    }
    }
    return invalid(tr("Unknown session kind."));
}

} // namespace wb::ui
