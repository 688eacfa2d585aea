// wirebench-cli send --collection: a request of a Postman collection file, found by its path or
// name, sent to a real httpbin with collection, environment and --var values resolved in
// Postman's order and inherited auth and headers applied; what httpbin saw is checked.

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

class TestCliSendCollection : public QObject
{
    Q_OBJECT

private:
    HttpbinServer m_httpbin;
    QTemporaryDir m_dir;
    QString m_collection;
    QString m_environment;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    static QJsonObject json(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WB_START_FIXTURE(m_httpbin);
        // The collection points at a closed port; only the environment knows httpbin.
        m_collection = sourceDir() +
                       QStringLiteral("/tests/interchange/data/send/api.postman_collection.json");
        const QJsonArray values{
            QJsonObject{{"key", "host"}, {"value", m_httpbin.baseUrl()}, {"enabled", true}},
            QJsonObject{{"key", "user"}, {"value", "env-user"}, {"enabled", true}},
            QJsonObject{{"key", "plan"}, {"value", "disabled-plan"}, {"enabled", false}}};
        m_environment =
            write(QStringLiteral("local.postman_environment.json"),
                  QJsonDocument(QJsonObject{{"name", "Local"}, {"values", values}}).toJson());
        QVERIFY(!m_collection.isEmpty() && !m_environment.isEmpty());
    }

    void environmentOverridesCollectionVariables()
    {
        const CliRun run =
            runCli({"send", "--collection", m_collection, "--request", "Users/Create user", "--env",
                    m_environment, "--var", "plan=pro", "-H", "X-Extra: 1"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject seen = json(run.out);
        const QJsonObject headers = seen.value("headers").toObject();
        // Environment beats the collection, --var beats a disabled environment value.
        QCOMPARE(headers.value("X-User").toString(), QStringLiteral("env-user"));
        QCOMPARE(seen.value("json").toObject().value("name").toString(),
                 QStringLiteral("env-user"));
        QCOMPARE(seen.value("json").toObject().value("plan").toString(), QStringLiteral("pro"));
        // Auth inherited from the collection, its token a collection variable.
        QCOMPARE(headers.value("Authorization").toString(),
                 QStringLiteral("Bearer from-collection"));
        QCOMPARE(headers.value("X-Extra").toString(), QStringLiteral("1"));
        QCOMPARE(QUuid::fromString(headers.value("X-Id").toString()).isNull(), false);
        QCOMPARE(headers.value("Content-Type").toString(), QStringLiteral("application/json"));
        // The folder's variable built the path; the undefined one is reported and sent as is.
        QVERIFY(seen.value("url").toString().startsWith(m_httpbin.baseUrl() + "/post?"));
        QCOMPARE(seen.value("args").toObject().value("source").toString(),
                 QStringLiteral("{{source}}"));
        QVERIFY2(run.err.contains("{{source}}"), run.err.constData());
    }

    void requestFoundByPathOrUniqueName()
    {
        CliRun run = runCli({"send", "--collection", m_collection, "--request", "Users/Ping",
                             "--env", m_environment});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(json(run.out).value("args").toObject().value("from").toString(),
                 QStringLiteral("users"));
        run = runCli(
            {"send", "--collection", m_collection, "--request", "Ping", "--env", m_environment});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(json(run.out).value("args").toObject().value("from").toString(),
                 QStringLiteral("top")); // the path "Ping" names the top-level one exactly
        run = runCli({"send", "--collection", m_collection, "--request", "Create user", "--env",
                      m_environment, "--var", "source=cli", "--var", "plan=x"});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(json(run.out).value("args").toObject().value("source").toString(),
                 QStringLiteral("cli"));
    }

    void withoutEnvironmentTheCollectionValueIsUsed()
    {
        const CliRun run = runCli({"send", "--collection", m_collection, "--request", "Ping"});
        QCOMPARE(run.code, 3); // 127.0.0.1:1 refuses: the collection's host was used
    }

    void mistakesAreUsageErrors()
    {
        CliRun run = runCli({"send", "--collection", m_collection, "--request", "Nope"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("Users/Create user"), run.err.constData());
        run = runCli({"send", "--collection", m_collection});
        QCOMPARE(run.code, 2);
        run = runCli({"send", "--collection", m_collection, "--request", "Ping", "http://x/"});
        QCOMPARE(run.code, 2);
        run = runCli({"send", "--env", m_environment, "http://127.0.0.1:1/"});
        QCOMPARE(run.code, 2);
        run = runCli({"send", "--collection", m_dir.filePath("missing.json"), "--request", "Ping"});
        QCOMPARE(run.code, 6);
        const QString broken = write(QStringLiteral("broken.json"), "{\"info\": 1}");
        run = runCli({"send", "--collection", broken, "--request", "Ping"});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("info"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSendCollection)
#include "tst_clisendcollection.moc"
