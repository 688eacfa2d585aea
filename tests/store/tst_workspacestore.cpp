// The threaded API: appends committed in batches on the storage thread, searches and entry loads
// answered by request id on the reader thread, clear, drafts and generic writes.

#include "core/store/database.h"
#include "core/store/draftstore.h"
#include "core/store/sqlutil.h"
#include "core/store/workspacestore.h"
#include "storetestdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wb;
using namespace wb::store;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private slots:
    void appendSearchLoadClear()
    {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        QSignalSpy opened(&store, &WorkspaceStore::opened);
        QSignalSpy appended(&store, &WorkspaceStore::entriesAppended);
        QSignalSpy searched(&store, &WorkspaceStore::searchFinished);
        QSignalSpy loaded(&store, &WorkspaceStore::entryLoaded);
        QSignalSpy written(&store, &WorkspaceStore::writeFinished);
        store.start();
        QVERIFY(opened.wait(10000));
        QVERIFY(!opened.first().at(0).value<Error>().isError());

        for (int n = 1; n <= 500; ++n)
            store.appendExchange(test::sampleExchange(n));
        store.appendSession(test::sampleSession(1));
        int committed = 0;
        while (committed < 501 && (appended.wait(10000) || !appended.isEmpty())) {
            for (const auto &signal : std::as_const(appended))
                committed += signal.at(0).value<QList<HistorySummary>>().size();
            appended.clear();
        }
        QCOMPARE(committed, 501);

        // Requests are answered in any order; the id says which is which.
        const quint64 all = store.search({.limit = 20});
        const quint64 one = store.search({.text = QStringLiteral("marker250")});
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 2, 10000);
        HistoryPage allPage;
        HistoryPage onePage;
        for (const auto &signal : std::as_const(searched)) {
            QVERIFY(!signal.at(2).value<Error>().isError());
            const quint64 id = signal.at(0).toULongLong();
            (id == all ? allPage : onePage) = signal.at(1).value<HistoryPage>();
            QVERIFY(id == all || id == one);
        }
        QCOMPARE(allPage.entries.size(), 20);
        QCOMPARE(allPage.entries.first().kind, HistoryKind::Socket); // newest first
        QVERIFY(allPage.nextBeforeId > 0);
        QCOMPARE(onePage.entries.size(), 1);

        const quint64 load = store.loadEntry(onePage.entries.first().id);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toULongLong(), load);
        const auto entry = loaded.first().at(1).value<HistoryEntry>();
        QCOMPARE(entry.chain.last().url, test::sampleExchange(250).last().url);

        const quint64 cleared = store.clearHistory();
        QVERIFY(written.wait(10000));
        QCOMPARE(written.first().at(0).toULongLong(), cleared);
        QVERIFY(!written.first().at(1).value<Error>().isError());
        store.search({});
        QVERIFY(searched.wait(10000));
        QVERIFY(searched.last().at(1).value<HistoryPage>().entries.isEmpty());
    }

    void queuedAppendsSurviveDestruction()
    {
        QTemporaryDir dir;
        {
            WorkspaceStore store(dir.path());
            store.start();
            for (int n = 1; n <= 300; ++n)
                store.appendExchange(test::sampleExchange(n));
            http::RequestSpec spec;
            spec.url = QStringLiteral("http://127.0.0.1/draft");
            store.saveDraft(QStringLiteral("tab-1"), spec);
        } // the destructor commits what is queued
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        QCOMPARE(SqlUtil::scalar(db.value()->connection(),
                                 QStringLiteral("SELECT count(*) FROM history"))
                     .value()
                     .toInt(),
                 300);
        auto drafts = DraftStore(*db.value()).drafts();
        QCOMPARE(drafts.value().size(), 1);
        QCOMPARE(drafts.value().first().spec.url, QStringLiteral("http://127.0.0.1/draft"));
    }

    void busyWorkspaceIsRetried()
    {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        QSignalSpy opened(&store, &WorkspaceStore::opened);
        QSignalSpy appended(&store, &WorkspaceStore::entriesAppended);
        QSignalSpy failed(&store, &WorkspaceStore::appendFailed);
        store.start();
        QVERIFY(opened.wait(10000));
        // Another program takes the write lock for longer than the busy timeout (5 s).
        auto other = Database::open(dir.path());
        QVERIFY(other.ok());
        QVERIFY(SqlUtil::exec(other.value()->connection(), QStringLiteral("BEGIN EXCLUSIVE")).ok());
        for (int n = 1; n <= 10; ++n)
            store.appendExchange(test::sampleExchange(n));
        QTimer::singleShot(5500, [&] {
            QVERIFY(SqlUtil::exec(other.value()->connection(), QStringLiteral("COMMIT")).ok());
        });
        QVERIFY(appended.wait(20000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(appended.first().at(0).value<QList<HistorySummary>>().size(), 10);
    }

    void openFailureIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        WorkspaceStore store(file + QStringLiteral("/sub")); // a folder below a file
        QSignalSpy opened(&store, &WorkspaceStore::opened);
        QSignalSpy searched(&store, &WorkspaceStore::searchFinished);
        store.start();
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().at(0).value<Error>().isError());
        store.search({});
        QVERIFY(searched.wait(10000));
        QVERIFY(searched.first().at(2).value<Error>().isError());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
