// A damaged or foreign file at the workspace path is reported and kept as a backup, never
// overwritten; a second process on the same workspace works, or is told the workspace is in use.

#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/sqlutil.h"
#include "storetestdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;

namespace {

QStringList backups(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("workspace.db.damaged-*")}, QDir::Files);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoreRecovery : public QObject
{
    Q_OBJECT

private:
    void expectMovedAside(const QString &folder, const QByteArray &original)
    {
        auto db = Database::open(folder);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        const QString notice = db.value()->notice();
        QVERIFY2(notice.contains(QStringLiteral("was kept as")), qPrintable(notice));
        const QStringList kept = backups(folder);
        QCOMPARE(kept.size(), 1);
        QVERIFY(notice.contains(kept.first()));
        QCOMPARE(readAll(QDir(folder).filePath(kept.first())), original); // byte for byte
        // The new workspace works.
        QVERIFY(HistoryWriter(*db.value(), {}).appendExchange(test::sampleExchange(1)).ok());
        QCOMPARE(db.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

private slots:
    void garbageFileIsMovedAside()
    {
        QTemporaryDir dir;
        QByteArray garbage("this is not a database at all\n");
        garbage = garbage.repeated(200);
        QFile file(dir.filePath(Database::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        expectMovedAside(dir.path(), garbage);
    }

    void damagedDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        {
            auto db = Database::open(dir.path());
            QVERIFY(db.ok());
            HistoryWriter writer(*db.value(), {});
            for (int i = 1; i <= 20; ++i)
                QVERIFY(writer.appendExchange(test::sampleExchange(i)).ok());
            QVERIFY(SqlUtil::exec(db.value()->connection(),
                                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
                        .ok());
        }
        // Keep the SQLite header but overwrite the schema page.
        QFile file(dir.filePath(Database::fileName()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(4000, '\xA5'));
        file.close();
        const QByteArray damaged = readAll(file.fileName());
        expectMovedAside(dir.path(), damaged);
    }

    void foreignSqliteDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(dir.filePath(Database::fileName()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray original = readAll(dir.filePath(Database::fileName()));
        expectMovedAside(dir.path(), original);
    }

    void lockedWorkspaceSaysInUse()
    {
        QTemporaryDir dir;
        auto first = Database::open(dir.path());
        QVERIFY(first.ok());
        QVERIFY(SqlUtil::exec(first.value()->connection(), QStringLiteral("BEGIN EXCLUSIVE")).ok());
        auto second = Database::open(dir.path(), Database::Role::Primary, 200);
        QVERIFY2(second.ok(), qPrintable(second.error().toString())); // reading still works (WAL)
        auto appended = HistoryWriter(*second.value(), {}).appendExchange(test::sampleExchange(1));
        QVERIFY(!appended.ok());
        QVERIFY2(appended.error().message.contains(QStringLiteral("in use")),
                 qPrintable(appended.error().message));
        QVERIFY(SqlUtil::exec(first.value()->connection(), QStringLiteral("ROLLBACK")).ok());
        QVERIFY(HistoryWriter(*second.value(), {}).appendExchange(test::sampleExchange(1)).ok());
    }

    void twoProcessesShareAWorkspace()
    {
        QTemporaryDir dir; // both processes create the workspace at once
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(WB_STORE_WRITER), {dir.path(), QStringLiteral("1500")});
        b.start(QStringLiteral(WB_STORE_WRITER), {dir.path(), QStringLiteral("1500")});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        QCOMPARE(HistoryReader(*db.value()).totals().value().first, 3000);
        QCOMPARE(SqlUtil::scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM "
                                                                          "history_fts"))
                     .value()
                     .toInt(),
                 3000);
        QCOMPARE(db.value()->integrityCheck().value(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
