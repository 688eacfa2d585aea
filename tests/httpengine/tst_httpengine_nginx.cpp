// The engine against nginx: keep-alive reuse, a large file spilled to disk, TLS with a generated
// CA (certificate details, SNI, ALPN), bad certificates, "don't verify" and client certificates.

#include "tests/httpengine/enginetestutil.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

QString fingerprint(const QString &pemPath)
{
    const auto certificate = QSslCertificate::fromPath(pemPath).value(0);
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

NginxServer::Options tlsOptions(const TestCertificates &pki, const QString &name,
                                const QString &directives = {})
{
    return {pki.certificate(name), pki.key(name), true, directives};
}

} // namespace

class TestHttpEngineNginx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("no_proxy", "*"); }

    void keepAliveIsReused()
    {
        NginxServer nginx;
        const QByteArray content(1024, 'k');
        nginx.writeFile(QStringLiteral("1k.bin"), content);
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        const RequestSpec spec = get(nginx.baseUrl() + QStringLiteral("/1k.bin"));
        QList<Exchange> exchanges;
        for (int i = 0; i < 3; ++i)
            exchanges.append(sendAndWait(engine, spec).last());
        for (const Exchange &e : exchanges) {
            QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
            QCOMPARE(e.response.status, 200);
            QCOMPARE(e.responseBody.bytes, content);
            QVERIFY(e.responseWire.bytes.endsWith(content));
            QVERIFY(e.responseWire.bytes.startsWith("HTTP/1.1 200 OK\r\nServer: nginx"));
        }
        QVERIFY(!exchanges[0].connectionReused);
        QVERIFY(exchanges[1].connectionReused);
        QVERIFY(exchanges[2].connectionReused);
        QCOMPARE(exchanges[2].localPort, exchanges[0].localPort);
    }

    void largeFileSpillsAndMatches()
    {
        NginxServer nginx;
        QByteArray content(48 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
        nginx.writeFile(QStringLiteral("big.bin"), content);
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, get(nginx.baseUrl() + QStringLiteral("/big.bin"))).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QVERIFY(e.responseBody.isFile());
        QCOMPARE(e.responseBody.size, content.size());
        QFile file(e.responseBody.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(&file));
        QCOMPARE(hash.result(), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(e.timings.downloadUs > 0);
        QFile::remove(e.responseBody.filePath);
        QFile::remove(e.responseWire.filePath);
    }

    void tlsWithGeneratedCa()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer nginx(tlsOptions(pki, QStringLiteral("server")));
        nginx.writeFile(QStringLiteral("index.html"), "<p>secure</p>");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        // "localhost" goes through QHostInfo (DNS phase) and is the SNI name.
        RequestSpec spec = get(QStringLiteral("https://localhost:%1/index.html").arg(nginx.port()));
        spec.options.caFile = pki.caCertificate();
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.responseBody.bytes, QByteArray("<p>secure</p>"));
        QVERIFY(e.tls.used);
        QCOMPARE(e.tls.serverName, QStringLiteral("localhost"));
        QCOMPARE(e.tls.alpn, QByteArray("h2")); // Auto offers h2, and nginx takes it
        QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
        QVERIFY(e.tls.protocol.startsWith(QStringLiteral("TLSv1.")));
        QVERIFY(!e.tls.cipher.isEmpty());
        QVERIFY(e.tls.verificationErrors.isEmpty());
        QVERIFY(!e.tls.peerChain.isEmpty());
        const CertificateInfo &leaf = e.tls.peerChain.first();
        QCOMPARE(leaf.sha256Fingerprint, fingerprint(pki.certificate(QStringLiteral("server"))));
        QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("IP:127.0.0.1")));
        QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("DNS:localhost")));
        QVERIFY(leaf.notBefore < QDateTime::currentDateTimeUtc());
        QVERIFY(leaf.notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(e.timings.dnsUs >= 0);
        QVERIFY(e.timings.tlsUs > 0);
    }

    void untrustedCertificateFailsUnlessNotVerifying()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer nginx(tlsOptions(pki, QStringLiteral("server")));
        nginx.writeFile(QStringLiteral("index.html"), "ok");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        RequestSpec spec = get(nginx.baseUrl() + QStringLiteral("/index.html"));
        const Exchange refused = sendAndWait(engine, spec).last();
        QCOMPARE(refused.error.category, ErrorCategory::Tls);
        QVERIFY(!refused.tls.verificationErrors.isEmpty());

        spec.options.verifyTls = false;
        const Exchange accepted = sendAndWait(engine, spec).last();
        QVERIFY2(accepted.succeeded(), qPrintable(accepted.error.toString()));
        QCOMPARE(accepted.responseBody.bytes, QByteArray("ok"));
        QVERIFY(accepted.tls.verificationSkipped);
        QVERIFY(!accepted.tls.verificationErrors.isEmpty()); // kept even when ignored
    }

    void wrongHostAndExpiredCertificates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("wrong host") << QStringLiteral("wronghost");
        QTest::newRow("expired") << QStringLiteral("expired");
    }

    void wrongHostAndExpiredCertificates()
    {
        QFETCH(QString, name);
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer nginx(tlsOptions(pki, name));
        nginx.writeFile(QStringLiteral("index.html"), "ok");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        RequestSpec spec = get(nginx.baseUrl() + QStringLiteral("/index.html"));
        spec.options.caFile = pki.caCertificate();
        const Exchange e = sendAndWait(engine, spec).last();
        QCOMPARE(e.error.category, ErrorCategory::Tls);
        QVERIFY(!e.tls.verificationErrors.isEmpty());
        QVERIFY(!e.tls.peerChain.isEmpty());
        const QString errors = e.tls.verificationErrors.join(QLatin1Char(' ')).toLower();
        QVERIFY2(errors.contains(name == QLatin1String("expired") ? QStringLiteral("expired")
                                                                  : QStringLiteral("host")),
                 qPrintable(errors));
    }

    void clientCertificates()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer nginx(tlsOptions(pki, QStringLiteral("server"),
                                     QStringLiteral("ssl_client_certificate %1;\n"
                                                    "ssl_verify_client on;")
                                         .arg(pki.caCertificate())));
        nginx.writeFile(QStringLiteral("index.html"), "client ok");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        RequestSpec spec = get(nginx.baseUrl() + QStringLiteral("/index.html"));
        spec.options.caFile = pki.caCertificate();
        QCOMPARE(sendAndWait(engine, spec).last().response.status, 400); // no certificate

        spec.options.clientCertificateFile = pki.certificate(QStringLiteral("client"));
        spec.options.clientKeyFile = pki.key(QStringLiteral("client"));
        const Exchange pem = sendAndWait(engine, spec).last();
        QVERIFY2(pem.succeeded(), qPrintable(pem.error.toString()));
        QCOMPARE(pem.response.status, 200);

        spec.options.clientCertificateFile = pki.clientP12();
        spec.options.clientKeyFile.clear();
        spec.options.clientKeyPassword = TestCertificates::clientP12Password();
        const Exchange p12 = sendAndWait(engine, spec).last();
        QVERIFY2(p12.succeeded(), qPrintable(p12.error.toString()));
        QCOMPARE(p12.responseBody.bytes, QByteArray("client ok"));

        spec.options.clientKeyPassword = QStringLiteral("wrong");
        QCOMPARE(sendAndWait(engine, spec).last().error.category, ErrorCategory::Tls);
    }
};

QTEST_MAIN(TestHttpEngineNginx)
#include "tst_httpengine_nginx.moc"
