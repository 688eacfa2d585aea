// The assembled window: history and collections panels in the sidebar, environments resolving
// what a tab sends, Save into a collection, socket consoles as tabs — the real widgets, engine
// and workspace database against a local httpbin.

#include "core/common/settings.h"
#include "core/http/httpengine.h"
#include "core/http/secretredaction.h"
#include "core/store/workspacestore.h"
#include "tests/support/httpbinserver.h"
#include "tests/ui/workbench/testapp.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/collections/collectionspanel.h"
#include "ui/environments/environmentmanager.h"
#include "ui/environments/environmentswitcher.h"
#include "ui/environments/variablehighlighter.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/request/autheditor.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/headerseditor.h"
#include "ui/request/keyvaluetable.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/request/urlbar.h"
#include "ui/response/prettyview.h"
#include "ui/response/responseinspector.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/tabarea.h"
#include "ui/socket/socketconsolepage.h"
#include "ui/workbench/codedialog.h"
#include "ui/workbench/draftkeeper.h"
#include "ui/workbench/requestcontroller.h"
#include "ui/workbench/windowplaces.h"
#include "ui/workbench/workbench.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace wb;
using namespace wb::ui;

namespace {

// The window as the GUI has it: with its places.
struct App : test::TestApp
{
    explicit App(const QString &workspace)
        : TestApp(workspace, Places::With)
    {}
};

// Ctrl+T, type `url`, Ctrl+Enter; waits (bounded) for the response. Null when it did not come.
RequestPage *sendAndWait(App &app, const QString &url)
{
    QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
    RequestPage *page = app.currentPage();
    if (!page)
        return nullptr;
    QLineEdit *edit = page->composer()->urlBar()->urlEdit();
    QTest::keyClicks(edit, url);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    const bool done =
        QTest::qWaitFor([page] { return !page->inspector()->chain().isEmpty(); }, 15000);
    return done ? page : nullptr;
}

QJsonObject bodyJson(RequestPage *page)
{
    return QJsonDocument::fromJson(page->inspector()->chain().last().responseBody.head(1 << 20))
        .object();
}

} // namespace

