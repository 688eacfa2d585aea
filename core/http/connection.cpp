#include "core/http/connection.h"

#include "core/common/logging.h"
#include "core/tls/certificatedetails.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>

namespace wb::http {

namespace {

qint64 elapsedUs(const QElapsedTimer &clock, qint64 sinceNs)
{
    return (clock.nsecsElapsed() - sinceNs) / 1000;
}

} // namespace

Connection::Connection(ConnectionEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Connection::onTimeout);
    if (m_endpoint.tls) {
        m_ssl = new QSslSocket(this);
        if (m_endpoint.sslConfiguration)
            m_ssl->setSslConfiguration(*m_endpoint.sslConfiguration);
        m_ssl->setPeerVerifyName(m_endpoint.tlsServerName);
        m_socket = m_ssl;
        connect(m_ssl, &QSslSocket::encrypted, this, &Connection::onEncrypted);
        connect(m_ssl, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(m_endpoint.tunnelProxy);
    connect(m_socket, &QAbstractSocket::connected, this, &Connection::onConnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Connection::onDisconnected);
}

Connection::~Connection()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

bool Connection::isOpen() const
{
    return m_open && m_socket->state() == QAbstractSocket::ConnectedState;
}

const ConnectionAddresses &Connection::addresses()
{
    if (!m_addressTexts) {
        m_addressTexts =
            ConnectionAddresses{m_socket->peerAddress().toString(), m_socket->peerPort(),
                                m_socket->localAddress().toString(), m_socket->localPort()};
    }
    return *m_addressTexts;
}

QByteArrayView Connection::readPiece(bool *closed)
{
    *closed = false;
    if (m_readBuffer.size() < ReadPiece)
        m_readBuffer.resize(ReadPiece);
    const qint64 got = m_socket->read(m_readBuffer.data(), ReadPiece);
    if (got < 0) {
        // The end of the stream comes as an error on an unbuffered socket (which then emits
        // neither disconnected() nor readyRead() again); other errors were emitted.
        *closed = m_unbuffered && m_socket->error() == QAbstractSocket::RemoteHostClosedError;
        return {};
    }
    return QByteArrayView(m_readBuffer.constData(), got);
}

bool Connection::hasUnreadBytes() const
{
    return !m_unbuffered && m_socket->bytesAvailable() > 0;
}

void Connection::onReadyRead()
{
    if (m_listener)
        m_listener->connectionReadyRead();
    else if (m_open)
        emit droppedWhileIdle(); // unsolicited bytes
}

void Connection::onBytesWritten()
{
    if (m_listener)
        m_listener->connectionBytesWritten();
}

void Connection::onDisconnected()
{
    if (m_listener)
        m_listener->connectionDisconnected();
    else if (m_open)
        emit droppedWhileIdle();
}

void Connection::markServed()
{
    ++m_served;
    m_idle.start();
}

void Connection::close()
{
    m_timeout.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_open = false; // before abort(): its disconnected() is not a drop of an idle connection
    m_socket->abort();
}

void Connection::open(int connectTimeoutMs)
{
    m_clock.start();
    m_connectTimeoutMs = connectTimeoutMs;
    if (connectTimeoutMs > 0)
        m_timeout.start(connectTimeoutMs);
    const QHostAddress literal(m_endpoint.host);
    if (m_endpoint.tunnelProxy.type() != QNetworkProxy::NoProxy) {
        // The proxy resolves the name (SOCKS5 remote DNS, HTTP CONNECT).
        m_addresses.clear();
        connectNext();
        return;
    }
    if (!literal.isNull()) {
        m_addresses = {literal};
        connectNext();
        return;
    }
    emit phaseReached(ExchangePhase::Resolving);
    m_phaseStart = m_clock.nsecsElapsed();
    if (isReservedInvalidName(m_endpoint.host)) {
        // RFC 6761 §6.4: such names never exist, so no resolver is asked. Reported on the next
        // event-loop pass, like every other outcome of open().
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_dnsUs = elapsedUs(m_clock, m_phaseStart);
                fail(unresolvedName(m_endpoint.host,
                                    tr("Names under .invalid never resolve: RFC 6761")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_endpoint.host, this, &Connection::lookedUp);
}

bool Connection::isReservedInvalidName(const QString &host)
{
    QString name = host;
    if (name.endsWith(QLatin1Char('.'))) // a fully qualified name
        name.chop(1);
    return name.compare(QLatin1String("invalid"), Qt::CaseInsensitive) == 0 ||
           name.endsWith(QLatin1String(".invalid"), Qt::CaseInsensitive);
}

Error Connection::unresolvedName(const QString &host, const QString &detail)
{
    return makeError(ErrorCategory::Dns,
                     tr("The host name '%1' could not be resolved: check its spelling and your "
                        "network or DNS settings.")
                         .arg(host),
                     detail);
}

void Connection::lookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    m_dnsUs = elapsedUs(m_clock, m_phaseStart);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(unresolvedName(m_endpoint.host, info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    connectNext();
}

void Connection::connectNext()
{
    emit phaseReached(ExchangePhase::Connecting);
    m_phaseStart = m_clock.nsecsElapsed();
    const QString target =
        m_addresses.isEmpty() ? m_endpoint.host : m_addresses.takeFirst().toString();
    qCDebug(lcNet) << "connecting to" << target << m_endpoint.port;
    if (m_ssl) {
        m_ssl->connectToHostEncrypted(target, m_endpoint.port, m_endpoint.tlsServerName);
    } else if (m_endpoint.tunnelProxy.type() == QNetworkProxy::NoProxy) {
        m_unbuffered = true;
        m_socket->connectToHost(target, m_endpoint.port,
                                QIODevice::ReadWrite | QIODevice::Unbuffered);
    } else {
        m_socket->connectToHost(target, m_endpoint.port);
    }
}

void Connection::onConnected()
{
    m_connectUs = elapsedUs(m_clock, m_phaseStart);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_ssl) {
        emit phaseReached(ExchangePhase::TlsHandshake);
        m_phaseStart = m_clock.nsecsElapsed();
        return;
    }
    m_timeout.stop();
    m_open = true;
    m_idle.start();
    emit opened();
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors.append(errors);
    if (m_endpoint.ignoreTlsErrors)
        m_ssl->ignoreSslErrors();
}

void Connection::onEncrypted()
{
    m_timeout.stop();
    m_tlsUs = elapsedUs(m_clock, m_phaseStart);
    m_tls = tls::CertificateDetails::fromSocket(*m_ssl, m_endpoint.tlsServerName);
    m_tls.verificationErrors = tls::CertificateDetails::describeErrors(m_sslErrors);
    m_tls.verificationSkipped = m_endpoint.ignoreTlsErrors;
    m_open = true;
    m_idle.start();
    emit opened();
}

void Connection::onSocketError()
{
    if (m_open) {
        if (m_listener) // after opening, the exchange running on the connection handles them
            m_listener->connectionErrorOccurred();
        return;
    }
    if (m_failed)
        return;
    const auto code = m_socket->error();
    if ((code == QAbstractSocket::ConnectionRefusedError ||
         code == QAbstractSocket::NetworkError) &&
        !m_addresses.isEmpty()) {
        m_socket->abort();
        connectNext();
        return;
    }
    if ((m_ssl && m_socket->state() == QAbstractSocket::ConnectedState) ||
        code == QAbstractSocket::SslHandshakeFailedError) {
        const QStringList errors = tls::CertificateDetails::describeErrors(m_sslErrors);
        m_tls.used = true;
        m_tls.serverName = m_endpoint.tlsServerName;
        m_tls.verificationErrors = errors;
        for (const QSslCertificate &certificate : m_ssl->peerCertificateChain())
            m_tls.peerChain.append(tls::CertificateDetails::fromCertificate(certificate));
        if (!errors.isEmpty()) {
            fail(makeError(ErrorCategory::Tls,
                           tr("The certificate of %1 could not be verified: %2. Give its CA "
                              "certificate, or turn verification off if you trust this server.")
                               .arg(m_endpoint.tlsServerName, errors.first()),
                           errors.join(QStringLiteral("; "))));
            return;
        }
        fail(makeError(ErrorCategory::Tls,
                       tr("The TLS handshake with %1 failed: %2.")
                           .arg(m_endpoint.tlsServerName, m_socket->errorString())));
        return;
    }
    fail(socketError(code, m_socket->errorString(), m_endpoint.host, m_endpoint.port));
}

void Connection::onTimeout()
{
    fail(makeError(ErrorCategory::Timeout,
                   tr("Connecting to %1 port %2 took longer than %3 ms: check that the server "
                      "is up, or raise the connect timeout.")
                       .arg(m_endpoint.host)
                       .arg(m_endpoint.port)
                       .arg(m_connectTimeoutMs)));
}

void Connection::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_socket->abort();
    qCDebug(lcNet) << "connection failed:" << error.toString();
    emit failed(error);
}

Error Connection::socketError(int socketError, const QString &errorString, const QString &host,
                              quint16 port)
{
    const QString where = QStringLiteral("%1 port %2").arg(host).arg(port);
    switch (QAbstractSocket::SocketError(socketError)) {
    case QAbstractSocket::HostNotFoundError:
        return unresolvedName(host, errorString);
    case QAbstractSocket::ConnectionRefusedError:
        return makeError(
            ErrorCategory::ConnectionRefused,
            tr("%1 refused the connection: check that a server listens there.").arg(where),
            errorString);
    case QAbstractSocket::NetworkError:
        return makeError(ErrorCategory::HostUnreachable,
                         tr("%1 cannot be reached: check the address and your network.").arg(where),
                         errorString);
    case QAbstractSocket::RemoteHostClosedError:
        return makeError(ErrorCategory::ConnectionReset,
                         tr("The server at %1 closed the connection unexpectedly.").arg(where),
                         errorString);
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return makeError(ErrorCategory::Timeout, tr("The connection to %1 timed out.").arg(where),
                         errorString);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return makeError(ErrorCategory::Tls,
                         tr("The TLS connection to %1 failed: %2.").arg(where, errorString));
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return makeError(ErrorCategory::ConnectionRefused,
                         tr("The proxy could not connect to %1: %2. Check the proxy settings.")
                             .arg(where, errorString));
    default:
        return makeError(ErrorCategory::ConnectionReset,
                         tr("The connection to %1 failed: %2.").arg(where, errorString));
    }
}

} // namespace wb::http
