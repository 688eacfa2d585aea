// wirebench-cli import and export through a real workspace database: a corpus collection comes
// back as the same JSON, curl and environments import, and a broken file changes nothing.

#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliInterchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_workspace;

    int cli(const QStringList &arguments, QByteArray *output = nullptr)
    {
        const QString program = wb::test::binaryDir() + QStringLiteral("/app/cli/wirebench-cli");
        return wb::test::runProgram(
            program, QStringList{"--workspace", m_workspace.path()} + arguments, output);
    }

private slots:
    void collectionRoundTripsThroughTheWorkspace()
    {
        const QString source =
            wb::test::corpusDir() + QStringLiteral("/postman-v2.1/examples/nestedEntities.json");
        QByteArray out;
        QCOMPARE(cli({"import", source}, &out), 0);
        QVERIFY2(out.contains("auth-v2.1"), out.constData());
        const QString exported = m_workspace.filePath("out.json");
        QCOMPARE(cli({"export", "--collection", "auth-v2.1", "--include-secrets", "-o", exported}),
                 0);
        QFile a(source), b(exported);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(b.readAll()).object(),
                 QJsonDocument::fromJson(a.readAll()).object());
    }

    void curlAndEnvironmentImport()
    {
        QByteArray out;
        QCOMPARE(cli({"import",
                      wb::test::sourceDir() + "/tests/interchange/data/curl/03-stripe-customers.sh",
                      "--name", "Stripe"},
                     &out),
                 0);
        QCOMPARE(cli({"export", "--collection", "Stripe", "--format", "curl"}, &out), 0);
        QVERIFY2(out.contains("https://api.stripe.com/v1/customers"), out.constData());
        QVERIFY(out.contains("-u sk_test_4eC39HqLyjWDarjtT1zdp7dc:"));
        QCOMPARE(
            cli({"import", wb::test::sourceDir() + "/tests/fuzz/corpus/postman/environment.json"},
                &out),
            0);
        QCOMPARE(cli({"export", "--environment", "Local"}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value("name").toString(),
                 QStringLiteral("Local"));
    }

    void brokenFileChangesNothing()
    {
        const QString broken = m_workspace.filePath("broken.json");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"info\": {\"name\": \"Broken\", \"schema\": "
                "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}, "
                "\"item\": [{\"name\": \"r\", \"request\": {\"url\": 7}}]}");
        f.close();
        QByteArray out;
        QCOMPARE(cli({"import", broken}, &out), 1);
        QVERIFY2(out.contains("$.item[0].request.url"), out.constData());
        QCOMPARE(cli({"export", "--collection", "Broken"}, &out), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliInterchange)
#include "tst_cliinterchange.moc"