class TestWindowPlaces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HttpbinServer> m_httpbin;

    void startHttpbin() { test::startHttpbinOnce(m_httpbin); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void panelsTakeTheSidebarPlaces()
    {
        App app(m_dir.filePath(QStringLiteral("places")));
        QCOMPARE(app.window->sidebar()->page(Sidebar::Place::History), app.places->history());
        QCOMPARE(app.window->sidebar()->page(Sidebar::Place::Collections),
                 app.places->collections());
        QVERIFY(app.places->environmentSwitcher()->isVisible());

        // Ctrl+Shift+T opens a real socket console.
        QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(qobject_cast<SocketConsolePage *>(app.window->tabArea()->currentPage()));
    }

    void sentExchangeAppearsInHistoryAndReopens()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(m_dir.filePath(QStringLiteral("history")));
        RequestPage *page =
            sendAndWait(app, m_httpbin->baseUrl() + QStringLiteral("/anything/from-history"));
        QVERIFY(page);
        QCOMPARE(page->inspector()->chain().last().response.status, 200);

        HistoryModel *model = app.places->history()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->entryCount(), 1, 10000);
        const QModelIndex day = model->index(0, 0);
        const QModelIndex entry = model->index(0, 0, day);
        QVERIFY(entry.isValid());
        QVERIFY(entry.data(HistoryModel::LocationRole)
                    .toString()
                    .contains(QStringLiteral("/anything/from-history")));

        const int tabs = app.window->tabArea()->count();
        QTreeView *view = app.places->history()->view();
        view->setCurrentIndex(entry);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->tabArea()->count(), tabs + 1, 10000);
        RequestPage *reopened = app.currentPage();
        QVERIFY(reopened && reopened != page);
        QVERIFY(
            reopened->composer()->spec().url.endsWith(QStringLiteral("/anything/from-history")));
        QCOMPARE(reopened->inspector()->chain().last().response.status, 200);
    }

    void activeEnvironmentResolvesWhatIsSent()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(m_dir.filePath(QStringLiteral("environments")));
        EnvironmentManager *environments = app.places->environments();
        QTRY_VERIFY_WITH_TIMEOUT(environments->pendingWrites() == 0, 5000);
        workspace::Environment staging;
        staging.name = QStringLiteral("Staging");
        staging.variables = {{QStringLiteral("base"), m_httpbin->baseUrl()},
                             {QStringLiteral("stage"), QStringLiteral("staging-1")}};
        workspace::Variable token{QStringLiteral("token"), QStringLiteral("s3cr3t-t0ken")};
        token.secret = true;
        staging.variables.append(token);
        environments->save(staging);
        QTRY_VERIFY_WITH_TIMEOUT(environments->environment(staging.id), 5000);
        environments->setActiveId(staging.id);

        QSignalSpy appended(&app.store, &store::WorkspaceStore::entriesAppended);
        RequestPage *page =
            sendAndWait(app, QStringLiteral("{{base}}/anything/{{stage}}?key={{token}}"));
        QVERIFY(page);
        QCOMPARE(page->inspector()->chain().last().response.status, 200);
        QVERIFY(bodyJson(page)
                    .value(QStringLiteral("url"))
                    .toString()
                    .endsWith(QStringLiteral("/anything/staging-1?key=s3cr3t-t0ken")));
        // The composer keeps what the user wrote, and marks the references where they are typed.
        QCOMPARE(page->composer()->spec().url,
                 QStringLiteral("{{base}}/anything/{{stage}}?key={{token}}"));
        // The secret went over the wire but is not kept in the history.
        QVERIFY(page->inspector()->chain().last().requestHead.contains("key=s3cr3t-t0ken"));
        QTRY_COMPARE_WITH_TIMEOUT(appended.count(), 1, 10000);
        const qint64 id = appended.first().at(0).value<QList<store::HistorySummary>>().first().id;
        QSignalSpy loaded(&app.store, &store::WorkspaceStore::entryLoaded);
        app.store.loadEntry(id);
        QVERIFY(loaded.wait(10000));
        const auto entry = loaded.first().at(1).value<store::HistoryEntry>();
        const http::Exchange &kept = entry.chain.last();
        QVERIFY(!kept.requestHead.contains("s3cr3t-t0ken"));
        QVERIFY(kept.requestHead.contains("key=" + http::SecretRedaction::mask().toUtf8()));
        QVERIFY(!kept.spec.url.contains(QStringLiteral("s3cr3t-t0ken")));
        QVERIFY(!kept.responseBody.bytes.contains("s3cr3t-t0ken")); // httpbin echoes the URL
        auto *highlighter =
            page->composer()->urlBar()->urlEdit()->findChild<VariableHighlighter *>();
        QVERIFY(highlighter);
        QVERIFY(highlighter->toolTip(QStringLiteral("{{stage}}"), 3)
                    .contains(QStringLiteral("staging-1")));
        // Generate Code shows the request as it is sent, in the language chosen.
        QTest::keyClick(app.window.get(), Qt::Key_G, Qt::ControlModifier | Qt::AltModifier);
        auto *code = app.window->findChild<CodeDialog *>();
        QVERIFY(code);
        QVERIFY(code->code().contains(QStringLiteral("/anything/staging-1")));
        QVERIFY(code->code().startsWith(QStringLiteral("curl")));
        const int python =
            code->languageBox()->findText(QStringLiteral("Python"), Qt::MatchStartsWith);
        QVERIFY(python >= 0);
        code->languageBox()->setCurrentIndex(python);
        QVERIFY(code->code().contains(QStringLiteral("import requests")));
        QVERIFY(code->code().contains(QStringLiteral("/anything/staging-1")));
        if (const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !shots.isEmpty())
            code->grab().save(shots + QStringLiteral("/generate-code.png"));
        code->close();

        // Header values and the raw body mark references too, with the value on hover.
        http::RequestSpec withReferences = page->composer()->spec();
        withReferences.headers = {{QStringLiteral("X-Stage"), QStringLiteral("{{stage}}"), true},
                                  {QStringLiteral("X-Token"), QStringLiteral("{{token}}"), true},
                                  {QStringLiteral("X-Missing"), QStringLiteral("{{nope}}"), true}};
        withReferences.body.kind = http::RequestBody::Kind::Raw;
        withReferences.body.contentType = QStringLiteral("application/json");
        withReferences.body.raw = "{\"stage\": \"{{stage}}\", \"other\": \"{{nope}}\"}";
        page->composer()->setSpec(withReferences);
        KeyValueTable *headers = page->composer()->headersEditor()->table();
        const auto cellTip = [headers](int row) {
            return headers->item(row, KeyValueTable::ValueColumn)->toolTip();
        };
        QTRY_VERIFY(cellTip(0).contains(QStringLiteral("staging-1")));
        QVERIFY(!cellTip(1).contains(QStringLiteral("s3cr3t-t0ken"))); // secrets stay masked
        QVERIFY(cellTip(1).contains(QStringLiteral("token")));
        QVERIFY(cellTip(2).contains(QStringLiteral("not defined")));
        QCOMPARE(headers->item(2, KeyValueTable::ValueColumn)->foreground(),
                 VariableHighlighter::unresolvedFormat().foreground());
        const QTextBlock block =
            page->composer()->bodyEditor()->rawEditor()->document()->firstBlock();
        const QString line = block.text();
        bool knownMarked = false;
        bool unresolvedMarked = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const QString covered = line.mid(range.start, range.length);
            knownMarked |= covered == QStringLiteral("{{stage}}") &&
                           range.format == VariableHighlighter::knownFormat();
            unresolvedMarked |= covered == QStringLiteral("{{nope}}") &&
                                range.format == VariableHighlighter::unresolvedFormat();
        }
        QVERIFY(knownMarked);
        QVERIFY(unresolvedMarked);

        int marked = 0;
        for (QLineEdit *field : page->composer()->authEditor()->findChildren<QLineEdit *>())
            marked += field->findChild<VariableHighlighter *>() ? 1 : 0;
        QVERIFY(marked >= 3); // user names, token, API key name and value
    }

    void activeEnvironmentIsRememberedAcrossRuns()
    {
        const QString path = m_dir.filePath(QStringLiteral("remembered"));
        workspace::Environment production;
        production.name = QStringLiteral("Production");
        {
            App app(path);
            app.places->useSettings(&app.settings);
            EnvironmentManager *environments = app.places->environments();
            QTRY_COMPARE_WITH_TIMEOUT(environments->pendingWrites(), 0, 5000); // loaded
            environments->save(production);
            QTRY_VERIFY_WITH_TIMEOUT(environments->environment(production.id), 5000);
            environments->setActiveId(production.id);
            QTRY_COMPARE_WITH_TIMEOUT(environments->pendingWrites(), 0, 5000);
        }
        App again(path);
        again.places->useSettings(&again.settings);
        QTRY_COMPARE_WITH_TIMEOUT(again.places->environments()->activeId(), production.id, 5000);
        QCOMPARE(again.places->environmentSwitcher()->currentText(), QStringLiteral("Production"));
    }

    void saveAsPutsTheTabIntoACollection()
    {
        App app(m_dir.filePath(QStringLiteral("save")));
        QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
        RequestPage *page = app.currentPage();
        QVERIFY(page);
        QTest::keyClicks(page->composer()->urlBar()->urlEdit(),
                         QStringLiteral("http://127.0.0.1:1/saved"));
        RequestController *controller = RequestController::of(page);
        QTRY_VERIFY(controller->isModified());

        // The Save dialog asks where; accept its proposal (a new collection).
        bool answered = false;
        QTimer::singleShot(200, this, [&answered] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answered = true;
            dialog->accept();
        });
        QTest::keyClick(app.window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(answered);
        QTRY_VERIFY(!controller->isModified());
        CollectionsModel *model = app.places->collections()->model();
        QCOMPARE(model->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(app.places->collections()->pendingWrites(), 0, 5000);

        // A later Ctrl+S updates the same saved request without asking.
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTest::keyClicks(page->composer()->urlBar()->urlEdit(), QStringLiteral("/more"));
        QTRY_VERIFY(controller->isModified());
        QTest::keyClick(app.window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!controller->isModified());
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex collection = model->index(0, 0);
        QCOMPARE(model->rowCount(collection), 1);
        const auto saved = model->request(model->index(0, 0, collection));
        QVERIFY(saved);
        QCOMPARE(saved.value().url, QStringLiteral("http://127.0.0.1:1/saved/more"));
    }

    void restoredTabStaysLinkedToItsSavedRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("relink"));
        {
            App app(path);
            QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
            RequestPage *page = app.currentPage();
            QVERIFY(page);
            QTest::keyClicks(page->composer()->urlBar()->urlEdit(),
                             QStringLiteral("http://127.0.0.1:1/linked"));
            RequestController *controller = RequestController::of(page);
            QTRY_VERIFY(controller->isModified());
            bool answered = false;
            QTimer::singleShot(200, this, [&answered] {
                if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                    answered = true;
                    dialog->accept();
                }
            });
            QTest::keyClick(app.window.get(), Qt::Key_S, Qt::ControlModifier);
            QVERIFY(answered);
            QTRY_VERIFY(!controller->isModified());
            QVERIFY(!controller->linkedItem().isNull());
            QTRY_COMPARE_WITH_TIMEOUT(app.places->collections()->pendingWrites(), 0, 5000);
            // An unsaved edit, autosaved as the tab's draft; then the window goes without
            // closing (as in a crash).
            app.window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
            QTest::keyClicks(page->composer()->urlBar()->urlEdit(), QStringLiteral("/edited"));
            QTRY_VERIFY(controller->isModified());
            QTest::qWait(DraftKeeper::autosaveDelayMs * 2);
            app.window->draftKeeper()->flush();
            QTest::qWait(200);
            app.window.reset();
        }
        App app(path);
        TabArea *tabs = app.window->tabArea();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->count(), 1, 10000);
        auto *page = qobject_cast<RequestPage *>(tabs->page(0));
        QVERIFY(page);
        QCOMPARE(page->composer()->urlBar()->url(),
                 QStringLiteral("http://127.0.0.1:1/linked/edited"));
        RequestController *controller = RequestController::of(page);
        QVERIFY(!controller->linkedItem().isNull());
        CollectionsModel *model = app.places->collections()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        // Ctrl+S saves into the same request, without asking where.
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        tabs->setCurrentIndex(0);
        bool asked = false;
        QTimer::singleShot(300, this, [&asked] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        QTest::keyClick(app.window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!controller->isModified());
        QVERIFY(!asked);
        const QModelIndex collection = model->index(0, 0);
        QCOMPARE(model->rowCount(collection), 1);
        const auto saved = model->request(model->index(0, 0, collection));
        QVERIFY(saved);
        QCOMPARE(saved.value().url, QStringLiteral("http://127.0.0.1:1/linked/edited"));
    }
};

QTEST_MAIN(TestWindowPlaces)
#include "tst_windowplaces.moc"
