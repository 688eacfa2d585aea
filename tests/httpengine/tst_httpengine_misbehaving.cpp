// The engine against scripted servers that break the protocol in every way a real one can:
// each case must end in the right error category, quickly, with no hang and no crash.

#include "tests/httpengine/enginetestutil.h"
#include "tests/httpengine/scriptedserver.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <memory>
#include <vector>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

const QByteArray okResponse = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Case: Kept\r\n\r\nhello";

} // namespace

class TestHttpEngineMisbehaving : public QObject
{
    Q_OBJECT

private slots:
    void wireIsExactAndKeepAliveIsReused()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) { s->write(okResponse); });
        HttpEngine engine;
        RequestSpec spec = get(server.url(QStringLiteral("/a%20b?x=1")));
        spec.headers = {{QStringLiteral("x-lower"), QStringLiteral("1")},
                        {QStringLiteral("X-Upper"), QStringLiteral("2")}};
        const ExchangeChain first = sendAndWait(engine, spec);
        QCOMPARE(first.hops.size(), 1);
        const Exchange &a = first.last();
        QVERIFY2(a.succeeded(), qPrintable(a.error.toString()));
        QCOMPARE(a.responseWire.bytes, okResponse);
        QCOMPARE(a.responseBody.bytes, QByteArray("hello"));
        QCOMPARE(a.response.header("x-case"), QByteArray("Kept"));
        QVERIFY(a.requestHead.startsWith("GET /a%20b?x=1 HTTP/1.1\r\n"));
        QVERIFY(a.requestHead.indexOf("x-lower: 1\r\n") < a.requestHead.indexOf("X-Upper: 2\r\n"));
        QCOMPARE(server.requests().first(), a.requestHead);
        QVERIFY(!a.connectionReused);
        QVERIFY(a.timings.connectUs >= 0);
        QCOMPARE(a.timings.dnsUs, qint64(-1)); // an IP literal needs no DNS
        QVERIFY(a.timings.totalUs >= a.timings.waitUs);
        QCOMPARE(a.remoteAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(a.remotePort, server.port());

        const Exchange b = sendAndWait(engine, spec).last();
        QVERIFY(b.succeeded());
        QVERIFY(b.connectionReused);
        QCOMPARE(b.localPort, a.localPort);
        QCOMPARE(b.timings.connectUs, qint64(-1));
        QCOMPARE(server.connections(), 1);
    }

    void interimResponsesAreKept()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" + okResponse);
        });
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(server.url())).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.interim.size(), 1);
        QCOMPARE(e.interim.first().status, 103);
        QCOMPARE(e.response.status, 200);
    }

    void malformedStatusLine()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 2x0 Nope\r\nContent-Length: 0\r\n\r\n");
        });
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(server.url())).last();
        QCOMPARE(e.error.category, ErrorCategory::Protocol);
        QVERIFY(e.errorOffset >= 0);
        QVERIFY(e.responseWire.bytes.startsWith("HTTP/1.1 2x0"));
    }

    void badChunkSize()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n");
        });
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(server.url())).last();
        QCOMPARE(e.error.category, ErrorCategory::Protocol);
        QVERIFY(e.errorOffset > 40);
    }

    void resetMidBody()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(1000, 'x'));
            QTimer::singleShot(50, s, [s] { ScriptedServer::reset(s); });
        });
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(server.url())).last();
        QCOMPARE(e.error.category, ErrorCategory::ConnectionReset);
        QCOMPARE(e.response.status, 200);
    }

    void megabyteHeaderLine()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(1024 * 1024, 'a') +
                     "\r\nContent-Length: 0\r\n\r\n");
        });
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(server.url())).last();
        QCOMPARE(e.error.category, ErrorCategory::Protocol);
        QVERIFY(e.responseWire.size < 1024 * 1024); // stopped at the limit, not at the end
    }

    void bodyThatNeverEndsHitsTotalTimeout()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write("3\r\nabc\r\n"); });
            timer->start(20);
        });
        HttpEngine engine;
        RequestSpec spec = get(server.url());
        spec.options.totalTimeoutMs = 600;
        QElapsedTimer clock;
        clock.start();
        const Exchange e = sendAndWait(engine, spec).last();
        QCOMPARE(e.error.category, ErrorCategory::Timeout);
        // The drip never ends: anything that ends it is the timeout. Generous for loaded machines.
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(e.responseBody.size > 0);
    }

    void slowDripHitsIdleTimeout()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab");
        });
        HttpEngine engine;
        RequestSpec spec = get(server.url());
        spec.options.idleTimeoutMs = 300;
        const Exchange e = sendAndWait(engine, spec).last();
        QCOMPARE(e.error.category, ErrorCategory::Timeout);
        QVERIFY(e.error.message.contains(QStringLiteral("300")));
    }

    void dripFasterThanIdleTimeoutCompletes()
    {
        // Ten body bytes, one every 100 ms: the exchange takes three times the idle timeout, but
        // the server is never silent for that long.
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
            auto *timer = new QTimer(s);
            auto sent = std::make_shared<int>(0);
            connect(timer, &QTimer::timeout, s, [s, timer, sent] {
                s->write("x");
                if (++*sent == 10)
                    timer->stop();
            });
            timer->start(100);
        });
        HttpEngine engine;
        RequestSpec spec = get(server.url());
        spec.options.idleTimeoutMs = 300;
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.responseBody.bytes, QByteArray(10, 'x'));
        QVERIFY(e.timings.downloadUs > 300 * 1000);
    }

    void staleKeepAliveIsRetriedOnceForIdempotentMethods()
    {
        // The second request on the first connection meets a server that closes without
        // answering, as a server whose keep-alive timer fired at that moment does.
        ScriptedServer server([](QTcpSocket *s, int request, int connection) {
            if (connection == 1 && request == 2)
                s->close();
            else
                s->write(okResponse);
        });
        HttpEngine engine;
        QVERIFY(sendAndWait(engine, get(server.url())).last().succeeded());
        const Exchange retried = sendAndWait(engine, get(server.url())).last();
        QVERIFY2(retried.succeeded(), qPrintable(retried.error.toString()));
        QVERIFY(!retried.connectionReused);
        QCOMPARE(server.connections(), 2);

        ScriptedServer strict([](QTcpSocket *s, int request, int) {
            if (request == 2)
                s->close();
            else
                s->write(okResponse);
        });
        RequestSpec post = get(strict.url());
        post.method = QStringLiteral("POST");
        post.body.kind = RequestBody::Kind::Raw;
        post.body.raw = "x=1";
        QVERIFY(sendAndWait(engine, post).last().succeeded());
        const Exchange notRetried = sendAndWait(engine, post).last();
        QCOMPARE(notRetried.error.category, ErrorCategory::ConnectionReset);
        QCOMPARE(strict.connections(), 1);
    }

    void refusedConnection()
    {
        const quint16 port = pickFreePort();
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, get(QStringLiteral("http://127.0.0.1:%1/").arg(port))).last();
        QCOMPARE(e.error.category, ErrorCategory::ConnectionRefused);
        QVERIFY(e.error.message.contains(QString::number(port)));
    }

    void cancelWhileWaiting()
    {
        ScriptedServer server([](QTcpSocket *, int, int) {}); // never answers
        HttpEngine engine;
        const auto exchange = engine.send(get(server.url()));
        QSignalSpy spy(exchange.get(), &ExchangeHandle::finished);
        QTest::qWait(200);
        exchange->cancel();
        QVERIFY(spy.wait(5000));
        const auto chain = spy.first().at(0).value<ExchangeChain>();
        QCOMPARE(chain.last().error.category, ErrorCategory::Cancelled);
    }

    void poolLimitAndIdleTimeout()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            QTimer::singleShot(50, s, [s] { s->write(okResponse); }); // keep them overlapping
        });
        HttpEngine engine;
        engine.configurePool(2, 400);
        std::vector<std::unique_ptr<ExchangeHandle>> exchanges;
        QList<ExchangeChain> chains;
        for (int i = 0; i < 6; ++i) {
            exchanges.push_back(engine.send(get(server.url())));
            connect(exchanges.back().get(), &ExchangeHandle::finished, this,
                    [&chains](const ExchangeChain &chain) { chains.append(chain); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(chains.size(), 6, 10000);
        for (const ExchangeChain &chain : std::as_const(chains))
            QVERIFY(chain.last().succeeded());
        QCOMPARE(server.connections(), 2); // six requests, never more than two connections

        QTest::qWait(1600); // past the idle timeout and the pool's sweep
        const Exchange late = sendAndWait(engine, get(server.url())).last();
        QVERIFY(late.succeeded());
        QVERIFY(!late.connectionReused);
        QCOMPARE(server.connections(), 3);
    }

    void httpProxyGetsAbsoluteForm()
    {
        // The scripted server plays an HTTP proxy: the origin's name is never resolved here.
        ScriptedServer proxy([](QTcpSocket *s, int, int) { s->write(okResponse); });
        HttpEngine engine;
        RequestSpec spec = get(QStringLiteral("http://origin.invalid:8080/p?q=1"));
        spec.options.proxy = QStringLiteral("http://alice:secret@127.0.0.1:%1").arg(proxy.port());
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        const QByteArray head = proxy.requests().value(0);
        QVERIFY2(head.startsWith("GET http://origin.invalid:8080/p?q=1 HTTP/1.1\r\n"),
                 head.constData());
        QVERIFY(head.contains("Host: origin.invalid:8080\r\n"));
        QVERIFY(head.contains("Proxy-Authorization: Basic " +
                              QByteArray("alice:secret").toBase64() + "\r\n"));
        QCOMPARE(e.timings.dnsUs, qint64(-1));
    }

    void largeBodySpillsToFile()
    {
        const QByteArray body = QByteArray(6 * 1024 * 1024, 'z') + "end";
        const QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        ScriptedServer server([head, body](QTcpSocket *s, int, int) { s->write(head + body); });
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(server.url())).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QVERIFY(e.responseBody.isFile());
        QCOMPARE(e.responseBody.size, body.size());
        QFile file(e.responseBody.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), body);
        // The wire holds the head and the body exactly as they came, in its own file.
        QVERIFY(e.responseWire.isFile());
        QCOMPARE(e.responseWire.size, head.size() + body.size());
        QCOMPARE(QFileInfo(e.responseWire.filePath).size(), e.responseWire.size);
        QCOMPARE(e.responseWire.head(head.size()), head);
        QFile::remove(e.responseBody.filePath);
        QFile::remove(e.responseWire.filePath);
    }
};

QTEST_MAIN(TestHttpEngineMisbehaving)
#include "tst_httpengine_misbehaving.moc"
