// The live socket transcript spool on a real SQLite file: many chunks appended, ranges paged
// back (cut to a display size), the whole session exported and archived, spools removed; the
// threaded API answering after the writer committed; and a workspace of the previous schema
// version migrated with its history kept.

#include "core/store/chunkspool.h"
#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"
#include "core/store/workspacestore.h"
#include "storetestdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;
using Direction = net::TranscriptChunk::Direction;

namespace {

SpooledChunk chunkNumber(quint64 serial)
{
    SpooledChunk c;
    c.serial = serial;
    if (serial % 100 == 7) {
        c.chunk = net::TranscriptChunk::event(QStringLiteral("event %1").arg(serial), {}, true);
    } else {
        QByteArray bytes = QByteArray::number(qulonglong(serial)) + ':';
        bytes += QByteArray(int(serial % 5000), char('a' + serial % 26));
        c.chunk = serial % 2 ? net::TranscriptChunk::incoming(bytes, QStringLiteral("10.0.0.1:9"))
                             : net::TranscriptChunk::outgoing(bytes);
    }
    c.size = c.chunk.bytes.size();
    return c;
}

QList<SpooledChunk> chunksFrom(quint64 first, int count)
{
    QList<SpooledChunk> out;
    for (int i = 0; i < count; ++i)
        out.append(chunkNumber(first + quint64(i)));
    return out;
}

} // namespace

class TestChunkSpool : public QObject
{
    Q_OBJECT

private slots:
    void appendPageExportArchive()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Database &db = *opened.value();
        ChunkSpool spool(db);
        constexpr int total = 25000;
        for (int first = 0; first < total; first += 1000)
            QVERIFY(spool.append(42, chunksFrom(quint64(first), 1000)).ok());
        QVERIFY(spool.append(43, chunksFrom(0, 10)).ok()); // another console's spool

        // Pages come back in order, whole or cut.
        auto page = spool.range(42, 12000, 500);
        QVERIFY(page.ok());
        QCOMPARE(page.value().size(), 500);
        for (int i = 0; i < 500; ++i) {
            const SpooledChunk expected = chunkNumber(quint64(12000 + i));
            QCOMPARE(page.value().at(i).serial, expected.serial);
            const net::TranscriptChunk &got = page.value().at(i).chunk;
            QCOMPARE(got.bytes, expected.chunk.bytes);
            QCOMPARE(got.direction, expected.chunk.direction);
            QCOMPARE(got.peer, expected.chunk.peer);
            QCOMPARE(got.isError, expected.chunk.isError);
            QCOMPARE(got.timestamp.timeSpec(), Qt::UTC);
            QCOMPARE(page.value().at(i).size, expected.size);
        }
        auto cut = spool.range(42, 4990, 20, 64);
        QCOMPARE(cut.value().size(), 20);
        QCOMPARE(cut.value().first().chunk.bytes.size(), 64);
        QCOMPARE(cut.value().first().size, chunkNumber(4990).size);
        QCOMPARE(spool.range(42, total - 5, 100).value().size(), 5);
        QVERIFY(spool.range(42, total, 100).value().isEmpty());

        // Export writes every chunk, however many.
        const QString path = dir.filePath(QStringLiteral("all.txt"));
        auto exported = spool.exportText(42, 0, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QCOMPARE(exported.value(), qint64(total));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QCOMPARE(lines.size(), total + 1); // the last line ends with a line feed
        QVERIFY(lines.first().contains(">> (2 bytes) 0:"));
        QVERIFY(lines.at(7).contains("!! event 7"));
        QVERIFY(lines.at(total - 1).contains(QByteArray::number(total - 1) + ':'));
        QVERIFY(!spool.exportText(42, 0, dir.filePath(QStringLiteral("no/such/x.txt"))).ok());

        // A cut chunk says what was kept.
        SpooledChunk big = chunkNumber(total);
        big.size = 1000000;
        QVERIFY(spool.append(42, {big}).ok());
        QVERIFY(spool.exportText(42, total, path).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("(1000000 bytes)"));
        file.close();

        // An archive is bounded, and says so.
        auto session = spool.session(42, 100, QStringLiteral("tcp"), QStringLiteral("h:1"),
                                     1024 * 1024, 100000);
        QVERIFY(session.ok());
        QVERIFY(session.value().bytesIn() + session.value().bytesOut() <= 1024 * 1024);
        QVERIFY(QString::fromUtf8(session.value().chunks.last().bytes)
                    .contains(QStringLiteral("History keeps")));
        QVERIFY(session.value().chunks.first().bytes.startsWith("100:"));

        // Removing one spool keeps the other.
        QVERIFY(spool.remove(42).ok());
        QVERIFY(spool.range(42, 0, 10).value().isEmpty());
        QCOMPARE(spool.range(43, 0, 100).value().size(), 10);
        QCOMPARE(spool.removeStale(3600 * 1000).value(), 0);
        QCOMPARE(spool.removeStale(-1000).value(), 1);
        QVERIFY(spool.range(43, 0, 100).value().isEmpty());
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    }

