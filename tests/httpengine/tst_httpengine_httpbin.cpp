// The engine against httpbin under gunicorn: methods and bodies, status codes, redirects,
// cookies, Basic and Digest auth, delays, streamed and compressed responses.

#include "core/http/cookiejar.h"
#include "tests/httpengine/enginetestutil.h"
#include "tests/support/httpbinserver.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

class TestHttpEngineHttpbin : public QObject
{
    Q_OBJECT

private:
    HttpbinServer m_httpbin;
    bool m_started = false;

    QString url(const QString &path) const { return m_httpbin.baseUrl() + path; }
    static QJsonObject json(const Exchange &e)
    {
        return QJsonDocument::fromJson(e.responseBody.bytes).object();
    }

private slots:
    void initTestCase()
    {
        qputenv("no_proxy", "*");
        WB_START_FIXTURE(m_httpbin);
    }

    void methodsAndBodies_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("POST") << QStringLiteral("POST");
        QTest::newRow("PUT") << QStringLiteral("PUT");
        QTest::newRow("PATCH") << QStringLiteral("PATCH");
        QTest::newRow("DELETE") << QStringLiteral("DELETE");
    }

    void methodsAndBodies()
    {
        QFETCH(QString, method);
        HttpEngine engine;
        RequestSpec spec = get(url(QStringLiteral("/anything")));
        spec.method = method;
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = R"({"n":1})";
        spec.body.contentType = QStringLiteral("application/json");
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.response.status, 200);
        QCOMPARE(json(e).value(QStringLiteral("method")).toString(), method);
        QCOMPARE(json(e).value(QStringLiteral("data")).toString(), QStringLiteral(R"({"n":1})"));
        QCOMPARE(e.requestBody.bytes, QByteArray(R"({"n":1})"));
    }

    void statusCodes()
    {
        HttpEngine engine;
        for (int status : {204, 304, 418, 500}) {
            const Exchange e =
                sendAndWait(engine, get(url(QStringLiteral("/status/%1").arg(status)))).last();
            QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
            QCOMPARE(e.response.status, status);
        }
    }

    void redirectsFollowedOrNot()
    {
        HttpEngine engine;
        RequestSpec spec = get(url(QStringLiteral("/redirect/3")));
        const ExchangeChain followed = sendAndWait(engine, spec);
        QCOMPARE(followed.hops.size(), 4);
        QCOMPARE(followed.hops.first().response.status, 302);
        QCOMPARE(followed.last().response.status, 200);
        QVERIFY(followed.last().url.endsWith(QStringLiteral("/get")));

        spec.options.followRedirects = false;
        const ExchangeChain single = sendAndWait(engine, spec);
        QCOMPARE(single.hops.size(), 1);
        QCOMPARE(single.last().response.status, 302);

        spec.options.followRedirects = true;
        spec.options.maxRedirects = 2;
        const ExchangeChain limited = sendAndWait(engine, spec);
        QVERIFY(limited.last().error.isError());
    }

    void cookiesAreStoredAndSent()
    {
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, get(url(QStringLiteral("/cookies/set?flavour=oat")))).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(
            json(e).value(QStringLiteral("cookies")).toObject().value(QStringLiteral("flavour")),
            QJsonValue(QStringLiteral("oat")));
        QVERIFY(
            engine.cookieJar()->cookieHeaderFor(url(QStringLiteral("/"))).contains("flavour=oat"));
    }

    void basicAuth()
    {
        HttpEngine engine;
        RequestSpec spec = get(url(QStringLiteral("/basic-auth/user/pa55")));
        QCOMPARE(sendAndWait(engine, spec).last().response.status, 401);
        spec.auth.kind = AuthSpec::Kind::Basic;
        spec.auth.username = QStringLiteral("user");
        spec.auth.password = QStringLiteral("pa55");
        QCOMPARE(sendAndWait(engine, spec).last().response.status, 200);
        // userinfo in the URL becomes Basic auth too
        QString withUser = url(QStringLiteral("/basic-auth/user/pa55"));
        withUser.replace(QStringLiteral("http://"), QStringLiteral("http://user:pa55@"));
        QCOMPARE(sendAndWait(engine, get(withUser)).last().response.status, 200);
    }

    void digestAuth_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("MD5") << QStringLiteral("MD5");
        QTest::newRow("SHA-256") << QStringLiteral("SHA-256");
    }

    void digestAuth()
    {
        QFETCH(QString, algorithm);
        HttpEngine engine;
        RequestSpec spec = get(url(QStringLiteral("/digest-auth/auth/user/pa55/") + algorithm));
        spec.auth.kind = AuthSpec::Kind::Digest;
        spec.auth.username = QStringLiteral("user");
        spec.auth.password = QStringLiteral("pa55");
        const ExchangeChain chain = sendAndWait(engine, spec);
        QCOMPARE(chain.hops.size(), 2);
        QCOMPARE(chain.hops.first().response.status, 401);
        QVERIFY2(chain.last().response.status == 200, chain.last().requestHead.constData());
        QVERIFY(chain.last().requestHead.contains("Authorization: Digest "));
    }

    void delayHitsTotalTimeout()
    {
        HttpEngine engine;
        // httpbin's longest delay: the timeout ends the exchange long before the answer would
        // come, with room for a loaded machine (how fast it ends is a benchmark's business).
        RequestSpec spec = get(url(QStringLiteral("/delay/10")));
        spec.options.totalTimeoutMs = 800;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(sendAndWait(engine, spec).last().error.category, ErrorCategory::Timeout);
        QVERIFY2(clock.elapsed() < 9000, qPrintable(QString::number(clock.elapsed())));
    }

    void streamedChunkedResponse()
    {
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(url(QStringLiteral("/stream/5")))).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.response.header("Transfer-Encoding"), QByteArray("chunked"));
        QCOMPARE(e.responseBody.bytes.count('\n'), 5);
        QVERIFY(e.responseWire.size > e.responseBody.size); // chunk framing kept on the wire
    }

    void compressedResponses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("flag");
        QTest::newRow("gzip") << QStringLiteral("/gzip") << QStringLiteral("gzipped");
        QTest::newRow("deflate") << QStringLiteral("/deflate") << QStringLiteral("deflated");
        QTest::newRow("brotli") << QStringLiteral("/brotli") << QStringLiteral("brotli");
    }

    void compressedResponses()
    {
        QFETCH(QString, path);
        QFETCH(QString, flag);
        HttpEngine engine;
        const Exchange e = sendAndWait(engine, get(url(path))).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QVERIFY(!e.response.header("Content-Encoding").isEmpty());
        QVERIFY2(json(e).value(flag).toBool(), e.responseBody.bytes.left(200).constData());
        QVERIFY(!e.responseWire.bytes.contains(flag.toUtf8())); // the wire holds it encoded
    }

    void responseHeadersKeepOrderAndDuplicates()
    {
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, get(url(QStringLiteral("/response-headers?X-Dup=1&X-Dup=2"))))
                .last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.response.headerValues("x-dup"), (QList<QByteArray>{"1", "2"}));
    }
};

QTEST_MAIN(TestHttpEngineHttpbin)
#include "tst_httpengine_httpbin.moc"
