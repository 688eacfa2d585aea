// Postman collection import and export against the public corpus of the collection schema.
//
// Round-trip normalisation (what "equal to the input" means): both documents are compared as
// parsed JSON, so object key order and whitespace do not count. Before comparing, the input is
// brought to v2.1 the way Postman's own converter does: info.schema becomes the v2.1 URL when it
// named v2.0, and v2.0 auth parameters ({"basic": {"username": ...}}) become v2.1 attribute
// lists ([{"key", "value", "type"}]). Nothing else is normalised: every other key and value,
// including defaults Postman omits or writes, must come back exactly as it was read.

#include "core/interchange/postmanauth.h"
#include "core/interchange/postmancollectionreader.h"
#include "core/interchange/postmancollectionwriter.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::interchange;
using namespace wb::workspace;

namespace {

QString examplesDir()
{
    return wb::test::corpusDir() + QStringLiteral("/postman-v2.1/examples");
}

QString schemaFile()
{
    return wb::test::corpusDir() + QStringLiteral("/postman-v2.1/schema/collection.json");
}

// A collection document of schema version 2.0 or 2.1 around an "item" list.
QByteArray collectionDoc(const QByteArray &items, const char *version = "2.1")
{
    return QByteArray("{\"info\": {\"name\": \"x\", \"schema\": "
                      "\"https://schema.getpostman.com/json/collection/v") +
           version + ".0/collection.json\"}, \"item\": " + items + "}";
}

QJsonValue upgradeAuths(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(upgradeAuths(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("auth") && it.value().isObject())
            out.insert(it.key(), PostmanAuth::upgradeV20(it.value().toObject()));
        else
            out.insert(it.key(), upgradeAuths(it.value()));
    }
    return out;
}

QJsonObject normalised(QJsonObject doc)
{
    QJsonObject info = doc.value(QStringLiteral("info")).toObject();
    if (PostmanCollectionReader::schemaVersion(info.value(QStringLiteral("schema")).toString()) ==
        20) {
        info.insert(QStringLiteral("schema"), PostmanCollectionWriter::schemaUrl());
        doc.insert(QStringLiteral("info"), info);
        doc = upgradeAuths(doc).toObject();
    }
    return doc;
}

// Runs the draft-07 validator on `files`; returns its output, or a null string when it is absent.
QString validate(const QStringList &files, int *exitCode)
{
    QByteArray output;
    *exitCode = wb::test::runProgram(
        QStringLiteral("/usr/bin/python3"),
        QStringList{wb::test::sourceDir() + QStringLiteral("/tests/interchange/validate_schema.py"),
                    schemaFile()} +
            files,
        &output);
    return QString::fromUtf8(output);
}

} // namespace

class TestPostmanCollection : public QObject
{
    Q_OBJECT

private:
    // The schema validator (python3-jsonschema), for WB_CHECK_FIXTURE.
    static std::optional<wb::test::FixtureError> validator()
    {
        if (auto missing = wb::test::requireCorpus(QStringLiteral("postman-v2.1/schema")))
            return missing;
        int code = 0;
        validate({}, &code);
        return wb::test::require(code != 3 && code != -1,
                                 QStringLiteral("python3-jsonschema is missing "
                                                "(tools/install-deps.sh test installs it)"));
    }

