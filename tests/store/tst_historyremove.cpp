// Deleting chosen history entries: the rows, their search rows, their inline bodies and the body
// files no other entry refers to go; everything else stays. Directly on HistoryWriter, and through
// the storage thread with WorkspaceStore::deleteEntries.

#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/sqlutil.h"
#include "core/store/workspacestore.h"
#include "storetestdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;

namespace {

qint64 count(const Database &db, const QString &sql)
{
    return SqlUtil::scalar(db.connection(), sql).value().toLongLong();
}

// The body files of one entry.
QStringList bodyFiles(const Database &db, qint64 id)
{
    QStringList files;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT sha256 FROM payloads WHERE sha256 IS NOT NULL AND entry_id = %1")
               .arg(id));
    while (q.next())
        files.append(BlobStore(db.blobsFolder()).pathFor(q.value(0).toString()));
    return files;
}

QList<qint64> idsOf(const HistoryPage &page)
{
    QList<qint64> ids;
    for (const HistorySummary &s : page.entries)
        ids.append(s.id);
    return ids;
}

HistoryQuery words(const QString &text)
{
    HistoryQuery query;
    query.text = text;
    return query;
}

QByteArray bigBody(char seed)
{
    QByteArray big(200 * 1024, seed);
    for (int i = 0; i < big.size(); i += 11)
        big[i] = char('a' + i % 26);
    return big;
}

} // namespace

class TestHistoryRemove : public QObject
{
    Q_OBJECT

private slots:
    void removesRowsSearchRowsAndUnusedFiles()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        const Database &db = *opened.value();
        HistoryWriter writer(db, {});
        const QByteArray shared = bigBody('s');
        QList<qint64> ids;
        for (int n = 1; n <= 6; ++n) {
            // Entries 2 and 3 share a body file; entry 4 has a file of its own.
            const QByteArray body = n == 2 || n == 3 ? shared
                                    : n == 4         ? bigBody('u')
                                                     : QByteArray();
            auto appended = writer.appendExchange(test::sampleExchange(n, body));
            QVERIFY(appended.ok());
            ids.append(appended.value().id);
        }
        const QStringList ownFiles = bodyFiles(db, ids[3]);    // decoded body and wire bytes
        const QStringList sharedFiles = bodyFiles(db, ids[2]); // the body shared with entry 2
        QCOMPARE(ownFiles.size(), 2);
        QVERIFY(!sharedFiles.isEmpty());
        for (const QString &file : ownFiles + sharedFiles)
            QVERIFY(QFileInfo::exists(file));
        HistoryReader reader(db);
        QCOMPARE(reader.search(words(QStringLiteral("marker1"))).value().entries.size(), 1);

        // Entry 1, 2 (its body file is still used by 3) and 4 (its file goes), plus an id that
        // is not there.
        auto removed = writer.remove({ids[0], ids[1], ids[3], 999999});
        QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
        QCOMPARE(removed.value(), qint64(3));

        QCOMPARE(idsOf(reader.search({}).value()), (QList<qint64>{ids[5], ids[4], ids[2]}));
        QVERIFY(reader.search(words(QStringLiteral("marker1"))).value().entries.isEmpty());
        QCOMPARE(reader.search(words(QStringLiteral("marker5"))).value().entries.size(), 1);
        QVERIFY(!reader.entry(ids[0]).ok());
        QCOMPARE(reader.totals().value().first, qint64(3));
        const QString in = QStringLiteral("(%1, %2, %3)").arg(ids[0]).arg(ids[1]).arg(ids[3]);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM payloads WHERE entry_id IN ") + in),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM history_fts WHERE rowid IN ") + in),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM history_fts")), qint64(3));
        // Entry 4's body file and wire file are gone; the files entry 3 still uses are kept.
        for (const QString &file : ownFiles)
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
        for (const QString &file : sharedFiles)
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        auto kept = reader.entry(ids[2]);
        QVERIFY(kept.ok());
        const http::BodyData &body = kept.value().chain.last().responseBody;
        QVERIFY(body.isFile());
        QVERIFY(QFileInfo::exists(body.filePath));

        // Nothing to delete is not an error.
        QCOMPARE(writer.remove({}).value(), qint64(0));
        QCOMPARE(writer.remove({ids[0]}).value(), qint64(0));
    }

    void removesManyInSlices()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.ok());
        HistoryWriter writer(*opened.value(), {});
        QList<HistoryEntry> entries;
        for (int n = 1; n <= 1200; ++n) {
            HistoryEntry entry;
            entry.chain = test::sampleExchange(n);
            entries.append(entry);
        }
        auto appended = writer.append(entries);
        QVERIFY(appended.ok());
        QList<qint64> ids;
        for (int i = 0; i < 1100; ++i)
            ids.append(appended.value().at(i).id);
        QCOMPARE(writer.remove(ids).value(), qint64(1100));
        QCOMPARE(HistoryReader(*opened.value()).totals().value().first, qint64(100));
    }

    void deleteThroughTheStorageThread()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        {
            WorkspaceStore store(dir.path());
            QSignalSpy opened(&store, &WorkspaceStore::opened);
            QSignalSpy appended(&store, &WorkspaceStore::entriesAppended);
            QSignalSpy deleted(&store, &WorkspaceStore::entriesDeleted);
            store.start();
            QVERIFY(opened.wait(10000));
            for (int n = 1; n <= 4; ++n)
                store.appendExchange(test::sampleExchange(n));
            // The appends may be committed in more than one batch.
            auto committed = [&] {
                ids.clear();
                for (const auto &signal : std::as_const(appended)) {
                    for (const HistorySummary &s : signal.at(0).value<QList<HistorySummary>>())
                        ids.append(s.id);
                }
                return ids.size();
            };
            QTRY_COMPARE_WITH_TIMEOUT(committed(), 4, 10000);

            const quint64 request = store.deleteEntries({ids[1], ids[2]});
            QVERIFY(deleted.wait(10000));
            QCOMPARE(deleted.first().at(0).toULongLong(), request);
            QCOMPARE(deleted.first().at(1).value<QList<qint64>>(), (QList<qint64>{ids[1], ids[2]}));
            QVERIFY(!deleted.first().at(2).value<Error>().isError());
        }
        // A fresh connection sees the deletion.
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        QCOMPARE(idsOf(HistoryReader(*db.value()).search({}).value()),
                 (QList<qint64>{ids[3], ids[0]}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRemove)
#include "tst_historyremove.moc"
