#include "tests/support/testcertificates.h"

#include <QDir>
#include <QFile>

namespace wb::test {

QString TestCertificates::path(const QString &file) const
{
    return QDir(m_dir.path()).filePath(file);
}

std::optional<FixtureError> TestCertificates::openssl(const QStringList &arguments)
{
    QByteArray output;
    const int code = runProgram(m_openssl, arguments, &output, 60000, m_dir.path());
    if (code != 0) {
        return FixtureError{
            false, QStringLiteral("openssl %1 failed: %2")
                       .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(output))};
    }
    return std::nullopt;
}

std::optional<FixtureError> TestCertificates::generate()
{
    m_openssl = findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        return requireExecutable(QStringLiteral("openssl"));
    QDir(m_dir.path()).mkpath(QStringLiteral("newcerts"));
    QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(path(QStringLiteral("serial")));
    if (serial.open(QIODevice::WriteOnly))
        serial.write("1000\n");
    serial.close();
    QFile config(path(QStringLiteral("ca.cnf")));
    if (config.open(QIODevice::WriteOnly)) {
        config.write(QStringLiteral(R"([ ca ]
default_ca = test_ca
[ test_ca ]
dir = %1
database = %1/index.txt
new_certs_dir = %1/newcerts
serial = %1/serial
default_md = sha256
policy = any_policy
copy_extensions = copy
unique_subject = no
x509_extensions = leaf_ext
[ any_policy ]
commonName = supplied
[ leaf_ext ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
)")
                         .arg(m_dir.path())
                         .toUtf8());
    }
    config.close();

    if (auto e = openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             caKey(), QStringLiteral("-out"), caCertificate(), QStringLiteral("-days"),
             QStringLiteral("3"), QStringLiteral("-subj"), QStringLiteral("/CN=Wirebench Test CA"),
             QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
        return e;
    const QString sans = QStringLiteral("IP:127.0.0.1,DNS:localhost");
    if (auto e = issue(QStringLiteral("server"), QStringLiteral("127.0.0.1"), sans))
        return e;
    if (auto e = issue(QStringLiteral("expired"), QStringLiteral("127.0.0.1"), sans,
                       QStringLiteral("20200101000000Z"), QStringLiteral("20200102000000Z")))
        return e;
    if (auto e = issue(QStringLiteral("wronghost"), QStringLiteral("wrong.example"),
                       QStringLiteral("DNS:wrong.example")))
        return e;
    if (auto e = issue(QStringLiteral("client"), QStringLiteral("Wirebench Test Client"),
                       QStringLiteral("DNS:client.example")))
        return e;
    return openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                    certificate(QStringLiteral("client")), QStringLiteral("-inkey"),
                    key(QStringLiteral("client")), QStringLiteral("-out"), clientP12(),
                    QStringLiteral("-passout"), QStringLiteral("pass:") + clientP12Password()});
}

std::optional<FixtureError> TestCertificates::issue(const QString &name, const QString &commonName,
                                                    const QString &subjectAltName,
                                                    const QString &startDate,
                                                    const QString &endDate)
{
    const QString csr = path(name + QStringLiteral(".csr"));
    if (auto e = openssl(
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key(name), QStringLiteral("-out"),
             csr, QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName}))
        return e;
    QStringList args{QStringLiteral("ca"),
                     QStringLiteral("-batch"),
                     QStringLiteral("-notext"),
                     QStringLiteral("-config"),
                     path(QStringLiteral("ca.cnf")),
                     QStringLiteral("-cert"),
                     caCertificate(),
                     QStringLiteral("-keyfile"),
                     caKey(),
                     QStringLiteral("-in"),
                     csr,
                     QStringLiteral("-out"),
                     certificate(name)};
    if (startDate.isEmpty())
        args << QStringLiteral("-days") << QStringLiteral("2");
    else
        args << QStringLiteral("-startdate") << startDate << QStringLiteral("-enddate") << endDate;
    return openssl(args);
}

} // namespace wb::test
