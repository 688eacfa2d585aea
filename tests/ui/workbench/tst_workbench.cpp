// End to end: the real window, engine and workspace database against local servers.

#include "core/common/settings.h"
#include "core/http/httpengine.h"
#include "core/interchange/curlimporter.h"
#include "core/store/workspacestore.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/workbench/testapp.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/request/urlbar.h"
#include "ui/response/prettyview.h"
#include "ui/response/responseinspector.h"
#include "ui/response/statusstrip.h"
#include "ui/response/wireview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/tabarea.h"
#include "ui/workbench/draftkeeper.h"
#include "ui/workbench/requestcontroller.h"
#include "ui/workbench/workbench.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wb;
using namespace wb::ui;

namespace {

using App = test::TestApp;

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HttpbinServer> m_httpbin;

    void startHttpbin() { test::startHttpbinOnce(m_httpbin); }

    QString workspace(const QString &name) const { return m_dir.filePath(name); }

    // Opens a tab, types `url` and presses Ctrl+Enter in the URL field.
    static RequestPage *typeAndSend(App &app, const QString &url)
    {
        QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
        RequestPage *page = app.currentPage();
        if (!page)
            return nullptr;
        // The new tab has the cursor in its URL field.
        QLineEdit *edit = page->composer()->urlBar()->urlEdit();
        if (QApplication::focusWidget() != edit)
            return nullptr;
        QTest::keyClicks(edit, url);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        return page;
    }

    // typeAndSend, then waits (bounded) for the exchange to finish; null when it did not.
    static RequestPage *sendAndWait(App &app, const QString &url)
    {
        RequestPage *page = typeAndSend(app, url);
        const bool done =
            page &&
            QTest::qWaitFor([page] { return !page->inspector()->chain().isEmpty(); }, 15000);
        return done ? page : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QGuiApplication::setApplicationName(QStringLiteral("tst_workbench"));
    }

