#pragma once

#include "core/http/exchange.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace wb::tls {

// Turns what QSslSocket knows after a handshake into the plain values an Exchange keeps.
class CertificateDetails
{
public:
    static http::CertificateInfo fromCertificate(const QSslCertificate &certificate);
    // The negotiated protocol, cipher, ALPN and peer chain of an encrypted socket.
    static http::TlsDetails fromSocket(const QSslSocket &socket, const QString &serverName);
    static QStringList describeErrors(const QList<QSslError> &errors);
    // "AB:CD:..." upper-case hex of the certificate's SHA-256 digest.
    static QString sha256Fingerprint(const QSslCertificate &certificate);
};

} // namespace wb::tls
