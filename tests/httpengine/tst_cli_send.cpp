// wirebench-cli send and load as a user runs them, against httpbin and scripted servers: output,
// -v wire lines, --output-format json, -o, and the documented exit codes.

#include "tests/httpengine/scriptedserver.h"
#include "tests/support/cliprocess.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::test;

class TestCliSend : public QObject
{
    Q_OBJECT

private:
    HttpbinServer m_httpbin;

private slots:
    void initTestCase() { WB_START_FIXTURE(m_httpbin); }

    void bodyHeadersAndVerbose()
    {
        const CliRun r = runCli({QStringLiteral("send"), QStringLiteral("-v"), QStringLiteral("-i"),
                                 QStringLiteral("-H"), QStringLiteral("X-Custom-Case: yes"),
                                 m_httpbin.baseUrl() + QStringLiteral("/headers")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\r\n"), r.out.constData());
        const qsizetype body = r.out.indexOf("\r\n\r\n") + 4;
        const QJsonObject echoed = QJsonDocument::fromJson(r.out.mid(body)).object();
        QCOMPARE(echoed.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("X-Custom-Case")),
                 QJsonValue(QStringLiteral("yes")));
        QVERIFY(r.err.contains("> GET /headers HTTP/1.1"));
        QVERIFY(r.err.contains("> X-Custom-Case: yes"));
        QVERIFY(r.err.contains("< HTTP/1.1 200 OK"));
        QVERIFY(r.err.contains("* timings: "));
    }

    void postDataJsonOutputAndFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("body.json"));
        const CliRun r =
            runCli({QStringLiteral("send"), QStringLiteral("-d"), QStringLiteral("a=1"),
                    QStringLiteral("-d"), QStringLiteral("b=2"), QStringLiteral("-o"), out,
                    m_httpbin.baseUrl() + QStringLiteral("/post")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject echoed = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(echoed.value(QStringLiteral("form")).toObject().value(QStringLiteral("b")),
                 QJsonValue(QStringLiteral("2")));

        const CliRun j = runCli({QStringLiteral("send"), QStringLiteral("--output-format"),
                                 QStringLiteral("json"), QStringLiteral("-L"),
                                 m_httpbin.baseUrl() + QStringLiteral("/redirect/2")});
        QCOMPARE(j.code, 0);
        const QJsonArray hops =
            QJsonDocument::fromJson(j.out).object().value(QStringLiteral("hops")).toArray();
        QCOMPARE(hops.size(), 3);
        QCOMPARE(hops.last().toObject().value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(hops.first()
                    .toObject()
                    .value(QStringLiteral("requestHead"))
                    .toString()
                    .startsWith(QStringLiteral("GET /redirect/2 HTTP/1.1")));
    }

    void exitCodes()
    {
        QCOMPARE(runCli({QStringLiteral("send")}).code, 2); // no URL
        QCOMPARE(runCli({QStringLiteral("send"), QStringLiteral("-f"),
                         m_httpbin.baseUrl() + QStringLiteral("/status/404")})
                     .code,
                 1);
        const CliRun refused = runCli(
            {QStringLiteral("send"), QStringLiteral("http://127.0.0.1:%1/").arg(pickFreePort())});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains("refused"));
        QCOMPARE(runCli({QStringLiteral("send"), QStringLiteral("--max-time"),
                         QStringLiteral("0.5"), m_httpbin.baseUrl() + QStringLiteral("/delay/5")})
                     .code,
                 4);
        ScriptedServer broken([](QTcpSocket *s, int, int) { s->write("HTTP/1.1 2x0 No\r\n\r\n"); });
        QCOMPARE(runCli({QStringLiteral("send"), broken.url()}).code, 3);
        QCOMPARE(runCli({QStringLiteral("send"), QStringLiteral("-o"),
                         QStringLiteral("/nonexistent-dir/x"), m_httpbin.baseUrl()})
                     .code,
                 6);
    }

    void loadPrintsRateLatencyAndStatuses()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        const CliRun r = runCli({QStringLiteral("load"), server.url(), QStringLiteral("-n"),
                                 QStringLiteral("40"), QStringLiteral("-c"), QStringLiteral("4"),
                                 QStringLiteral("--output-format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("requests")).toInt(), 40);
        QCOMPARE(json.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("200")),
                 QJsonValue(40));
        QVERIFY(json.value(QStringLiteral("requestsPerSecond")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("p99Ms")).toDouble() >=
                json.value(QStringLiteral("p50Ms")).toDouble());
        // four keep-alive connections, each opened once
        QCOMPARE(server.connections(), 4);
        QCOMPARE(json.value(QStringLiteral("reusedConnections")).toInt(), 36);
    }
};

QTEST_MAIN(TestCliSend)
#include "tst_cli_send.moc"