    void sendShowsStatusAndBodyAndRecordsHistory()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(workspace(QStringLiteral("send")));
        QSignalSpy appended(&app.store, &store::WorkspaceStore::entriesAppended);
        RequestPage *page =
            typeAndSend(app, m_httpbin->baseUrl() + QStringLiteral("/anything?tool=wirebench"));
        QVERIFY(page);
        ResponseInspector *inspector = page->inspector();
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->chain().isEmpty(), 15000);
        QVERIFY2(inspector->statusStrip()->statusText().contains(QStringLiteral("200")),
                 qPrintable(inspector->statusStrip()->statusText() + QLatin1Char(' ') +
                            inspector->chain().last().url));
        QCOMPARE(inspector->bodyMode(), ResponseInspector::BodyMode::Pretty);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->prettyView()->visibleText().contains(
                                     QStringLiteral("\"tool\": \"wirebench\"")),
                                 10000);
        QVERIFY(!page->composer()->urlBar()->isBusy());
        // The tab is named after the request and marked as edited.
        const QString tabText = app.window->tabArea()->tabWidget()->tabText(0);
        QVERIFY2(tabText.startsWith(QStringLiteral("• GET 127.0.0.1:")), qPrintable(tabText));
        QVERIFY2(tabText.endsWith(QStringLiteral("/anything")), qPrintable(tabText));

        // The exchange is in the workspace's database file.
        QTRY_COMPARE_WITH_TIMEOUT(appended.count(), 1, 10000);
        const auto entries = appended.first().first().value<QList<store::HistorySummary>>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().status, 200);
        QVERIFY(QFileInfo(workspace(QStringLiteral("send"))).isDir());

        // Reopened from the history: request in the composer, response in the inspector.
        app.window->openHistoryEntry(entries.first().id);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->tabArea()->count(), 2, 10000);
        RequestPage *reopened = app.currentPage();
        QVERIFY(reopened && reopened != page);
        QCOMPARE(reopened->composer()->urlBar()->url(),
                 m_httpbin->baseUrl() + QStringLiteral("/anything?tool=wirebench"));
        QCOMPARE(reopened->inspector()->chain().last().response.status, 200);
        QVERIFY(reopened->inspector()->statusStrip()->statusText().contains(QStringLiteral("200")));
        QCOMPARE(reopened->inspector()->chain().last().responseBody.head(1 << 20),
                 inspector->chain().last().responseBody.head(1 << 20));
        QTRY_VERIFY_WITH_TIMEOUT(reopened->inspector()->prettyView()->visibleText().contains(
                                     QStringLiteral("\"tool\": \"wirebench\"")),
                                 10000);
    }

    void redirectChainShownHopByHop()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(workspace(QStringLiteral("redirect")));
        RequestPage *page = sendAndWait(app, m_httpbin->baseUrl() + QStringLiteral("/redirect/2"));
        QVERIFY(page);
        ResponseInspector *inspector = page->inspector();
        QCOMPARE(inspector->chain().hops.size(), 3);
        WireView *wire = inspector->wireView();
        QCOMPARE(wire->hopCount(), 3);
        inspector->showTab(ResponseInspector::WireTab);
        wire->showHop(0);
        QVERIFY2(wire->text().contains(QStringLiteral("GET /redirect/2 HTTP/1.1")),
                 qPrintable(wire->text().left(400)));
        QVERIFY(wire->text().contains(QStringLiteral("HTTP/1.1 302")));
        wire->showHop(1);
        QVERIFY2(wire->text().contains(QStringLiteral("GET /relative-redirect/1")) ||
                     wire->text().contains(QStringLiteral("GET /redirect/1")),
                 qPrintable(wire->text().left(400)));
        wire->showHop(2);
        QVERIFY(wire->text().contains(QStringLiteral("GET /get HTTP/1.1")));
        QVERIFY(wire->text().contains(QStringLiteral("HTTP/1.1 200")));
        QVERIFY(inspector->statusStrip()->statusText().contains(QStringLiteral("200")));
    }

    void tlsErrorIsExplained()
    {
        test::TestCertificates certificates;
        WB_CHECK_FIXTURE(certificates.generate());
        test::NginxServer::Options options;
        options.certificateFile = certificates.certificate(QStringLiteral("wronghost"));
        options.keyFile = certificates.key(QStringLiteral("wronghost"));
        test::NginxServer nginx(options);
        WB_START_FIXTURE(nginx);
        App app(workspace(QStringLiteral("tls")));
        RequestPage *page = sendAndWait(app, nginx.baseUrl() + QStringLiteral("/"));
        QVERIFY(page);
        ResponseInspector *inspector = page->inspector();
        QCOMPARE(inspector->chain().last().error.category, ErrorCategory::Tls);
        StatusStrip *strip = inspector->statusStrip();
        QVERIFY(!strip->errorText().isEmpty());
        QCOMPARE(strip->errorText(), inspector->chain().last().error.message);
        QCOMPARE(strip->hintText(), StatusStrip::hintFor(ErrorCategory::Tls));
        QVERIFY(!strip->hintText().isEmpty());
        // The sentence also reaches the status bar.
        QCOMPARE(app.window->statusBar()->currentMessage(), strip->errorText());
    }

    void connectionRefusedIsExplained()
    {
        App app(workspace(QStringLiteral("refused")));
        const quint16 port = test::pickFreePort();
        RequestPage *page = sendAndWait(app, QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY(page);
        ResponseInspector *inspector = page->inspector();
        QCOMPARE(inspector->chain().last().error.category, ErrorCategory::ConnectionRefused);
        QVERIFY(!inspector->statusStrip()->errorText().isEmpty());
        QVERIFY(!inspector->statusStrip()->hintText().isEmpty());
    }

    void perRequestTimeoutIsUsedAndExplained()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(workspace(QStringLiteral("timeout")));
        QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
        RequestPage *page = app.currentPage();
        QVERIFY(page);
        http::RequestSpec spec;
        spec.url = m_httpbin->baseUrl() + QStringLiteral("/delay/10");
        spec.options.totalTimeoutMs = 500;
        RequestController::of(page)->loadSpec(spec, true);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(page->composer()->urlBar()->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!page->inspector()->chain().isEmpty(), 9500);
        // Well before the answer would have come (10 s), however loaded the machine.
        QVERIFY2(clock.elapsed() < 9000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(page->inspector()->chain().last().error.category, ErrorCategory::Timeout);
        QCOMPARE(page->inspector()->statusStrip()->hintText(),
                 StatusStrip::hintFor(ErrorCategory::Timeout));
        QVERIFY(!page->inspector()->statusStrip()->errorText().isEmpty());
    }

    void resolverRunsBeforeSending()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(workspace(QStringLiteral("resolver")));
        const QString base = m_httpbin->baseUrl();
        app.workbench.setSpecResolver([base](const http::RequestSpec &spec) {
            http::RequestSpec resolved = spec;
            resolved.url.replace(QStringLiteral("{{base}}"), base);
            return Result<http::RequestSpec>(resolved);
        });
        RequestPage *page = typeAndSend(app, QStringLiteral("{{base}}/status/204"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->inspector()->chain().isEmpty(), 15000);
        QCOMPARE(page->inspector()->chain().last().response.status, 204);
        // A resolver that refuses: its sentence is shown, nothing is sent.
        RequestController::of(page)->setSpecResolver([](const http::RequestSpec &) {
            return Result<http::RequestSpec>(
                makeError(ErrorCategory::InvalidInput, QStringLiteral("No variable {{base}}.")));
        });
        page->composer()->urlBar()->sendButton()->click();
        QCOMPARE(page->inspector()->statusStrip()->errorText(),
                 QStringLiteral("No variable {{base}}."));
        QVERIFY(!page->composer()->urlBar()->isBusy());
    }

    void cancelStopsTheRequest()
    {
        startHttpbin();
        if (!m_httpbin)
            return;
        App app(workspace(QStringLiteral("cancel")));
        RequestPage *page = typeAndSend(app, m_httpbin->baseUrl() + QStringLiteral("/delay/10"));
        QVERIFY(page);
        QVERIFY(page->composer()->urlBar()->isBusy());
        QCOMPARE(page->composer()->urlBar()->sendButton()->text(), QStringLiteral("Cancel"));
        QTest::qWait(200);
        QTest::keyClick(page->composer()->urlBar()->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!page->inspector()->chain().isEmpty(), 5000);
        QCOMPARE(page->inspector()->chain().last().error.category, ErrorCategory::Cancelled);
        QVERIFY(!page->composer()->urlBar()->isBusy());
    }

    void pastedCurlBecomesTheRequest()
    {
        App app(workspace(QStringLiteral("curl")));
        QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
        RequestPage *page = app.currentPage();
        QVERIFY(page);
        QLineEdit *edit = page->composer()->urlBar()->urlEdit();
        edit->setFocus();
        QGuiApplication::clipboard()->setText(
            QStringLiteral("curl 'https://api.example.test/items?page=2' \\\n  -X PUT \\\n"
                           "  -H 'X-Token: abc' \\\n  --data-raw '{\"a\":1}'"));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        const http::RequestSpec spec = page->composer()->spec();
        QCOMPARE(spec.method, QStringLiteral("PUT"));
        QCOMPARE(spec.url, QStringLiteral("https://api.example.test/items?page=2"));
        QVERIFY(spec.headers.contains(
            http::HeaderField{QStringLiteral("X-Token"), QStringLiteral("abc"), true}));
        QCOMPARE(spec.body.raw, QByteArray("{\"a\":1}"));
        // Copy Request as cURL (Ctrl+Alt+C) reads back to the same request.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        const auto back = interchange::CurlImporter::parse(QGuiApplication::clipboard()->text());
        QVERIFY2(back.ok(), qPrintable(QGuiApplication::clipboard()->text()));
        QCOMPARE(back->spec.method, spec.method);
        QCOMPARE(back->spec.url, spec.url);
        QVERIFY(back->spec.headers.contains(spec.headers.first()));
        QCOMPARE(back->spec.body.raw, spec.body.raw);

        // A command that does not parse leaves the request alone and says why.
        QGuiApplication::clipboard()->setText(QStringLiteral("curl 'unterminated"));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(page->composer()->spec().method, QStringLiteral("PUT"));
        QVERIFY2(app.window->statusBar()->currentMessage().contains(QStringLiteral("cURL")),
                 qPrintable(app.window->statusBar()->currentMessage()));
    }

    void draftsSurviveACrash()
    {
        const QString folder = workspace(QStringLiteral("drafts"));
        QString firstId;
        {
            auto app = std::make_unique<App>(folder);
            QSignalSpy written(&app->store, &store::WorkspaceStore::writeFinished);
            for (const QString &url :
                 {QStringLiteral("http://one.test/a"), QStringLiteral("http://two.test/b"),
                  QStringLiteral("http://three.test/c")}) {
                QTest::keyClick(app->window.get(), Qt::Key_T, Qt::ControlModifier);
                QTest::keyClicks(app->currentPage()->composer()->urlBar()->urlEdit(), url);
            }
            TabArea *tabs = app->window->tabArea();
            QCOMPARE(tabs->count(), 3);
            // The third tab is dropped, the first moved to the end, the second left current.
            firstId = RequestController::of(tabs->page(0))->tabId();
            tabs->closeTab(2);
            tabs->tabWidget()->tabBar()->moveTab(0, 1);
            tabs->setCurrentIndex(0);
            app->currentPage()->composer()->urlBar()->methodBox()->setCurrentText(
                QStringLiteral("DELETE"));
            // Wait for the autosave (a pause after the last edit) to reach the database.
            QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 5000);
            QTest::qWait(DraftKeeper::autosaveDelayMs * 2);
            QTRY_VERIFY_WITH_TIMEOUT(!app->window->draftKeeper()->isRestoring(), 1000);
            // Gone without closeEvent: nothing is saved on the way out.
            app->window.reset();
        }
        App app(folder);
        TabArea *tabs = app.window->tabArea();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->count(), 2, 10000);
        auto urlOf = [tabs](int i) {
            return qobject_cast<RequestPage *>(tabs->page(i))->composer()->urlBar()->url();
        };
        QCOMPARE(urlOf(0), QStringLiteral("http://two.test/b"));
        QCOMPARE(urlOf(1), QStringLiteral("http://one.test/a"));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(qobject_cast<RequestPage *>(tabs->page(0))->composer()->spec().method,
                 QStringLiteral("DELETE"));
        QCOMPARE(RequestController::of(tabs->page(1))->tabId(), firstId);
        QVERIFY(RequestController::of(tabs->page(0))->isModified());
        QVERIFY2(tabs->tabWidget()->tabText(0).startsWith(QStringLiteral("• DELETE two.test/b")),
                 qPrintable(tabs->tabWidget()->tabText(0)));

        // A normal quit keeps them too; closing a tab forgets its draft.
        tabs->closeTab(0);
        app.window->close();
    }

    void closedTabStaysClosedAfterQuit()
    {
        const QString folder = workspace(QStringLiteral("drafts"));
        App app(folder);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->tabArea()->count(), 1, 10000);
        QCOMPARE(qobject_cast<RequestPage *>(app.window->tabArea()->page(0))
                     ->composer()
                     ->urlBar()
                     ->url(),
                 QStringLiteral("http://one.test/a"));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
