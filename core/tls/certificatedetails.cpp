#include "core/tls/certificatedetails.h"

#include <QCryptographicHash>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace wb::tls {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // Qt gives the DN as attributes; join them in the usual "CN=..., O=..." order.
    static const QList<QByteArray> order{"CN", "OU", "O", "L", "ST", "C", "emailAddress"};
    QStringList parts;
    for (const QByteArray &attribute : order) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return QStringLiteral("unknown");
    }
}

} // namespace

QString CertificateDetails::sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

http::CertificateInfo CertificateDetails::fromCertificate(const QSslCertificate &certificate)
{
    http::CertificateInfo info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString kind = it.key() == QSsl::DnsEntry     ? QStringLiteral("DNS")
                             : it.key() == QSsl::EmailEntry ? QStringLiteral("email")
                                                            : QStringLiteral("IP");
        info.subjectAltNames.append(kind + QLatin1Char(':') + it.value());
    }
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.serialNumber = QString::fromLatin1(certificate.serialNumber());
    info.sha256Fingerprint = sha256Fingerprint(certificate);
    info.pem = certificate.toPem();
    return info;
}

http::TlsDetails CertificateDetails::fromSocket(const QSslSocket &socket, const QString &serverName)
{
    http::TlsDetails details;
    details.used = true;
    details.serverName = serverName;
    details.protocol = protocolName(socket.sessionProtocol());
    details.cipher = socket.sessionCipher().name();
    details.alpn = socket.sslConfiguration().nextNegotiatedProtocol();
    for (const QSslCertificate &certificate : socket.peerCertificateChain())
        details.peerChain.append(fromCertificate(certificate));
    return details;
}

QStringList CertificateDetails::describeErrors(const QList<QSslError> &errors)
{
    QStringList text;
    for (const QSslError &error : errors) {
        QString line = error.errorString();
        if (!error.certificate().isNull())
            line += QStringLiteral(" [%1]").arg(error.certificate().subjectDisplayName());
        if (!text.contains(line))
            text.append(line);
    }
    return text;
}

} // namespace wb::tls
