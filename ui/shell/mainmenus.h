#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace wb::ui {

// Every window-level action, built once and placed in the menu bar. Each action carries its
// shortcut so that the menus list every shortcut the window has.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(QMainWindow *window);

    QAction *newRequest = nullptr;
    QAction *newSocketConsole = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *manageEnvironments = nullptr;
    QAction *closeTab = nullptr;
    QAction *quit = nullptr;

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *selectAll = nullptr;
    QAction *copyAsCurl = nullptr;
    QAction *generateCode = nullptr;

    QAction *toggleSidebar = nullptr;
    QAction *showCollections = nullptr;
    QAction *showHistory = nullptr;
    QAction *nextTab = nullptr;
    QAction *previousTab = nullptr;
    QAction *fullScreen = nullptr;

    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

private:
    void buildFileMenu(QMainWindow *window);
    void buildEditMenu(QMainWindow *window);
    void buildViewMenu(QMainWindow *window);
    void buildHelpMenu(QMainWindow *window);
};

} // namespace wb::ui
