// The History sidebar panel on a real workspace database: entries appended through the store
// appear grouped by day, newest first; the search box narrows the list (also for entries appended
// while it is set); Delete removes entries from the list and the database; Clear History asks
// first; paging loads more when scrolled; double click and Enter emit the entry's id.

#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/workspacestore.h"
#include "tests/store/storetestdata.h"
#include "ui/history/historydelegate.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace wb;
using namespace wb::store;
using wb::ui::HistoryModel;
using wb::ui::HistoryPanel;

namespace {

http::ExchangeChain exchangeAt(int n, const QDateTime &when)
{
    http::ExchangeChain chain = test::sampleExchange(n);
    chain.hops[0].timings.startedAt = when;
    return chain;
}

QList<qint64> entryIds(const HistoryModel *model, const QModelIndex &day)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(day); ++row)
        ids.append(model->index(row, 0, day).data(HistoryModel::EntryIdRole).toLongLong());
    return ids;
}

QString urlOf(const QModelIndex &index)
{
    return index.data(HistoryModel::SummaryRole).value<HistorySummary>().url;
}

// A started workspace store with a panel on it, shown.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceStore> store;
    std::unique_ptr<HistoryPanel> panel;

    bool start()
    {
        store = std::make_unique<WorkspaceStore>(dir.path());
        QSignalSpy opened(store.get(), &WorkspaceStore::opened);
        store->start();
        if (!opened.wait(10000) || opened.first().at(0).value<Error>().isError())
            return false;
        panel = std::make_unique<HistoryPanel>(store.get());
        panel->resize(320, 420);
        panel->show();
        return QTest::qWaitForWindowExposed(panel.get());
    }
    // start(), then test::sampleExchange(1..count) appended and shown.
    bool startWith(int count)
    {
        if (!start())
            return false;
        for (int n = 1; n <= count; ++n)
            store->appendExchange(test::sampleExchange(n));
        return QTest::qWaitFor([&] { return model()->entryCount() == count; }, 10000);
    }
    HistoryModel *model() const { return panel->model(); }
    ~Fixture()
    {
        panel.reset(); // before the store it listens to
        store.reset();
    }
};

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void emptyStateSaysWhatAppears()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *title = f.panel->findChild<QLabel *>(QStringLiteral("historyEmptyTitle"));
        auto *hint = f.panel->findChild<QLabel *>(QStringLiteral("historyEmptyHint"));
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible(), 5000);
        QVERIFY(!f.panel->view()->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("request")));

        // The first entry replaces the empty state.
        f.store->appendExchange(test::sampleExchange(1));
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->view()->isVisible(), 5000);
        QVERIFY(!title->isVisible());
    }

    void appendedEntriesAreGroupedByDayNewestFirst()
    {
        Fixture f;
        QVERIFY(f.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime earlier = now.addDays(-3);
        // Appended oldest first, as they would be sent.
        f.store->appendExchange(exchangeAt(1, earlier));
        f.store->appendExchange(exchangeAt(2, earlier.addSecs(60)));
        f.store->appendExchange(exchangeAt(3, now.addDays(-1)));
        f.store->appendExchange(exchangeAt(4, now.addSecs(-2)));
        SocketSession session = test::sampleSession(5);
        session.startedAt = now.addSecs(-1);
        session.endedAt = now;
        f.store->appendSession(session);
        HistoryModel *model = f.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 5, 10000);

        QCOMPARE(model->rowCount(), 3);
        const QModelIndex today = model->index(0, 0);
        const QModelIndex yesterday = model->index(1, 0);
        const QModelIndex older = model->index(2, 0);
        QCOMPARE(today.data().toString(), QStringLiteral("Today"));
        QCOMPARE(yesterday.data().toString(), QStringLiteral("Yesterday"));
        QCOMPARE(older.data().toString(),
                 QLocale().toString(earlier.toLocalTime().date(), QLocale::LongFormat));
        QCOMPARE(model->rowCount(today), 2);
        // The socket session is the newest.
        const auto session0 =
            model->index(0, 0, today).data(HistoryModel::SummaryRole).value<HistorySummary>();
        QCOMPARE(session0.kind, HistoryKind::Socket);
        QCOMPARE(session0.method, QStringLiteral("TCP"));
        QVERIFY(urlOf(model->index(1, 0, today)).endsWith(QStringLiteral("/api/items/4")));
        QVERIFY(urlOf(model->index(0, 0, yesterday)).endsWith(QStringLiteral("/api/items/3")));
        const QList<qint64> olderIds = entryIds(model, older);
        QCOMPARE(olderIds.size(), 2);
        QVERIFY(olderIds[0] > olderIds[1]);
        QVERIFY(f.panel->view()->isExpanded(older));
        QCOMPARE(model->index(1, 0, today).data(HistoryModel::LocationRole).toString(),
                 QStringLiteral("host1.test:8080/api/items/4"));

        // A new exchange goes on top of Today without the list being reloaded.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        f.store->appendExchange(exchangeAt(6, now));
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 6, 10000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(
            urlOf(model->index(0, 0, model->index(0, 0))).endsWith(QStringLiteral("/api/items/6")));
        // The rows paint.
        QVERIFY(!f.panel->view()->grab().isNull());
    }

    void searchNarrowsTheList()
    {
        Fixture f;
        QVERIFY(f.startWith(30));
        HistoryModel *model = f.model();

        QTest::keyClicks(f.panel->searchBox(), QStringLiteral("marker17"));
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 1, 5000);
        const QModelIndex only = model->index(0, 0, model->index(0, 0));
        QVERIFY(urlOf(only).endsWith(QStringLiteral("/api/items/17")));

        // Words combine; a trailing * matches a prefix: POST requests (every fifth) to host1.
        f.panel->searchBox()->clear();
        QTest::keyClicks(f.panel->searchBox(), QStringLiteral("post host1"));
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 2, 5000); // 10 and 25
        f.panel->searchBox()->clear();
        QTest::keyClicks(f.panel->searchBox(), QStringLiteral("marker2*"));
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 11, 5000); // 2, 20..29

        // Nothing matches: the empty state says so.
        f.panel->searchBox()->clear();
        QTest::keyClicks(f.panel->searchBox(), QStringLiteral("marker31"));
        auto *title = f.panel->findChild<QLabel *>(QStringLiteral("historyEmptyTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible(), 5000);
        QCOMPARE(title->text(), QStringLiteral("No matches"));
        QCOMPARE(model->entryCount(), 0);

        // Entries appended while the search is set appear when they match, and only then.
        f.store->appendExchange(test::sampleExchange(32));
        f.store->appendExchange(test::sampleExchange(31));
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 1, 5000);
        QVERIFY(urlOf(model->index(0, 0, model->index(0, 0)))
                    .endsWith(QStringLiteral("/api/items/31")));
        QTest::qWait(300);
        QCOMPARE(model->entryCount(), 1);

        // Clearing the box brings everything back.
        f.panel->searchBox()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 32, 5000);
    }

    void deleteRemovesFromListAndDatabase()
    {
        Fixture f;
        QVERIFY(f.startWith(5));
        HistoryModel *model = f.model();
        QTreeView *view = f.panel->view();
        const QModelIndex day = model->index(0, 0);
        const qint64 victim = model->index(1, 0, day).data(HistoryModel::EntryIdRole).toLongLong();
        view->setCurrentIndex(model->index(1, 0, day));
        QVERIFY(f.panel->deleteAction()->isEnabled());
        f.panel->activateWindow();
        view->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(f.panel.get()));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(!model->contains(victim), 5000);
        QList<qint64> shown = entryIds(model, day);
        QCOMPARE(shown.size(), 4);
        QVERIFY(!shown.contains(victim));

        // A fresh connection to the workspace no longer finds it, nor by full-text search.
        {
            auto db = Database::open(f.dir.path());
            QVERIFY(db.ok());
            HistoryReader reader(*db.value());
            QVERIFY(!reader.entry(victim).ok());
            QCOMPARE(reader.search({}).value().entries.size(), 4);
            QVERIFY(reader.search({.text = QStringLiteral("marker4")}).value().entries.isEmpty());
        }

        // Two selected at once, through the action the context menu shows.
        view->selectionModel()->select(model->index(0, 0, day),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(model->index(2, 0, day),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        f.panel->deleteAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 2, 5000);
        QCOMPARE(entryIds(model, day), (QList<qint64>{shown[1], shown[3]}));

        // Clear History asks first; Cancel keeps everything.
        f.panel->clearAction()->trigger();
        auto *question = f.panel->findChild<QMessageBox *>(QStringLiteral("clearHistoryQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!f.panel->findChild<QMessageBox *>(QStringLiteral("clearHistoryQuestion")));
        QTest::qWait(100);
        QCOMPARE(model->entryCount(), 2);
        f.panel->clearAction()->trigger();
        question = f.panel->findChild<QMessageBox *>(QStringLiteral("clearHistoryQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        question->button(QMessageBox::Yes)->click();
        auto *title = f.panel->findChild<QLabel *>(QStringLiteral("historyEmptyTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible(), 5000);
        QCOMPARE(model->entryCount(), 0);
        auto db = Database::open(f.dir.path());
        QVERIFY(db.ok());
        QCOMPARE(HistoryReader(*db.value()).totals().value().first, qint64(0));
    }

    void pagingLoadsMoreWhenScrolled()
    {
        const int total = 1500;
        Fixture f;
        {
            // A workspace that already holds many entries.
            auto db = Database::open(f.dir.path());
            QVERIFY(db.ok());
            HistoryWriter writer(*db.value(), {.maxEntries = 0, .maxBytes = 0});
            QList<HistoryEntry> entries;
            for (int n = 1; n <= total; ++n) {
                HistoryEntry entry;
                entry.chain = test::sampleExchange(n);
                entries.append(entry);
            }
            QVERIFY(writer.append(entries).ok());
        }
        QVERIFY(f.start());
        HistoryModel *model = f.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->entryCount() > 0 && !f.panel->isLoading(), 10000);
        QTest::qWait(200);
        const int first = model->entryCount();
        // Enough to fill the view, far from everything.
        QVERIFY2(first >= HistoryPanel::pageSize && first <= 3 * HistoryPanel::pageSize,
                 qPrintable(QString::number(first)));
        QVERIFY(!f.panel->isComplete());

        for (int round = 0; round < 40 && !f.panel->isComplete(); ++round) {
            const int before = model->entryCount();
            f.panel->view()->scrollToBottom(); // lays out the rows that came last, then scrolls
            QTRY_VERIFY_WITH_TIMEOUT(model->entryCount() > before, 5000);
        }
        QVERIFY(f.panel->isComplete());
        QCOMPARE(model->entryCount(), total);
        // Newest first across the pages, no entry twice.
        QList<qint64> ids;
        for (int day = 0; day < model->rowCount(); ++day)
            ids += entryIds(model, model->index(day, 0));
        QCOMPARE(ids.size(), total);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids[i - 1] > ids[i]);
    }

    void modelKeepsDaysAndEntriesInOrder()
    {
        // Entries arrive in any order (pages, live appends, refreshed matches) and twice.
        HistoryModel model;
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
        QList<HistorySummary> all;
        for (int i = 1; i <= 60; ++i) {
            HistorySummary s;
            s.id = i;
            s.method = QStringLiteral("GET");
            s.url = QStringLiteral("http://example.test/%1").arg(i);
            s.createdAt = base.addSecs(qint64(i / 10) * 86400 + i);
            all.append(s);
        }
        QList<HistorySummary> shuffled = all;
        std::reverse(shuffled.begin() + 10, shuffled.begin() + 40);
        std::rotate(shuffled.begin(), shuffled.begin() + 25, shuffled.end());
        model.addEntries(shuffled.mid(0, 30));
        model.addEntries(shuffled.mid(20)); // ten of them again
        QCOMPARE(model.entryCount(), 60);
        QCOMPARE(model.rowCount(), 7); // days 0..6 after base
        QList<qint64> ids;
        QDate previous;
        for (int day = 0; day < model.rowCount(); ++day) {
            const QModelIndex d = model.index(day, 0);
            const QDate date = d.data(HistoryModel::DayRole).toDate();
            QVERIFY(!previous.isValid() || date < previous);
            previous = date;
            for (int row = 0; row < model.rowCount(d); ++row) {
                const QModelIndex e = model.index(row, 0, d);
                QCOMPARE(model.parent(e), d);
                QCOMPARE(model.indexOfEntry(e.data(HistoryModel::EntryIdRole).toLongLong()), e);
            }
            ids += entryIds(&model, d);
        }
        QCOMPARE(ids.size(), 60);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids[i - 1] > ids[i]);

        // Removing every entry of a day removes the day.
        model.removeEntries({1, 2, 3, 4, 5, 6, 7, 8, 9, 33, 999});
        QCOMPARE(model.entryCount(), 50);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.indexOfEntry(33).isValid());
        QCOMPARE(model.indexOfEntry(34).data(HistoryModel::EntryIdRole).toLongLong(), qint64(34));
    }

    void rowsShowTheProtocol()
    {
        // Appended through the store, an HTTP/2 exchange's row says so; HTTP/1.1 stays implicit.
        Fixture f;
        QVERIFY(f.start());
        http::ExchangeChain chain = test::sampleExchange(1);
        chain.hops.last().httpVersion = "HTTP/2";
        QSignalSpy appended(f.store.get(), &WorkspaceStore::entriesAppended);
        f.store->appendExchange(chain);
        QVERIFY(appended.wait(10000));
        f.store->appendExchange(test::sampleExchange(2));
        QVERIFY(appended.wait(10000));
        QTRY_COMPARE(f.model()->entryCount(), 2);
        const auto idOf = [&](int i) {
            return appended.at(i).at(0).value<QList<HistorySummary>>().first().id;
        };
        const QModelIndex http2 = f.model()->indexOfEntry(idOf(0));
        const QModelIndex http1 = f.model()->indexOfEntry(idOf(1));
        const auto summary = [](const QModelIndex &index) {
            return index.data(HistoryModel::SummaryRole).value<HistorySummary>();
        };
        QCOMPARE(summary(http2).protocol, QByteArray("HTTP/2"));
        const QString detail = wb::ui::HistoryDelegate::detailText(summary(http2));
        QVERIFY2(detail.startsWith(QStringLiteral("HTTP/2 · ")), qPrintable(detail));
        QVERIFY(
            !wb::ui::HistoryDelegate::detailText(summary(http1)).contains(QStringLiteral("HTTP")));
        QVERIFY(http2.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP/2")));
        HistorySummary h2;
        h2.protocol = "h2";
        QVERIFY(wb::ui::HistoryDelegate::detailText(h2).startsWith(QStringLiteral("HTTP/2")));
    }

    void activationEmitsTheId()
    {
        Fixture f;
        QVERIFY(f.startWith(3));
        HistoryModel *model = f.model();
        QSignalSpy activated(f.panel.get(), &HistoryPanel::entryActivated);
        QTreeView *view = f.panel->view();
        const QModelIndex day = model->index(0, 0);
        const QModelIndex second = model->index(1, 0, day);
        const qint64 id = second.data(HistoryModel::EntryIdRole).toLongLong();

        const QPoint at = view->visualRect(second).center();
        // A real double click: press and release, then the double click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), id);

        const QModelIndex third = model->index(2, 0, day);
        view->setCurrentIndex(third);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(activated.size(), 2);
        QCOMPARE(activated.last().at(0).toLongLong(),
                 third.data(HistoryModel::EntryIdRole).toLongLong());

        // A day row is not an entry.
        view->setCurrentIndex(day);
        QTest::keyClick(view, Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(activated.size(), 2);
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
