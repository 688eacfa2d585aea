#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/http/exchangephase.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;
class QSslSocket;
class QHostInfo;

namespace wb::http {

// Where and how a connection goes. For a plain-http request through an HTTP proxy, host/port
// are the proxy's; for CONNECT and SOCKS5 tunnels the socket's proxy does the work.
struct ConnectionEndpoint
{
    QString host; // name or IP literal (IPv6 without brackets)
    quint16 port = 0;
    bool tls = false;
    QString tlsServerName; // SNI and the name the certificate must carry
    QNetworkProxy tunnelProxy{QNetworkProxy::NoProxy};
    // Shared and built only for TLS: a default QSslConfiguration is costly to construct.
    std::shared_ptr<const QSslConfiguration> sslConfiguration;
    bool ignoreTlsErrors = false;
    QString poolKey; // scheme, host, port, proxy and TLS settings
};

// Who handles the events of an open connection's socket: the exchange running on it. Plain calls
// rather than signal connections made and broken for every exchange on a kept-alive connection.
class ConnectionListener
{
public:
    virtual void connectionReadyRead() = 0;
    virtual void connectionBytesWritten() = 0;
    virtual void connectionErrorOccurred() = 0;
    virtual void connectionDisconnected() = 0;

protected:
    ~ConnectionListener() = default;
};

// The two ends of an open connection, as text (computed once per connection).
struct ConnectionAddresses
{
    QString remote;
    quint16 remotePort = 0;
    QString local;
    quint16 localPort = 0;
};

// One TCP (or TLS) connection: DNS with QHostInfo, then a connect to the address (each address
// in turn), then the TLS handshake with SNI. Times each phase; never blocks.
class Connection : public QObject
{
    Q_OBJECT

public:
    explicit Connection(ConnectionEndpoint endpoint, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionEndpoint &endpoint() const { return m_endpoint; }
    void open(int connectTimeoutMs);
    void close();
    bool isOpen() const;
    QTcpSocket *socket() const { return m_socket; }
    // The exchange that handles the socket's events from now on; nullptr while the connection
    // is idle, when bytes or a close from the server emit droppedWhileIdle() instead.
    void setListener(ConnectionListener *listener) { m_listener = listener; }
    ConnectionListener *listener() const { return m_listener; }
    const ConnectionAddresses &addresses();
    // Bytes read per call of readPiece(): small enough to stay in the CPU cache while they are
    // parsed, so a fast download reads, parses and reopens the TCP window in step.
    static constexpr qsizetype ReadPiece = 32 * 1024;
    // The next bytes that have arrived (at most ReadPiece), read into a buffer the connection
    // keeps (valid until the next call); empty when nothing waits. `closed` turns true when the
    // server has closed the connection. A plain connection reads straight from the kernel
    // (unbuffered socket: no second copy, no FIONREAD per read); TLS and tunnelled ones take
    // what their socket has buffered.
    QByteArrayView readPiece(bool *closed);
    // Whether the socket reports readyRead again while bytes wait unread (true for unbuffered
    // sockets, whose notifier is level-triggered); a buffered socket's buffer must be drained.
    bool notifiesAgain() const { return m_unbuffered; }
    // Bytes already known to wait unread (an unbuffered socket reports them by readyRead).
    bool hasUnreadBytes() const;

    qint64 dnsUs() const { return m_dnsUs; }
    qint64 connectUs() const { return m_connectUs; }
    qint64 tlsUs() const { return m_tlsUs; }
    const TlsDetails &tlsDetails() const { return m_tls; }
    int exchangesServed() const { return m_served; }
    void markServed();
    // Milliseconds since the connection last finished an exchange.
    qint64 idleMs() const { return m_idle.isValid() ? m_idle.elapsed() : 0; }

    // The sentence for a socket error, with its category.
    static Error socketError(int socketError, const QString &errorString, const QString &host,
                             quint16 port);
    // Whether `host` is "invalid" or under it: RFC 6761 reserves those names never to resolve.
    static bool isReservedInvalidName(const QString &host);
    // The DNS error for a name that did not resolve; `detail` says why.
    static Error unresolvedName(const QString &host, const QString &detail);

signals:
    void phaseReached(wb::http::ExchangePhase phase);
    void opened();
    void failed(const wb::Error &error);
    // The server closed the idle connection or sent bytes nobody asked for: it cannot be reused.
    void droppedWhileIdle();

private:
    void lookedUp(const QHostInfo &info);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onTimeout();
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void fail(const Error &error);

    ConnectionEndpoint m_endpoint;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_ssl = nullptr;
    QList<QHostAddress> m_addresses;
    int m_lookupId = -1;
    bool m_open = false;
    bool m_failed = false;
    int m_connectTimeoutMs = 0;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QElapsedTimer m_idle;
    qint64 m_phaseStart = 0;
    qint64 m_dnsUs = -1;
    qint64 m_connectUs = -1;
    qint64 m_tlsUs = -1;
    TlsDetails m_tls;
    QList<QSslError> m_sslErrors;
    int m_served = 0;
    ConnectionListener *m_listener = nullptr;
    bool m_unbuffered = false;
    QByteArray m_readBuffer;
    std::optional<ConnectionAddresses> m_addressTexts;
};

} // namespace wb::http
