#pragma once

#include "core/net/tcpclientsession.h"
#include "core/net/tlscredentials.h"

#include <QSslError>
#include <QSslSocket>

namespace wb::net {

// A TLS client over TCP (QSslSocket): reports the negotiated protocol, cipher and the peer's
// certificate chain, explains verification errors, and can ignore them or present a client
// certificate.
class TlsClientSession : public TcpClientSession
{
    Q_OBJECT

public:
    explicit TlsClientSession(QObject *parent = nullptr);

    // Trust these authorities in addition to the system's.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // Connect even when the peer's certificate cannot be verified (the errors are still shown).
    void setIgnoreCertificateErrors(bool ignore) { m_ignoreErrors = ignore; }
    void setClientCredentials(const TlsCredentials &credentials) { m_client = credentials; }
    // The name to send by SNI and to check the certificate against; defaults to the host.
    void setPeerVerifyName(const QString &name) { m_verifyName = name; }

    QList<QSslCertificate> peerCertificateChain() const { return m_chain; }
    QList<QSslError> verificationErrors() const { return m_sslErrors; }

signals:
    void encrypted();
    // The peer's chain arrived, with what verification found wrong (as values, for other
    // threads).
    void certificatesReceived(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);

protected:
    QTcpSocket *createSocket() override;
    void startConnecting(QTcpSocket *socket) override;
    void transportConnected() override;
    bool supportsHalfClose() const override { return false; }

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    QSslSocket *sslSocket() const;

    QList<QSslCertificate> m_caCertificates;
    bool m_ignoreErrors = false;
    TlsCredentials m_client;
    QString m_verifyName;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_sslErrors;
};

} // namespace wb::net