    void threadedAppendLoadExportArchive()
    {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        QSignalSpy opened(&store, &WorkspaceStore::opened);
        QSignalSpy stored(&store, &WorkspaceStore::chunksStored);
        QSignalSpy loaded(&store, &WorkspaceStore::chunksLoaded);
        QSignalSpy exported(&store, &WorkspaceStore::spoolExported);
        QSignalSpy archived(&store, &WorkspaceStore::spoolArchived);
        store.start();
        QVERIFY(opened.wait(10000));
        const qint64 spoolId = WorkspaceStore::newSpoolId();
        QVERIFY(spoolId > 0);
        for (int first = 0; first < 3000; first += 100)
            store.appendChunks(spoolId, chunksFrom(quint64(first), 100));
        // Asked right after the appends, the read sees all of them.
        const quint64 request = store.loadChunks(spoolId, 2950, 100, 16);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.first().at(0).toULongLong(), request);
        const auto chunks = loaded.first().at(1).value<QList<SpooledChunk>>();
        QVERIFY(!loaded.first().at(2).value<Error>().isError());
        QCOMPARE(chunks.size(), 50);
        QCOMPARE(chunks.first().serial, quint64(2950));
        QVERIFY(chunks.first().chunk.bytes.size() <= 16);
        quint64 last = 0;
        for (const auto &signal : std::as_const(stored)) {
            QVERIFY(!signal.at(3).value<Error>().isError());
            last = qMax(last, signal.at(1).toULongLong());
        }
        QCOMPARE(last, quint64(2999));

        const QString path = dir.filePath(QStringLiteral("t.txt"));
        store.exportSpool(spoolId, 0, path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QCOMPARE(exported.first().at(1).toLongLong(), 3000);

        store.archiveSpool(spoolId, 2000, QStringLiteral("tcp"), QStringLiteral("h:1"));
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 10000);
        const auto summary = archived.first().at(1).value<HistorySummary>();
        QVERIFY(!archived.first().at(2).value<Error>().isError());
        QVERIFY(summary.id > 0);
        QCOMPARE(summary.method, QStringLiteral("TCP"));
        store.removeSpool(spoolId);
        store.loadChunks(spoolId, 0, 10, -1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QVERIFY(loaded.last().at(1).value<QList<SpooledChunk>>().isEmpty());
    }

    void migratesThePreviousVersion()
    {
        QTemporaryDir dir;
        {
            // A workspace as schema version 2 left it: no spool tables, one history entry.
            auto db = Database::open(dir.path());
            QVERIFY(db.ok());
            QSqlDatabase c = db.value()->connection();
            QVERIFY(HistoryWriter(*db.value(), {}).appendSession(test::sampleSession(3)).ok());
            QVERIFY(SqlUtil::exec(c, QStringLiteral("DROP TABLE socket_chunks")).ok());
            QVERIFY(SqlUtil::exec(c, QStringLiteral("DROP TABLE socket_spools")).ok());
            // Nor version 4's response sizes.
            QVERIFY(SqlUtil::exec(c, QStringLiteral("ALTER TABLE history DROP COLUMN "
                                                    "response_bytes"))
                        .ok());
            QVERIFY(SqlUtil::exec(c, QStringLiteral("PRAGMA user_version = 2")).ok());
        }
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE(SqlUtil::scalar(db.value()->connection(), QStringLiteral("PRAGMA user_version"))
                     .value()
                     .toInt(),
                 Schema::currentVersion);
        HistoryReader reader(*db.value());
        QCOMPARE(reader.totals().value().first, 1);
        const auto page = reader.search({});
        QCOMPARE(page.value().entries.size(), 1);
        QCOMPARE(reader.entry(page.value().entries.first().id).value().session,
                 test::sampleSession(3));
        ChunkSpool spool(*db.value());
        QVERIFY(spool.append(1, chunksFrom(0, 10)).ok());
        QCOMPARE(spool.range(1, 0, 100).value().size(), 10);
        QCOMPARE(db.value()->integrityCheck().value(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestChunkSpool)
#include "tst_chunkspool.moc"
