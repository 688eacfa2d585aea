// wirebench-cli send and load as a user runs them, against httpbin and scripted servers: output,
// -v wire lines, --output-format json, -o, the documented exit codes, and --history (with the
// history/recordCliSends setting) keeping the exchange where the window finds it.

#include "core/common/settings.h"
#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "tests/httpengine/scriptedserver.h"
#include "tests/support/cliprocess.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::test;

class TestCliSend : public QObject
{
    Q_OBJECT

private:
    HttpbinServer m_httpbin;

    // The history of a workspace as the window's reader sees it, newest first.
    static QList<wb::store::HistorySummary> history(const QString &workspace)
    {
        auto db = wb::store::Database::open(workspace);
        if (!db)
            return {};
        const auto page = wb::store::HistoryReader(*db.value()).search({});
        return page ? page->entries : QList<wb::store::HistorySummary>();
    }

private slots:
    void initTestCase() { WB_START_FIXTURE(m_httpbin); }

    // --history keeps the exchange in the workspace; the row shows the size of the response,
    // not what the workspace keeps of it (small bodies are compressed there).
    void historyKeepsTheExchange()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        const auto restore = qScopeGuard([] { qunsetenv("XDG_CONFIG_HOME"); });
        QTemporaryDir workspace;
        const QString url = m_httpbin.baseUrl() + QStringLiteral("/range/60000");
        CliRun r = runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("send"),
                           QStringLiteral("--history"), url});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.size(), 60000);
        QVERIFY2(r.err.contains("Kept in the history as entry 1"), r.err.constData());
        auto entries = history(workspace.path());
        QCOMPARE(entries.size(), 1);
        const wb::store::HistorySummary row = entries.first();
        QCOMPARE(row.url, url);
        QCOMPARE(row.status, 200);
        QCOMPARE(row.responseBytes, 60000);
        QVERIFY2(row.storedBytes < 60000, qPrintable(QString::number(row.storedBytes)));
        {
            auto db = wb::store::Database::open(workspace.path());
            QVERIFY(db.ok());
            const auto entry = wb::store::HistoryReader(*db.value()).entry(row.id);
            QVERIFY2(entry.ok(), qPrintable(entry.error().toString()));
            QCOMPARE(entry->chain.last().responseBody.bytes, r.out);
            QVERIFY(entry->chain.last().requestHead.startsWith("GET /range/60000 HTTP/1.1\r\n"));
        }

        // Without --history nothing is kept; -s keeps quiet about it.
        r = runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("send"), url});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(history(workspace.path()).size(), 1);

        // The setting makes it the default; --no-history still opts out.
        {
            wb::Settings settings(config.path() + QStringLiteral("/Wirebench/Wirebench.conf"));
            settings.setRecordCliSends(true);
        }
        r = runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("send"),
                    QStringLiteral("-s"), m_httpbin.baseUrl() + QStringLiteral("/status/404")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        entries = history(workspace.path());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().status, 404);
        QCOMPARE(entries.first().responseBytes, 0);
        r = runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("send"),
                    QStringLiteral("--no-history"), url});
        QCOMPARE(r.code, 0);
        QCOMPARE(history(workspace.path()).size(), 2);
    }

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
