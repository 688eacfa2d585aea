// Proxies through QNetworkProxy: HTTPS through an HTTP proxy (CONNECT) and HTTP over SOCKS5 with
// the name resolved by the proxy; the pool keeps proxied and direct connections apart.

#include "tests/httpengine/enginetestutil.h"
#include "tests/httpengine/tunnelproxy.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testcertificates.h"

using namespace wb;
using namespace wb::http;
using namespace wb::test;

class TestHttpEngineProxy : public QObject
{
    Q_OBJECT

private slots:
    void httpsThroughConnect()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer nginx({pki.certificate(QStringLiteral("server")),
                           pki.key(QStringLiteral("server")),
                           false,
                           {}});
        nginx.writeFile(QStringLiteral("index.html"), "tunnelled");
        WB_START_FIXTURE(nginx);
        TunnelProxy proxy;
        HttpEngine engine;
        RequestSpec spec = get(QStringLiteral("https://localhost:%1/index.html").arg(nginx.port()));
        spec.options.caFile = pki.caCertificate();
        spec.options.proxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.responseBody.bytes, QByteArray("tunnelled"));
        QCOMPARE(proxy.requests(),
                 QList<QByteArray>{"CONNECT localhost:" + QByteArray::number(nginx.port())});
        QVERIFY(e.tls.used);
        QCOMPARE(e.tls.serverName, QStringLiteral("localhost"));
        QVERIFY(e.requestHead.startsWith("GET /index.html HTTP/1.1\r\n")); // origin-form inside

        spec.options.proxy = QStringLiteral("none");
        const Exchange direct = sendAndWait(engine, spec).last();
        QVERIFY2(direct.succeeded(), qPrintable(direct.error.toString()));
        QVERIFY(!direct.connectionReused); // a direct request never takes the tunnel
        QCOMPARE(proxy.requests().size(), 1);
    }

    void httpOverSocks5()
    {
        NginxServer nginx;
        nginx.writeFile(QStringLiteral("index.html"), "via socks");
        WB_START_FIXTURE(nginx);
        TunnelProxy proxy;
        HttpEngine engine;
        RequestSpec spec =
            get(QStringLiteral("http://origin.invalid:%1/index.html").arg(nginx.port()));
        spec.options.proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(proxy.port());
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.responseBody.bytes, QByteArray("via socks"));
        QCOMPARE(proxy.requests(),
                 QList<QByteArray>{"SOCKS5 origin.invalid:" + QByteArray::number(nginx.port())});
        QCOMPARE(e.timings.dnsUs, qint64(-1)); // the proxy resolved the name
    }
};

QTEST_MAIN(TestHttpEngineProxy)
#include "tst_httpengine_proxy.moc"
