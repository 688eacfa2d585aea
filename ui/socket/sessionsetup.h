#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace wb::net {
class NetSession;
}

namespace wb::ui {

// What the socket console's connection bar describes: the kind of session and its fields.
// A plain value; create() turns it into a configured core session.
struct SessionSetup
{
    Q_DECLARE_TR_FUNCTIONS(SessionSetup)

public:
    enum class Kind { TcpClient, TcpServer, Udp, TlsClient, TlsServer, WebSocket };

    Kind kind = Kind::TcpClient;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 bindPort = 0; // servers and UDP; 0 picks a free port
    QString url;          // WebSocket
    QString caFile;
    QString certificateFile; // client certificate, or the server's own
    QString keyFile;
    bool ignoreTlsErrors = false;
    bool autoReconnect = false;
    bool binaryMessages = false; // WebSocket
    bool broadcast = false;      // UDP: send to a broadcast address on `port`
    QString broadcastAddress = QStringLiteral("255.255.255.255");

    static bool isServer(Kind kind) { return kind == Kind::TcpServer || kind == Kind::TlsServer; }
    static bool isClient(Kind kind)
    {
        return kind == Kind::TcpClient || kind == Kind::TlsClient || kind == Kind::WebSocket;
    }
    static QString kindName(Kind kind);
    // "tcp", "udp", "tls", "ws": the protocol history names.
    QString protocol() const;
    // What history shows as the target: "host:port", "listen 0.0.0.0:7000", a URL.
    QString target() const;

    // A session configured from the fields (files are read now); it is closed and owned by
    // `parent`. The error says which field is wrong.
    Result<net::NetSession *> create(QObject *parent) const;
};

} // namespace wb::ui
