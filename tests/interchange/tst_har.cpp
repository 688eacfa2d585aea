#include "core/interchange/harreader.h"
#include "core/interchange/harwriter.h"

#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace wb::http;
using wb::interchange::HarReader;
using wb::interchange::HarWriter;

class TestHar : public QObject
{
    Q_OBJECT

private:
    static Exchange sampleExchange()
    {
        Exchange ex;
        ex.method = "POST";
        ex.url = QStringLiteral("http://127.0.0.1:8080/post?a=1&b=x%20y");
        ex.requestHead = "POST /post?a=1&b=x%20y HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                         "Content-Type: application/json\r\nCookie: s=1; t=2\r\n\r\n";
        ex.requestBody.bytes = "{\"k\":\"v\"}";
        ex.requestBody.size = ex.requestBody.bytes.size();
        ex.response.version = "HTTP/1.1";
        ex.response.status = 200;
        ex.response.reason = "OK";
        ex.response.headers = {{"Content-Type", "application/octet-stream"},
                               {"Set-Cookie", "id=7; Path=/; HttpOnly"}};
        ex.responseBody.bytes = QByteArray("\xff\x00\x01", 3);
        ex.responseBody.size = 3;
        ex.timings.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        ex.timings.dnsUs = -1;
        ex.timings.connectUs = 1000;
        ex.timings.sendUs = 500;
        ex.timings.waitUs = 2000;
        ex.timings.downloadUs = 250;
        ex.remoteAddress = QStringLiteral("127.0.0.1");
        return ex;
    }

private slots:
    void writesLogEnvelope()
    {
        const QJsonObject har = HarWriter::toHar({});
        const QJsonObject log = har.value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QStringLiteral("creator"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Wirebench"));
        QVERIFY(log.value(QStringLiteral("entries")).toArray().isEmpty());
    }

    void writesEveryHopOfAChain()
    {
        ExchangeChain chain;
        Exchange first = sampleExchange();
        first.response.status = 302;
        first.response.headers = {{"Location", "/final"}};
        chain.hops = {first, sampleExchange()};
        const QJsonArray entries = HarWriter::toHar({chain, chain})
                                       .value(QStringLiteral("log"))
                                       .toObject()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 4);
        const QJsonObject r0 =
            entries.at(0).toObject().value(QStringLiteral("response")).toObject();
        QCOMPARE(r0.value(QStringLiteral("status")).toInt(), 302);
        QCOMPARE(r0.value(QStringLiteral("redirectURL")).toString(), QStringLiteral("/final"));
    }

    void writesRequestAndResponse()
    {
        const QJsonObject e = HarWriter::entry(sampleExchange());
        QCOMPARE(e.value(QStringLiteral("startedDateTime")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.006Z"));
        QCOMPARE(e.value(QStringLiteral("time")).toDouble(), 3.75);
        QCOMPARE(e.value(QStringLiteral("serverIPAddress")).toString(),
                 QStringLiteral("127.0.0.1"));
        const QJsonObject req = e.value(QStringLiteral("request")).toObject();
        QCOMPARE(req.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(req.value(QStringLiteral("httpVersion")).toString(), QStringLiteral("HTTP/1.1"));
        const QJsonArray headers = req.value(QStringLiteral("headers")).toArray();
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Content-Type"));
        const QJsonArray query = req.value(QStringLiteral("queryString")).toArray();
        QCOMPARE(query.size(), 2);
        QCOMPARE(query.at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("x y"));
        QCOMPARE(req.value(QStringLiteral("cookies")).toArray().size(), 2);
        const QJsonObject post = req.value(QStringLiteral("postData")).toObject();
        QCOMPARE(post.value(QStringLiteral("mimeType")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(post.value(QStringLiteral("text")).toString(), QStringLiteral("{\"k\":\"v\"}"));

        const QJsonObject resp = e.value(QStringLiteral("response")).toObject();
        QCOMPARE(resp.value(QStringLiteral("statusText")).toString(), QStringLiteral("OK"));
        const QJsonObject cookie = resp.value(QStringLiteral("cookies")).toArray().at(0).toObject();
        QCOMPARE(cookie.value(QStringLiteral("name")).toString(), QStringLiteral("id"));
        QCOMPARE(cookie.value(QStringLiteral("path")).toString(), QStringLiteral("/"));
        QVERIFY(cookie.value(QStringLiteral("httpOnly")).toBool());
        const QJsonObject content = resp.value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(
            QByteArray::fromBase64(content.value(QStringLiteral("text")).toString().toLatin1()),
            QByteArray("\xff\x00\x01", 3));
        QCOMPARE(content.value(QStringLiteral("size")).toInt(), 3);
    }

    void readsBackWhatItWrote()
    {
        ExchangeChain chain;
        chain.hops = {sampleExchange()};
        const auto back = HarReader::read(HarWriter::toHar({chain}));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->size(), 1);
        const Exchange &ex = back->first();
        QCOMPARE(ex.spec.method, QStringLiteral("POST"));
        QCOMPARE(ex.spec.url, QStringLiteral("http://127.0.0.1:8080/post?a=1&b=x%20y"));
        QCOMPARE(ex.spec.headers.size(), 3);
        QCOMPARE(ex.spec.headers.at(2).value, QStringLiteral("s=1; t=2"));
        QCOMPARE(ex.spec.body.raw, QByteArray("{\"k\":\"v\"}"));
        QCOMPARE(ex.spec.body.contentType, QStringLiteral("application/json"));
        QCOMPARE(ex.response.status, 200);
        QCOMPARE(ex.response.headers, sampleExchange().response.headers);
        QCOMPARE(ex.responseBody.bytes, sampleExchange().responseBody.bytes);
        QCOMPARE(ex.timings.startedAt, sampleExchange().timings.startedAt);
        QCOMPARE(ex.timings.connectUs, 1000);
        QCOMPARE(ex.timings.waitUs, 2000);
    }

    void http2IsSpelledAsHarReadersExpect()
    {
        Exchange ex = sampleExchange();
        ex.httpVersion = "HTTP/2";
        ex.response.version = "HTTP/2";
        ex.requestHead = "POST /post?a=1&b=x%20y HTTP/2\r\n:authority: 127.0.0.1:8080\r\n\r\n";
        ex.tls.alpn = "h2";
        const QJsonObject e = HarWriter::entry(ex);
        QCOMPARE(e.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("httpVersion"))
                     .toString(),
                 QStringLiteral("HTTP/2.0"));
        QCOMPARE(e.value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("httpVersion"))
                     .toString(),
                 QStringLiteral("HTTP/2.0"));
        // An engine that records "h2" is written the same way.
        ex.httpVersion = "h2";
        ex.response.version = "h2";
        QCOMPARE(HarWriter::entry(ex)
                     .value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("httpVersion"))
                     .toString(),
                 QStringLiteral("HTTP/2.0"));

        ExchangeChain chain;
        chain.hops = {ex};
        const auto back = HarReader::read(HarWriter::toHar({chain}));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->first().httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(back->first().response.version, QByteArray("HTTP/2"));
    }

    void readsHttp2AsBrowsersSpellIt_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QByteArray>("version");
        QTest::newRow("HAR") << QStringLiteral("HTTP/2.0") << QByteArray("HTTP/2");
        QTest::newRow("Chrome") << QStringLiteral("h2") << QByteArray("HTTP/2");
        QTest::newRow("Firefox") << QStringLiteral("HTTP/2") << QByteArray("HTTP/2");
        QTest::newRow("lower case") << QStringLiteral("http/2.0") << QByteArray("HTTP/2");
        QTest::newRow("HTTP/1.1") << QStringLiteral("HTTP/1.1") << QByteArray("HTTP/1.1");
        QTest::newRow("h3 kept") << QStringLiteral("h3") << QByteArray("h3");
    }

