#include "core/net/tlsclientsession.h"

#include "core/net/peeraddress.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslConfiguration>

namespace wb::net {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

TlsClientSession::TlsClientSession(QObject *parent)
    : TcpClientSession(parent)
{
    qRegisterMetaType<QList<QSslCertificate>>();
    qRegisterMetaType<QList<QSslError>>();
}

void TlsClientSession::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

QSslSocket *TlsClientSession::sslSocket() const
{
    return static_cast<QSslSocket *>(socket());
}

QTcpSocket *TlsClientSession::createSocket()
{
    auto *ssl = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_caCertificates.isEmpty())
        configuration.addCaCertificates(m_caCertificates);
    if (!m_client.isNull()) {
        configuration.setLocalCertificateChain(m_client.chain);
        configuration.setPrivateKey(m_client.key);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl->setSslConfiguration(configuration);
    if (!m_verifyName.isEmpty())
        ssl->setPeerVerifyName(m_verifyName);
    connect(ssl, &QSslSocket::sslErrors, this, &TlsClientSession::onSslErrors);
    connect(ssl, &QSslSocket::encrypted, this, &TlsClientSession::onEncrypted);
    m_chain.clear();
    m_sslErrors.clear();
    return ssl;
}

void TlsClientSession::startConnecting(QTcpSocket *socket)
{
    auto *ssl = static_cast<QSslSocket *>(socket);
    ssl->connectToHostEncrypted(host(), port(), m_verifyName.isEmpty() ? host() : m_verifyName);
}

void TlsClientSession::transportConnected()
{
    addEvent(QCoreApplication::translate("wb::net", "TCP connection to %1 established; starting "
                                                    "the TLS handshake.")
                 .arg(peer()));
}

void TlsClientSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    m_chain = sslSocket()->peerCertificateChain();
    const QString name = m_verifyName.isEmpty() ? host() : m_verifyName;
    emit certificatesReceived(m_chain, m_sslErrors);
    // Two errors can mean the same to the user (an unknown issuer is also an unverifiable first
    // certificate): each sentence is said once.
    QStringList sentences;
    QStringList details;
    for (const QSslError &error : errors) {
        const QString sentence = TlsCredentials::explain(error, name);
        if (!sentences.contains(sentence))
            sentences.append(sentence);
        if (!details.contains(error.errorString()))
            details.append(error.errorString());
    }
    if (m_ignoreErrors) {
        for (const QString &sentence : std::as_const(sentences))
            addEvent(QCoreApplication::translate("wb::net", "Ignored as asked: %1").arg(sentence));
        sslSocket()->ignoreSslErrors(errors);
        return;
    }
    failConnection(makeError(ErrorCategory::Tls, sentences.join(QLatin1Char(' ')),
                             details.join(QStringLiteral("; "))));
}

void TlsClientSession::onEncrypted()
{
    QSslSocket *ssl = sslSocket();
    m_chain = ssl->peerCertificateChain();
    for (int i = 0; i < m_chain.size(); ++i) {
        addEvent(QCoreApplication::translate("wb::net", "Certificate %1 of %2: %3.")
                     .arg(i + 1)
                     .arg(m_chain.size())
                     .arg(TlsCredentials::describe(m_chain.at(i))));
    }
    emit certificatesReceived(m_chain, m_sslErrors);
    const QSslCipher cipher = ssl->sessionCipher();
    markOpen(QCoreApplication::translate("wb::net", "%1 established with %2 (cipher %3).")
                 .arg(protocolName(ssl->sessionProtocol()), peer(), cipher.name()));
    emit encrypted();
}

} // namespace wb::net
