// wirebench-cli import and export through a real workspace database: a corpus collection comes
// back as the same JSON, curl and environments import, a broken file changes nothing, and a
// collection or environment that is already there is replaced or copied only when asked.

#include "core/store/collectionstore.h"
#include "core/store/database.h"
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

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_workspace.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The names of the stored collections that start with "Shop" (other tests share the
    // workspace), in display order.
    QStringList storedCollections()
    {
        auto db = wb::store::Database::open(m_workspace.path());
        if (!db)
            return {QStringLiteral("error: ") + db.error().message};
        QStringList names;
        const auto list = wb::store::CollectionStore(*db.value()).list();
        for (const auto &entry : list.value()) {
            if (entry.name.startsWith(QLatin1String("Shop")))
                names << entry.name;
        }
        return names;
    }

    static QByteArray shopExport(const char *collectionId, const char *name)
    {
        return QByteArray("{\"info\": {\"name\": \"") + name + "\", \"_postman_id\": \"" +
               collectionId +
               "\",\n"
               "  \"schema\": "
               "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n"
               " \"item\": [{\"name\": \"Orders\", \"id\": "
               "\"0a1c2a43-0000-4000-8000-0000000000f1\", \"item\": [\n"
               "   {\"name\": \"List\", \"id\": \"0a1c2a43-0000-4000-8000-0000000000a1\",\n"
               "    \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1/orders\"}}]}]}";
    }

private slots:
    void collectionRoundTripsThroughTheWorkspace()
    {
        WB_CHECK_FIXTURE(wb::test::requireCorpus(QStringLiteral("postman-v2.1/examples")));
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

    // The same export imported twice: refused (exit 2) until --replace or --as-copy says what to
    // do; a fork of it (its own collection id, the same item ids) imports beside it.
    void existingCollectionNeedsAChoice()
    {
        const QString shop = writeFile(QStringLiteral("shop.json"),
                                       shopExport("0a1c2a43-0000-4000-8000-000000000001", "Shop"));
        QByteArray out;
        QCOMPARE(cli({"import", shop}, &out), 0);
        QVERIFY2(out.contains("Imported collection “Shop” with 1 request"), out.constData());

        QCOMPARE(cli({"import", shop}, &out), 2);
        QVERIFY2(out.contains("The workspace already holds the collection “Shop” "
                              "(0a1c2a43-0000-4000-8000-000000000001)"),
                 out.constData());
        QVERIFY(out.contains("--replace") && out.contains("--as-copy"));
        QCOMPARE(storedCollections(), QStringList{QStringLiteral("Shop")});

        QCOMPARE(cli({"import", shop, "--replace", "--as-copy"}, &out), 2);
        QVERIFY2(out.contains("not both"), out.constData());

        QCOMPARE(cli({"import", shop, "--as-copy"}, &out), 0);
        QVERIFY2(out.contains("as a copy"), out.constData());
        QCOMPARE(storedCollections(),
                 (QStringList{QStringLiteral("Shop"), QStringLiteral("Shop")}));

        QCOMPARE(cli({"import", shop, "--replace"}, &out), 0);
        QVERIFY2(out.contains("Replaced collection “Shop”"), out.constData());
        QCOMPARE(storedCollections().size(), 2);

        const QString fork =
            writeFile(QStringLiteral("fork.json"),
                      shopExport("0a1c2a43-0000-4000-8000-000000000002", "Shop fork"));
        QCOMPARE(cli({"import", fork}, &out), 0);
        QVERIFY2(out.contains("Imported collection “Shop fork”"), out.constData());
        QVERIFY(!out.contains("full"));
        QCOMPARE(storedCollections(), (QStringList{QStringLiteral("Shop"), QStringLiteral("Shop"),
                                                   QStringLiteral("Shop fork")}));
    }

    void existingEnvironmentNeedsAChoice()
    {
        const QString environment =
            wb::test::sourceDir() + "/tests/fuzz/corpus/postman/environment.json";
        QByteArray out;
        QCOMPARE(cli({"import", environment, "--replace"}, &out), 0); // there or not
        QCOMPARE(cli({"import", environment}, &out), 2);
        QVERIFY2(out.contains("The workspace already holds the environment “Local”"),
                 out.constData());
        QCOMPARE(cli({"import", environment, "--as-copy"}, &out), 0);
        QCOMPARE(cli({"import", environment, "--replace"}, &out), 0);
        QVERIFY2(out.contains("Replaced environment “Local”"), out.constData());
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
