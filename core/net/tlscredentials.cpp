#include "core/net/tlscredentials.h"

#include <QCoreApplication>
#include <QFile>

namespace wb::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::net", text);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCategory::Io,
                         tr("Could not read %1: %2. Check the path and its permissions.")
                             .arg(path, file.errorString()));
    }
    return file.readAll();
}

QString names(const QSslCertificate &certificate)
{
    QStringList out = certificate.subjectInfo(QSslCertificate::CommonName);
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        if (!out.contains(it.value()))
            out.append(it.value());
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

Result<TlsCredentials> TlsCredentials::fromFiles(const QString &certificatePath,
                                                 const QString &keyPath,
                                                 const QByteArray &passphrase)
{
    const Result<QList<QSslCertificate>> chain = loadCertificates(certificatePath);
    if (!chain)
        return chain.error();
    const Result<QByteArray> keyBytes = readFile(keyPath);
    if (!keyBytes)
        return keyBytes.error();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
            QSslKey key(keyBytes.value(), algorithm, format, QSsl::PrivateKey, passphrase);
            if (!key.isNull())
                return TlsCredentials{chain.value(), key};
        }
    }
    return makeError(ErrorCategory::InvalidInput,
                     tr("%1 does not hold a private key that can be read (RSA, EC or DSA in PEM "
                        "or DER), or its passphrase is wrong.")
                         .arg(keyPath));
}

Result<TlsCredentials> TlsCredentials::fromPkcs12(const QString &path, const QByteArray &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCategory::Io,
                         tr("Could not read %1: %2. Check the path and its permissions.")
                             .arg(path, file.errorString()));
    }
    TlsCredentials credentials;
    QSslCertificate leaf;
    QList<QSslCertificate> authorities;
    if (!QSslCertificate::importPkcs12(&file, &credentials.key, &leaf, &authorities, password)) {
        return makeError(ErrorCategory::InvalidInput,
                         tr("%1 is not a PKCS#12 bundle, or its password is wrong.").arg(path));
    }
    credentials.chain = QList<QSslCertificate>{leaf} + authorities;
    return credentials;
}

Result<QList<QSslCertificate>> TlsCredentials::loadCertificates(const QString &path)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes.value(), QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(bytes.value(), QSsl::Der);
    if (certificates.isEmpty()) {
        return makeError(ErrorCategory::InvalidInput,
                         tr("%1 holds no certificate in PEM or DER form.").arg(path));
    }
    return certificates;
}

QString TlsCredentials::describe(const QSslCertificate &certificate)
{
    return tr("%1, issued by %2, valid from %3 to %4")
        .arg(names(certificate),
             certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             certificate.effectiveDate().toString(Qt::ISODate),
             certificate.expiryDate().toString(Qt::ISODate));
}

QString TlsCredentials::explain(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("The certificate of %1 expired on %2. The server must renew it; until then "
                  "you can only connect by ignoring certificate errors.")
            .arg(host, certificate.expiryDate().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return tr("The certificate of %1 is valid only from %2. Check this machine's clock.")
            .arg(host, certificate.effectiveDate().toString(Qt::ISODate));
    case QSslError::HostNameMismatch:
        return tr("The certificate presented by %1 is for %2, not for this host name. Connect "
                  "with a name the certificate lists, or ignore certificate errors.")
            .arg(host, names(certificate));
    case QSslError::SelfSignedCertificate:
        return tr("The certificate of %1 is self-signed, so nothing vouches for it. Trust it "
                  "explicitly (add it as a CA certificate) or ignore certificate errors.")
            .arg(host);
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("The certificate of %1 was issued by an authority this client does not trust "
                  "(%2). Add that authority's certificate as a CA certificate, or ignore "
                  "certificate errors.")
            .arg(host,
                 certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
    case QSslError::CertificateRevoked:
        return tr("The certificate of %1 has been revoked by its issuer. Do not trust this "
                  "server.")
            .arg(host);
    default:
        return tr("The certificate of %1 could not be verified: %2.")
            .arg(host, error.errorString());
    }
}

} // namespace wb::net
