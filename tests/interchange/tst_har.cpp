#include "core/interchange/harwriter.h"

#include <QJsonArray>
#include <QTest>

using namespace wb::http;
using wb::interchange::HarWriter;

class TestHarWriter : public QObject
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
};

QTEST_GUILESS_MAIN(TestHarWriter)
#include "tst_harwriter.moc"
