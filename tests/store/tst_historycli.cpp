// wirebench-cli history list|search|show|export --har FILE|clear, run as a user runs it.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QString &workspace, const QStringList &arguments)
{
    return run(QStringLiteral(WB_CLI_PATH),
               QStringList{QStringLiteral("--workspace"), workspace, QStringLiteral("history")} +
                   arguments);
}

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // 60 sample exchanges: every 7th is a 404, every 5th a POST, hosts host0..host2.test.
        const Run w = run(QStringLiteral(WB_STORE_WRITER), {m_dir.path(), QStringLiteral("60")});
        QCOMPARE(w.code, 0);
    }

    void list()
    {
        const Run r = cli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--limit"),
                                         QStringLiteral("10")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 10);
        QVERIFY(lines.first().trimmed().startsWith(QStringLiteral("60 ")));
        QVERIFY(lines.first().contains(QStringLiteral("http://host0.test:8080/api/items/60")));
        QVERIFY(r.err.contains(QStringLiteral("--before 51")));
        const Run next = cli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--limit"),
                                            QStringLiteral("10"), QStringLiteral("--before"),
                                            QStringLiteral("51")});
        QVERIFY(next.out.trimmed().startsWith(QStringLiteral("50 ")));
        const Run filtered = cli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--status"),
                                                QStringLiteral("4xx"), QStringLiteral("--method"),
                                                QStringLiteral("GET")});
        QCOMPARE(filtered.out.trimmed().split(QLatin1Char('\n')).size(), 7); // 7..56 except 35
        const Run bad = cli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--status"),
                                           QStringLiteral("9xx")});
        QCOMPARE(bad.code, 2);
    }

    void search()
    {
        const Run r = cli(m_dir.path(), {QStringLiteral("search"), QStringLiteral("marker42")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);
        QVERIFY(r.out.contains(QStringLiteral("/api/items/42")));
        const Run none = cli(m_dir.path(), {QStringLiteral("search"), QStringLiteral("nothing")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.trimmed().isEmpty());
    }

    void show()
    {
        const Run r = cli(m_dir.path(),
                          {QStringLiteral("show"), QStringLiteral("14"), QStringLiteral("--body")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("GET /api/items/14 HTTP/1.1")));
        QVERIFY(r.out.contains(QStringLiteral("HTTP/1.1 404 Not Found")));
        QVERIFY(r.out.contains(QStringLiteral("{\"id\":14,\"word\":\"marker14\"}")));
        const Run missing = cli(m_dir.path(), {QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no history entry 999")));
    }

    void exportHar()
    {
        const QString file = m_dir.filePath(QStringLiteral("out.har"));
        const Run r = cli(m_dir.path(), {QStringLiteral("export"), QStringLiteral("--har"), file,
                                         QStringLiteral("--host"), QStringLiteral("host1.test")});
        QCOMPARE(r.code, 0);
        QFile har(file);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QJsonObject log =
            QJsonDocument::fromJson(har.readAll()).object()[QStringLiteral("log")].toObject();
        QCOMPARE(log[QStringLiteral("version")].toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 20);
        // Oldest first: entry 1 is host1.test.
        QCOMPARE(entries.first()[QStringLiteral("request")][QStringLiteral("url")].toString(),
                 QStringLiteral("http://host1.test:8080/api/items/1"));
        const Run byId = cli(m_dir.path(), {QStringLiteral("export"), QStringLiteral("--har"), file,
                                            QStringLiteral("3"), QStringLiteral("5")});
        QCOMPARE(byId.code, 0);
        // The file was written anew (a new inode): read it from the start again.
        har.close();
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QJsonArray chosen =
            QJsonDocument::fromJson(har.readAll())[QStringLiteral("log")][QStringLiteral("entries")]
                .toArray();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0)[QStringLiteral("request")][QStringLiteral("url")].toString(),
                 QStringLiteral("http://host0.test:8080/api/items/3"));
        QCOMPARE(chosen.at(1)[QStringLiteral("request")][QStringLiteral("url")].toString(),
                 QStringLiteral("http://host2.test:8080/api/items/5"));
    }

    void damagedWorkspaceIsReported()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("workspace.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'z'));
        file.close();
        const Run r = cli(dir.path(), {QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("was kept as")), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("workspace.db.damaged-*")}).size(), 1);
    }

    void clear()
    {
        const Run r = cli(m_dir.path(), {QStringLiteral("clear")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("60")));
        const Run list = cli(m_dir.path(), {QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.trimmed().isEmpty());
    }

    void usage()
    {
        QCOMPARE(cli(m_dir.path(), {}).code, 2);
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("export")}).code, 2); // --har missing
        QCOMPARE(cli(m_dir.path(), {QStringLiteral("--help")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
