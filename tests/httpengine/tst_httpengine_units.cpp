// Transport pieces without sockets: the body sink's spill to disk and the proxy resolver.

#include "core/http/bodysink.h"
#include "core/http/proxyresolver.h"
#include "core/http/urlparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::http;

class TestHttpEngineUnits : public QObject
{
    Q_OBJECT

private slots:
    void smallBodiesStayInMemory()
    {
        BodySink sink(100);
        QVERIFY(sink.append("hello").ok());
        const BodyData body = sink.take();
        QVERIFY(!body.isFile());
        QCOMPARE(body.bytes, QByteArray("hello"));
        QCOMPARE(body.size, 5);
    }

    void largeBodiesSpillAsTheyArrive()
    {
        BodySink sink(10);
        QVERIFY(sink.append("0123456789").ok());
        QVERIFY(sink.append("abcdef").ok());
        QVERIFY(sink.append("ghij").ok());
        const BodyData body = sink.take();
        QVERIFY(body.isFile());
        QCOMPARE(body.size, 20);
        QCOMPARE(body.head(100), QByteArray("0123456789abcdefghij"));
        QCOMPARE(body.head(3), QByteArray("012"));
        QVERIFY(QFile::remove(body.filePath));
    }

    void outputFileAndCaptureLimit()
    {
        QTemporaryDir dir;
        BodySink sink(4);
        QVERIFY(sink.setOutputFile(dir.filePath(QStringLiteral("out.bin"))).ok());
        sink.setCaptureLimit(6);
        QVERIFY(sink.append("abcd").ok());
        QVERIFY(sink.append("efgh").ok());
        QVERIFY(sink.truncated());
        const BodyData body = sink.take();
        QCOMPARE(body.size, 6);
        QCOMPARE(body.head(100), QByteArray("abcdef"));
        BodySink bad;
        QCOMPARE(bad.setOutputFile(dir.filePath(QStringLiteral("no/such/dir/x"))).error().category,
                 ErrorCategory::Io);
    }

    void proxySettingsAndEnvironment()
    {
        RequestTarget http;
        http.scheme = QStringLiteral("http");
        http.host = QStringLiteral("api.example.test");
        http.port = 80;
        RequestTarget https = http;
        https.scheme = QStringLiteral("https");
        https.port = 443;

        QProcessEnvironment env;
        env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://u:p@127.0.0.1:3128"));
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("socks5://127.0.0.1:1080"));
        auto p = ProxyResolver::resolve({}, http, env);
        QVERIFY(p.ok());
        QCOMPARE(p->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p->port(), quint16(3128));
        QCOMPARE(p->user(), QStringLiteral("u"));
        p = ProxyResolver::resolve({}, https, env);
        QCOMPARE(p->type(), QNetworkProxy::Socks5Proxy);

        env.insert(QStringLiteral("no_proxy"), QStringLiteral("localhost, .example.test"));
        QCOMPARE(ProxyResolver::resolve({}, http, env)->type(), QNetworkProxy::NoProxy);
        QCOMPARE(ProxyResolver::resolve(QStringLiteral("none"), http, {})->type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(ProxyResolver::resolve(QStringLiteral("socks5://h:9"), http, env)->type(),
                 QNetworkProxy::Socks5Proxy);
        QCOMPARE(ProxyResolver::resolve(QStringLiteral("ftp://h:9"), http, env).error().category,
                 ErrorCategory::InvalidInput);
        QVERIFY(ProxyResolver::isExempt(QStringLiteral("*"), QStringLiteral("x")));
        QVERIFY(!ProxyResolver::isExempt(QStringLiteral("example.test"),
                                         QStringLiteral("badexample.test")));
    }
};

QTEST_MAIN(TestHttpEngineUnits)
#include "tst_httpengine_units.moc"