    static std::optional<wb::test::FixtureError> examples()
    {
        return wb::test::requireCorpus(QStringLiteral("postman-v2.1/examples"));
    }

private slots:
    void corpusRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        // Without the corpus one row remains, for the test function to skip or fail (a failure
        // in a data function would end the whole run).
        if (examples()) {
            QTest::newRow("corpus") << QString();
            return;
        }
        const QStringList files =
            QDir(examplesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, qPrintable(examplesDir()));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QDir(examplesDir()).filePath(f);
    }

    void corpusRoundTrips()
    {
        WB_CHECK_FIXTURE(examples());
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QJsonObject input = QJsonDocument::fromJson(bytes).object();
        const bool isCollection = input.value(QStringLiteral("info")).isObject();
        const auto collection = PostmanCollectionReader::read(bytes);
        if (!isCollection) {
            QVERIFY(!collection.ok());
            QVERIFY(collection.error().message.contains(QStringLiteral("Postman")));
            return;
        }
        QVERIFY2(collection.ok(), qPrintable(collection.error().message));
        const QJsonObject output = PostmanCollectionWriter::write(collection.value(), true);
        const QJsonObject expected = normalised(input);
        if (output != expected) {
            const QByteArray a = QJsonDocument(expected).toJson();
            const QByteArray b = QJsonDocument(output).toJson();
            qsizetype i = 0;
            while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
                ++i;
            qWarning().noquote() << "expected:" << a.mid(qMax(0, int(i) - 200), 400);
            qWarning().noquote() << "exported:" << b.mid(qMax(0, int(i) - 200), 400);
        }
        QVERIFY(output == expected);
        // Importing the export again gives the same model.
        const auto again = PostmanCollectionReader::read(output);
        QVERIFY(again.ok());
        QCOMPARE(again->requestCount(), collection->requestCount());
        QCOMPARE(PostmanCollectionWriter::write(again.value(), true), output);
    }

    void corpusExportsValidate()
    {
        WB_CHECK_FIXTURE(examples());
        WB_CHECK_FIXTURE(validator());
        QTemporaryDir dir;
        QStringList files;
        const QStringList names =
            QDir(examplesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile in(QDir(examplesDir()).filePath(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const auto c = PostmanCollectionReader::read(in.readAll());
            if (!c.ok())
                continue;
            QFile out(dir.filePath(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(PostmanCollectionWriter::toJson(c.value()));
            files << out.fileName();
        }
        int code = 0;
        const QString report = validate(files, &code);
        QVERIFY2(code == 0, qPrintable(report));
    }

    void editedAndNewCollectionsExportValidly()
    {
        WB_CHECK_FIXTURE(examples());
        WB_CHECK_FIXTURE(validator());
        QFile in(QDir(examplesDir()).filePath(QStringLiteral("nestedEntities.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto imported = PostmanCollectionReader::read(in.readAll());
        QVERIFY(imported.ok());
        Collection c = imported.value();
        QVERIFY(!c.items.isEmpty());
        // Edit every kind of field on the first request found.
        CollectionItem *request = nullptr;
        std::function<void(QList<CollectionItem> &)> findRequest = [&](QList<CollectionItem> &l) {
            for (auto &i : l) {
                if (!request && !i.isFolder())
                    request = &i;
                findRequest(i.children);
            }
        };
        findRequest(c.items);
        QVERIFY(request);
        request->name = QStringLiteral("Renamed");
        request->request.method = QStringLiteral("PATCH");
        request->request.url = QStringLiteral("https://{{host}}:8443/a/b?x=1&y#frag");
        request->request.headers = {{"X-One", "1"}, {"X-Off", "0", false}};
        request->request.body.kind = wb::http::RequestBody::Kind::Multipart;
        request->request.body.fields = {{"text", "v"}, {"upload", "/tmp/a.bin", true}};
        request->inheritAuth = false;
        request->request.auth = {};
        request->request.auth.kind = wb::http::AuthSpec::Kind::ApiKey;
        request->request.auth.keyName = QStringLiteral("X-Key");
        request->request.auth.keyValue = QStringLiteral("k");
        request->description = QStringLiteral("Edited");
        CollectionItem folder;
        folder.kind = CollectionItem::Kind::Folder;
        folder.name = QStringLiteral("New folder");
        folder.inheritAuth = false;
        folder.auth.kind = wb::http::AuthSpec::Kind::Bearer;
        folder.auth.token = QStringLiteral("t");
        folder.headers = {{"X-Folder", "1"}};
        folder.variables = {{"inner", "v"}};
        CollectionItem fresh;
        fresh.name = QStringLiteral("Fresh");
        fresh.request.url = QStringLiteral("http://127.0.0.1/post");
        fresh.request.method = QStringLiteral("POST");
        fresh.request.body.kind = wb::http::RequestBody::Kind::Raw;
        fresh.request.body.raw = "{\"a\": 1}";
        fresh.request.body.contentType = QStringLiteral("application/json");
        folder.children = {fresh};
        c.items.append(folder);
        Variable secret{"apiKey", "hidden"};
        secret.secret = true;
        c.variables.append(secret);

        Collection blank;
        blank.name = QStringLiteral("Blank");
        blank.items = {fresh};

        QTemporaryDir dir;
        const QString edited = dir.filePath(QStringLiteral("edited.json"));
        const QString created = dir.filePath(QStringLiteral("created.json"));
        for (const auto &[path, coll] : {std::pair{edited, &c}, std::pair{created, &blank}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(PostmanCollectionWriter::toJson(*coll));
        }
        int code = 0;
        const QString report = validate({edited, created}, &code);
        QVERIFY2(code == 0, qPrintable(report));

        // The edits read back; scripts of the collection survive; the secret is left out.
        QFile back(edited);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray bytes = back.readAll();
        const auto again = PostmanCollectionReader::read(bytes);
        QVERIFY(again.ok());
        // Ids that are not UUIDs in the source ("id": "r1") are replaced on each import, so
        // the edited request is found by its new name.
        const CollectionItem *r = nullptr;
        std::function<void(const QList<CollectionItem> &)> byName =
            [&](const QList<CollectionItem> &l) {
                for (const auto &i : l) {
                    if (i.name == QLatin1String("Renamed"))
                        r = &i;
                    byName(i.children);
                }
            };
        byName(again->items);
        QVERIFY(r);
        QCOMPARE(r->name, QStringLiteral("Renamed"));
        QCOMPARE(r->request.method, request->request.method);
        QCOMPARE(r->request.url, request->request.url);
        QCOMPARE(r->request.headers, request->request.headers);
        QCOMPARE(r->request.body, request->request.body);
        QCOMPARE(r->request.auth, request->request.auth);
        QCOMPARE(r->description, QStringLiteral("Edited"));
        QCOMPARE(again->items.last().children.at(0).request.body, fresh.request.body);
        QCOMPARE(again->items.last().auth.token, QStringLiteral("t"));
        QCOMPARE(again->items.last().headers, folder.headers);
        QCOMPARE(again->items.last().variables, folder.variables);
        QVERIFY(bytes.contains("Collection level test script"));
        QVERIFY(!bytes.contains("hidden"));
        QVERIFY(PostmanCollectionWriter::toJson(c, true).contains("hidden"));
    }

    void notesWhatIsKeptButNotApplied()
    {
        WB_CHECK_FIXTURE(examples());
        QFile in(QDir(examplesDir()).filePath(QStringLiteral("nestedEntities.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const auto c = PostmanCollectionReader::read(in.readAll());
        QVERIFY(c.ok());
        const QStringList notes = PostmanCollectionReader::notes(c.value());
        QVERIFY2(!notes.isEmpty() && notes.first().contains(QStringLiteral("script")),
                 qPrintable(notes.join('\n')));
        QFile hawk(QDir(examplesDir()).filePath(QStringLiteral("hawkAuthTest.json")));
        QVERIFY(hawk.open(QIODevice::ReadOnly));
        const auto h = PostmanCollectionReader::read(hawk.readAll());
        QVERIFY(h.ok());
        QVERIFY2(PostmanCollectionReader::notes(h.value()).join('\n').contains(
                     QStringLiteral("hawk auth")),
                 qPrintable(PostmanCollectionReader::notes(h.value()).join('\n')));
    }

    void readsV20Auth()
    {
        const QByteArray doc = collectionDoc(R"([{"name": "r", "request": {"method": "GET",
              "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}}}}])",
                                             "2.0");
        const auto c = PostmanCollectionReader::read(doc);
        QVERIFY(c.ok());
        QCOMPARE(c->items.at(0).request.auth.kind, wb::http::AuthSpec::Kind::Basic);
        QCOMPARE(c->items.at(0).request.auth.password, QStringLiteral("p"));
        const QJsonObject out = PostmanCollectionWriter::write(c.value());
        const QJsonObject auth = out.value("item")[0]["request"]["auth"].toObject();
        QVERIFY(auth.value("basic").isArray());
        QCOMPARE(out.value("info")["schema"].toString(), PostmanCollectionWriter::schemaUrl());
    }

    void rejectsBrokenFilesWithWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << QByteArray("{\n  \"info\": {\n    \"name\": \"x\",,\n")
                                << QStringLiteral("line 3, column 17");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("at $");
        QTest::newRow("environment")
            << QByteArray(R"({"name": "e", "values": [{"key": "a", "value": "b"}]})")
            << QStringLiteral("environment");
        QTest::newRow("har") << QByteArray(R"({"log": {"entries": []}})") << QStringLiteral("HAR");
        QTest::newRow("v1") << QByteArray(R"({"id": "x", "requests": []})") << QStringLiteral("v1");
        QTest::newRow("schema") << QByteArray(
                                       R"({"info": {"name": "x", "schema": "x"}, "item": []})")
                                << QStringLiteral("$.info.schema");
        QTest::newRow("url")
            << collectionDoc(R"([{"name": "f", "item": [{"name": "r", "request": {"url": 5}}]}])")
            << QStringLiteral("$.item[0].item[0].request.url");
        QTest::newRow("item") << collectionDoc(R"([{"name": "f", "item": {}}])")
                              << QStringLiteral("$.item[0].item");
    }

    void rejectsBrokenFilesWithWhereAndWhy()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, where);
        const auto c = PostmanCollectionReader::read(doc);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(where), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(QStringLiteral("Nothing was changed")));
    }

    void deepNestingIsBounded()
    {
        QByteArray items = "[";
        for (int i = 0; i < 100; ++i)
            items += R"({"name": "f", "item": [)";
        for (int i = 0; i < 100; ++i)
            items += "]}";
        items += "]";
        const auto c = PostmanCollectionReader::read(collectionDoc(items));
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("nested too deeply")));
    }
};

QTEST_GUILESS_MAIN(TestPostmanCollection)
#include "tst_postmancollection.moc"