    void readsHttp2AsBrowsersSpellIt()
    {
        QFETCH(QString, written);
        QFETCH(QByteArray, version);
        ExchangeChain chain;
        chain.hops = {sampleExchange()};
        QJsonObject har = HarWriter::toHar({chain});
        QJsonObject log = har.value(QStringLiteral("log")).toObject();
        QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        response.insert(QStringLiteral("httpVersion"), written);
        entry.insert(QStringLiteral("response"), response);
        entries.replace(0, entry);
        log.insert(QStringLiteral("entries"), entries);
        har.insert(QStringLiteral("log"), log);
        const auto back = HarReader::read(har);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->first().httpVersion, version);
    }

    void readsABrowserArchive()
    {
        // The shape Chrome and Firefox write: HTTP/2 pseudo-headers, form params, base64 content.
        QFile file(wb::test::sourceDir() + "/tests/interchange/data/har/browser.har");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray har = file.readAll();
        const auto back = HarReader::read(har);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        const Exchange &ex = back->first();
        QCOMPARE(ex.spec.headers.size(), 1);
        QCOMPARE(ex.spec.body.kind, RequestBody::Kind::UrlEncoded);
        QCOMPARE(ex.spec.body.fields.at(0).value, QStringLiteral("1"));
        QCOMPARE(ex.responseBody.bytes, QByteArray("ok"));
        QCOMPARE(ex.timings.dnsUs, -1);
        QCOMPARE(ex.timings.totalUs, 12500);
    }

    void absurdTimesAreUnknown()
    {
        // A time beyond what microseconds in 64 bits hold, or negative, is "not known" (-1).
        const QByteArray har = "{\"log\": {\"entries\": [{\"time\": 5.5e69, \"request\": "
                               "{\"method\": \"GET\", \"url\": \"http://x/\"}, \"timings\": "
                               "{\"dns\": -1, \"wait\": 1e300, \"receive\": 2.5}}]}}";
        const auto back = HarReader::read(har);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        const Exchange &ex = back->first();
        QCOMPARE(ex.timings.totalUs, -1);
        QCOMPARE(ex.timings.dnsUs, -1);
        QCOMPARE(ex.timings.waitUs, -1);
        QCOMPARE(ex.timings.downloadUs, 2500);
    }

    void rejectsBrokenArchives_data()
    {
        QTest::addColumn<QByteArray>("har");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << QByteArray("{\"log\": {\"entries\": [}") << "line 1, column 22";
        QTest::newRow("no log") << QByteArray("{\"info\": {}}") << "$.log";
        QTest::newRow("entries") << QByteArray("{\"log\": {\"entries\": 1}}") << "$.log.entries";
        QTest::newRow("request")
            << QByteArray("{\"log\": {\"entries\": [{\"request\": {\"url\": \"x\"}}]}}")
            << "$.log.entries[0].request";
        QTest::newRow("headers")
            << QByteArray(
                   "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"x\", "
                   "\"headers\": [{\"value\": 1}]}}]}}")
            << "$.log.entries[0].request.headers[0].name";
    }

    void rejectsBrokenArchives()
    {
        QFETCH(QByteArray, har);
        QFETCH(QString, where);
        const auto back = HarReader::read(har);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message.contains(where), qPrintable(back.error().message));
    }
};

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
