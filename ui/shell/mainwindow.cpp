#include "ui/shell/mainwindow.h"

#include "core/common/settings.h"
#include "core/common/version.h"
#include "core/store/workspacestore.h"
#include "ui/request/requestpage.h"
#include "ui/response/responseinspector.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/tabarea.h"
#include "ui/shell/welcomepage.h"
#include "ui/workbench/codedialog.h"
#include "ui/workbench/draftkeeper.h"
#include "ui/workbench/requestcontroller.h"
#include "ui/workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

namespace wb::ui {

MainWindow::MainWindow(Settings &settings, const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Wirebench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wirebench.svg")));

    m_menus = new MainMenus(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_sidebar = new Sidebar(m_splitter);
    m_sidebar->setMinimumWidth(180);
    m_tabArea = new TabArea(m_splitter);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_tabArea);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1000});
    setCentralWidget(m_splitter);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspacePath)));
    m_workspaceLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->showMessage(tr("Ready"));

    connectActions();
    restoreLayout();
}

MainWindow::MainWindow(Settings &settings, Workbench *workbench, QWidget *parent)
    : MainWindow(settings, workbench->workspacePath(), parent)
{
    m_workbench = workbench;
    attachWorkbench();
}

MainWindow::~MainWindow() = default;

void MainWindow::attachWorkbench()
{
    Workbench *workbench = m_workbench;
    setRequestPageFactory([workbench](QWidget *parent) {
        auto *page = new RequestPage(parent);
        new RequestController(page, workbench);
        return page;
    });
    m_drafts = new DraftKeeper(m_tabArea, workbench, this);
    if (store::WorkspaceStore *store = workbench->store()) {
        connect(store, &store::WorkspaceStore::appendFailed, this,
                [this](const Error &error, int lost) {
                    statusBar()->showMessage(
                        tr("%n exchange(s) could not be added to the history: %1", nullptr, lost)
                            .arg(error.message));
                });
        connect(store, &store::WorkspaceStore::entryLoaded, this,
                [this](quint64 requestId, const store::HistoryEntry &entry, const Error &error) {
                    if (!m_entryRequests.removeOne(requestId))
                        return;
                    if (error.isError())
                        statusBar()->showMessage(error.message);
                    else
                        openHistoryEntry(entry);
                });
    }
    connect(m_menus->copyAsCurl, &QAction::triggered, this, [this] {
        if (RequestController *controller = RequestController::of(m_tabArea->currentPage())) {
            QApplication::clipboard()->setText(controller->curlCommand());
            statusBar()->showMessage(tr("Copied the request as a cURL command."), 5000);
        }
    });
    connect(m_menus->generateCode, &QAction::triggered, this, [this] {
        RequestController *controller = RequestController::of(m_tabArea->currentPage());
        if (!controller)
            return;
        const Result<http::RequestSpec> spec = controller->resolvedSpec();
        if (!spec) {
            statusBar()->showMessage(spec.error().message, 10000);
            return;
        }
        auto *dialog = new CodeDialog(spec.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_drafts->restore([this](const QString &tabId) { return addRequestPage(tabId); });
}

RequestController *MainWindow::addRequestPage(const QString &tabId)
{
    if (!m_requestFactory)
        return nullptr;
    QWidget *page = m_requestFactory(m_tabArea);
    RequestController *controller = RequestController::of(page);
    if (!controller) {
        m_tabArea->addTab(page, tr("Request %1").arg(++m_requestCounter));
        return nullptr;
    }
    controller->setTabId(tabId);
    m_tabArea->addTab(page, controller->title());
    auto retitle = [this, controller] {
        m_tabArea->setPageTitle(controller->page(), controller->title(), controller->isModified());
    };
    connect(controller, &RequestController::titleChanged, this, retitle);
    connect(controller, &RequestController::modifiedChanged, this, retitle);
    connect(controller, &RequestController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    if (m_drafts)
        m_drafts->track(controller);
    emit requestTabAdded(controller);
    return controller;
}

RequestController *MainWindow::openRequest(const http::RequestSpec &spec)
{
    RequestController *controller = addRequestPage({});
    if (controller)
        controller->loadSpec(spec, false);
    return controller;
}

RequestController *MainWindow::openHistoryEntry(const store::HistoryEntry &entry)
{
    RequestController *controller = addRequestPage({});
    if (controller)
        controller->showEntry(entry);
    return controller;
}

void MainWindow::openHistoryEntry(qint64 id)
{
    if (m_workbench && m_workbench->store())
        m_entryRequests.append(m_workbench->store()->loadEntry(id));
}

void MainWindow::setRequestPageFactory(PageFactory factory)
{
    m_requestFactory = std::move(factory);
}
void MainWindow::setSocketConsolePageFactory(PageFactory factory)
{
    m_socketFactory = std::move(factory);
}

void MainWindow::connectActions()
{
    connect(m_menus->newRequest, &QAction::triggered, this, &MainWindow::openRequestTab);
    connect(m_menus->newSocketConsole, &QAction::triggered, this,
            &MainWindow::openSocketConsoleTab);
    connect(m_menus->closeTab, &QAction::triggered, m_tabArea, &TabArea::closeCurrentTab);
    connect(m_menus->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_menus->toggleSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_menus->showCollections, &QAction::triggered, this, [this] {
        m_menus->toggleSidebar->setChecked(true);
        m_sidebar->setCurrentPlace(Sidebar::Place::Collections);
    });
    connect(m_menus->showHistory, &QAction::triggered, this, [this] {
        m_menus->toggleSidebar->setChecked(true);
        m_sidebar->setCurrentPlace(Sidebar::Place::History);
    });
    connect(m_menus->nextTab, &QAction::triggered, m_tabArea, &TabArea::showNextTab);
    connect(m_menus->previousTab, &QAction::triggered, m_tabArea, &TabArea::showPreviousTab);
    connect(m_menus->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen)
                          : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    WelcomePage *welcome = m_tabArea->welcomePage();
    connect(welcome, &WelcomePage::newRequestRequested, this, &MainWindow::openRequestTab);
    connect(welcome, &WelcomePage::newSocketConsoleRequested, this,
            &MainWindow::openSocketConsoleTab);
    connect(m_tabArea, &TabArea::countChanged, this,
            [this](int count) { m_menus->closeTab->setEnabled(count > 0); });
    m_menus->closeTab->setEnabled(false);
}

QWidget *MainWindow::makeUnavailablePage(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void MainWindow::openRequestTab()
{
    if (m_workbench) {
        addRequestPage({});
        return;
    }
    QWidget *page =
        m_requestFactory
            ? m_requestFactory(m_tabArea)
            : makeUnavailablePage(tr("The request composer is not part of this build."));
    m_tabArea->addTab(page, tr("Request %1").arg(++m_requestCounter));
}

void MainWindow::openSocketConsoleTab()
{
    QWidget *page = m_socketFactory
                        ? m_socketFactory(m_tabArea)
                        : makeUnavailablePage(tr("The socket console is not part of this build."));
    m_tabArea->addTab(page, tr("Console %1").arg(++m_consoleCounter));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Wirebench"),
        tr("<h3>Wirebench %1</h3>"
           "<p>A native network workbench: compose HTTP requests, open raw sockets, and see "
           "exactly what went over the wire.</p>"
           "<p>Built with Qt %2. Released under the MIT License.</p>")
            .arg(QString::fromLatin1(applicationVersion), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1200, 760).boundedTo(available.size() * 0.9));
    }
    restoreState(m_settings.mainWindowState());
    const QByteArray splitter = m_settings.mainSplitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const bool sidebarVisible = m_settings.sidebarVisible();
    m_menus->toggleSidebar->setChecked(sidebarVisible);
    m_sidebar->setVisible(sidebarVisible);
    m_sidebar->setCurrentPlace(Sidebar::placeFromKey(m_settings.sidebarPage()));
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    m_settings.setSidebarVisible(m_menus->toggleSidebar->isChecked());
    m_settings.setSidebarPage(Sidebar::placeKey(m_sidebar->currentPlace()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_drafts)
        m_drafts->flush();
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_menus->fullScreen->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

} // namespace wb::ui
