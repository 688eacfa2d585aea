// Forward migrations: a workspace written by schema version 1 (built from the committed SQL
// script) is opened by the current code, migrated, and keeps and finds everything it held.

#include "core/store/collectionstore.h"
#include "core/store/cookiestore.h"
#include "core/store/database.h"
#include "core/store/environmentstore.h"
#include "core/store/historycodec.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"
#include "storetestdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;

namespace {

// Runs a SQL script (statements end with ";" at the end of a line) on a plain connection.
bool runScript(const QString &dbPath, const QString &scriptPath,
               const std::function<void(QSqlDatabase)> &extra = {})
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        return false;
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbPath);
        ok = db.open();
        QString statement;
        for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--")) || line.trimmed().isEmpty())
                continue;
            statement += line + QLatin1Char('\n');
            if (!line.trimmed().endsWith(QLatin1Char(';')))
                continue;
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                ok = false;
            }
            statement.clear();
        }
        if (extra)
            extra(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

QString fixture()
{
    return QStringLiteral(WB_STORE_FIXTURES "/schema_v1.sql");
}

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void migratesVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(Database::fileName());
        const http::ExchangeChain chain = test::sampleExchange(33);
        // A row as version 1 wrote it: encoded detail and an inline, uncompressed body.
        QVERIFY(runScript(path, fixture(), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("INSERT INTO history (id, kind, created_at, method, url, host, "
                               "status, detail) VALUES (3, 0, 1700000002000, 'GET', ?, "
                               "'host0.test', 200, ?)"));
            q.addBindValue(chain.last().url);
            q.addBindValue(qCompress(HistoryCodec::encodeChain(chain)));
            QVERIFY(q.exec());
            q.prepare(QStringLiteral("INSERT INTO payloads (entry_id, slot, size, compressed, "
                                     "data) VALUES (3, 2, ?, 0, ?)"));
            q.addBindValue(chain.last().responseBody.size);
            q.addBindValue(chain.last().responseBody.bytes);
            QVERIFY(q.exec());
        }));

        auto opened = Database::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Database &db = *opened.value();
        QVERIFY(db.notice().isEmpty()); // an old workspace is not a damaged one
        QCOMPARE(
            SqlUtil::scalar(db.connection(), QStringLiteral("PRAGMA user_version")).value().toInt(),
            Schema::currentVersion);
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));

        // Old rows are searchable: by their columns, and by the body of the decodable one.
        HistoryReader reader(db);
        QCOMPARE(reader.totals().value().first, 3);
        // Their response sizes were not recorded before version 4: not known, not made up.
        const auto rows = reader.search({}).value().entries;
        for (const auto &row : rows)
            QCOMPARE(row.responseBytes, -1);
        QCOMPARE(reader.search({.text = QStringLiteral("legacy")}).value().entries.size(), 2);
        QCOMPARE(reader.search({.statusClass = 4}).value().entries.size(), 1);
        auto body = reader.search({.text = QStringLiteral("marker33")});
        QCOMPARE(body.value().entries.size(), 1);
        QCOMPARE(body.value().entries.first().id, 3);
        auto entry = reader.entry(3);
        QVERIFY2(entry.ok(), qPrintable(entry.error().toString()));
        QCOMPARE(entry.value().chain.last().responseBody.bytes, chain.last().responseBody.bytes);

        // Collections, environments and cookies came along; new columns have their defaults.
        auto collection =
            CollectionStore(db).load(QUuid(QStringLiteral("7d1d6b9a-1c1e-4c59-9a43-2f6c3e3b8f10")));
        QVERIFY(collection.ok());
        QCOMPARE(collection.value().name, QStringLiteral("Legacy API"));
        QCOMPARE(collection.value().description, QStringLiteral("kept"));
        QCOMPARE(collection.value().items.size(), 1);
        QCOMPARE(collection.value().items.first().request.url,
                 QStringLiteral("http://legacy.test/items/1"));
        auto environments = EnvironmentStore(db).environments();
        QCOMPARE(environments.value().size(), 1);
        QVERIFY(environments.value().first().variables.first().secret);
        QVERIFY(EnvironmentStore(db).globals().ok());
        auto cookies = CookieStore(db).load();
        QCOMPARE(cookies.value().size(), 1);
        QCOMPARE(cookies.value().first().sameSite, QString());
        QVERIFY(cookies.value().first().httpOnly);

        // And the migrated database takes new entries.
        HistoryWriter writer(db, {});
        QVERIFY(writer.appendExchange(test::sampleExchange(40)).ok());
        QCOMPARE(reader.totals().value().first, 4);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        QVERIFY(runScript(dir.filePath(Database::fileName()), fixture()));
        QVERIFY(Database::open(dir.path()).ok());
        auto again = Database::open(dir.path());
        QVERIFY(again.ok());
        QCOMPARE(HistoryReader(*again.value()).totals().value().first, 2);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        {
            auto db = Database::open(dir.path());
            QVERIFY(db.ok());
            QVERIFY(
                SqlUtil::exec(db.value()->connection(), QStringLiteral("PRAGMA user_version = 99"))
                    .ok());
        }
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("newer Wirebench")));
        QVERIFY(QFile::exists(dir.filePath(Database::fileName()))); // left alone
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
