#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QSplitter;

namespace wb {
class Settings;
}

namespace wb::ui {

class MainMenus;
class Sidebar;
class TabArea;

// The window shell: menus, the sidebar of places, the tab area and the status bar. It composes
// smaller widgets and holds no request or socket logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Makes the page of a new tab; the returned widget is owned by the tab area.
    using PageFactory = std::function<QWidget *(QWidget *parent)>;

    MainWindow(Settings &settings, const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setRequestPageFactory(PageFactory factory);
    void setSocketConsolePageFactory(PageFactory factory);

    MainMenus *menus() const { return m_menus; }
    Sidebar *sidebar() const { return m_sidebar; }
    TabArea *tabArea() const { return m_tabArea; }

    void openRequestTab();
    void openSocketConsoleTab();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    QWidget *makeUnavailablePage(const QString &text);

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
};

} // namespace wb::ui
