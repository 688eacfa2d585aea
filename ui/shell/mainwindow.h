#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QSplitter;

namespace wb {
class Settings;
}
namespace wb::http {
struct RequestSpec;
}
namespace wb::store {
struct HistoryEntry;
}

namespace wb::ui {

class DraftKeeper;
class MainMenus;
class RequestController;
class Sidebar;
class TabArea;
class Workbench;

// The window shell: menus, the sidebar of places, the tab area and the status bar. It composes
// smaller widgets and holds no request or socket logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Makes the page of a new tab; the returned widget is owned by the tab area.
    using PageFactory = std::function<QWidget *(QWidget *parent)>;

    MainWindow(Settings &settings, const QString &workspacePath, QWidget *parent = nullptr);
    // A window whose request tabs send with `workbench`'s engine, record into its store, and
    // come back (with unsaved edits) the next time a window opens on the same workspace.
    MainWindow(Settings &settings, Workbench *workbench, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setRequestPageFactory(PageFactory factory);
    void setSocketConsolePageFactory(PageFactory factory);

    MainMenus *menus() const { return m_menus; }
    Sidebar *sidebar() const { return m_sidebar; }
    TabArea *tabArea() const { return m_tabArea; }

    Workbench *workbench() const { return m_workbench; }
    DraftKeeper *draftKeeper() const { return m_drafts; }

    void openRequestTab();
    void openSocketConsoleTab();
    // A new request tab showing `spec` (needs a workbench); returns its controller.
    RequestController *openRequest(const wb::http::RequestSpec &spec);
    // A new tab with the entry's request in the composer and its responses in the inspector.
    RequestController *openHistoryEntry(const wb::store::HistoryEntry &entry);
    // Loads history entry `id` from the store, then opens it as above.
    void openHistoryEntry(qint64 id);

signals:
    // A request tab was added (new, restored from a draft or opened from the history).
    void requestTabAdded(wb::ui::RequestController *controller);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    QWidget *makeUnavailablePage(const QString &text);
    void attachWorkbench();
    RequestController *addRequestPage(const QString &tabId);

    Settings &m_settings;
    QString m_workspacePath;
    MainMenus *m_menus = nullptr;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    TabArea *m_tabArea = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    PageFactory m_requestFactory;
    PageFactory m_socketFactory;
    int m_requestCounter = 0;
    int m_consoleCounter = 0;
    Workbench *m_workbench = nullptr;
    DraftKeeper *m_drafts = nullptr;
    QList<quint64> m_entryRequests; // history entries asked for, to open when they arrive
};

} // namespace wb::ui
