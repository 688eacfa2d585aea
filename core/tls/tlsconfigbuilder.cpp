#include "core/tls/tlsconfigbuilder.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace wb::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::tls", text);
}

Result<QByteArray> readFile(const QString &path, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCategory::Io,
                         tr("The %1 file '%2' could not be read: check the path and permissions.")
                             .arg(tr(what), path),
                         file.errorString());
    }
    return file.readAll();
}

bool isPkcs12(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("p12") || suffix == QLatin1String("pfx");
}

Result<void> addClientCertificate(QSslConfiguration &config, const http::RequestOptions &options)
{
    const QString certPath = options.clientCertificateFile;
    auto data = readFile(certPath, "client certificate");
    if (!data)
        return data.error();
    if (isPkcs12(certPath) || (options.clientKeyFile.isEmpty() && !data->contains("-----BEGIN"))) {
        QFile file(certPath);
        file.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain,
                                           options.clientKeyPassword.toUtf8())) {
            return makeError(ErrorCategory::Tls,
                             tr("The PKCS#12 file '%1' could not be opened: check that it is a "
                                "PKCS#12 file and that the password is right.")
                                 .arg(certPath));
        }
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        if (!chain.isEmpty())
            config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data.value(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return makeError(
            ErrorCategory::Tls,
            tr("The client certificate file '%1' holds no PEM certificate.").arg(certPath));
    }
    const QString keyPath =
        options.clientKeyFile.isEmpty() ? options.clientCertificateFile : options.clientKeyFile;
    auto keyData = readFile(keyPath, "private key");
    if (!keyData)
        return keyData.error();
    const QByteArray pass = options.clientKeyPassword.toUtf8();
    QSslKey key(keyData.value(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, pass);
    if (key.isNull())
        key = QSslKey(keyData.value(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, pass);
    if (key.isNull())
        key = QSslKey(keyData.value(), QSsl::Opaque, QSsl::Pem, QSsl::PrivateKey, pass);
    if (key.isNull()) {
        return makeError(ErrorCategory::Tls,
                         tr("The private key in '%1' could not be read: check that it is a PEM "
                            "key and, if it is encrypted, that the password is right.")
                             .arg(keyPath));
    }
    config.setLocalCertificateChain(certificates);
    config.setPrivateKey(key);
    return {};
}

} // namespace

Result<QSslConfiguration> TlsConfigBuilder::build(const http::RequestOptions &options)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Always verify so that every error is reported; "don't verify" ignores them on the socket.
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        auto data = readFile(options.caFile, "CA certificate");
        if (!data)
            return data.error();
        QList<QSslCertificate> cas = QSslCertificate::fromData(data.value(), QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromData(data.value(), QSsl::Der);
        if (cas.isEmpty()) {
            return makeError(ErrorCategory::Tls,
                             tr("The CA file '%1' holds no certificate: give a PEM bundle.")
                                 .arg(options.caFile));
        }
        config.addCaCertificates(cas);
    }
    if (!options.clientCertificateFile.isEmpty()) {
        const auto added = addClientCertificate(config, options);
        if (!added)
            return added.error();
    }
    qCDebug(lcTls) << "TLS configuration built; verify" << options.verifyTls;
    return config;
}

QString TlsConfigBuilder::settingsKey(const http::RequestOptions &options)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(options.verifyTls ? QLatin1String("v") : QLatin1String("nv"), options.caFile,
             options.clientCertificateFile, options.clientKeyFile,
             QString::number(qHash(options.clientKeyPassword)));
}

} // namespace wb::tls
