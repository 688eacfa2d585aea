#include "ui/shell/mainmenus.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace wb::ui {

namespace {

QAction *makeAction(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                    const QString &objectName)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    action->setObjectName(objectName);
    return action;
}

// Edit actions act on whichever text widget has focus.
void forwardToFocusWidget(QAction *action, const char *slot)
{
    QObject::connect(action, &QAction::triggered, action, [slot] {
        if (QWidget *focus = QApplication::focusWidget())
            QMetaObject::invokeMethod(focus, slot);
    });
}

} // namespace

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window)
{
    buildFileMenu(window);
    buildEditMenu(window);
    buildViewMenu(window);
    buildHelpMenu(window);
}

void MainMenus::buildFileMenu(QMainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&File"));
    menu->setObjectName(QStringLiteral("menuFile"));
    newRequest = makeAction(menu, tr("New &Request"), QKeySequence(tr("Ctrl+T")),
                            QStringLiteral("actionNewRequest"));
    newSocketConsole = makeAction(menu, tr("New &Socket Console"), QKeySequence(tr("Ctrl+Shift+T")),
                                  QStringLiteral("actionNewSocketConsole"));
    menu->addSeparator();
    save = makeAction(menu, tr("&Save to Collection"), QKeySequence(tr("Ctrl+S")),
                      QStringLiteral("actionSave"));
    saveAs = makeAction(menu, tr("Save to Collection &As…"), QKeySequence(tr("Ctrl+Shift+S")),
                        QStringLiteral("actionSaveAs"));
    manageEnvironments = makeAction(menu, tr("Manage &Environments…"), QKeySequence(tr("Ctrl+E")),
                                    QStringLiteral("actionManageEnvironments"));
    menu->addSeparator();
    closeTab = makeAction(menu, tr("&Close Tab"), QKeySequence(tr("Ctrl+W")),
                          QStringLiteral("actionCloseTab"));
    menu->addSeparator();
    quit = makeAction(menu, tr("&Quit"), QKeySequence(tr("Ctrl+Q")), QStringLiteral("actionQuit"));
    quit->setMenuRole(QAction::QuitRole);
}

void MainMenus::buildEditMenu(QMainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Edit"));
    menu->setObjectName(QStringLiteral("menuEdit"));
    undo = makeAction(menu, tr("&Undo"), QKeySequence::Undo, QStringLiteral("actionUndo"));
    redo = makeAction(menu, tr("&Redo"), QKeySequence::Redo, QStringLiteral("actionRedo"));
    menu->addSeparator();
    cut = makeAction(menu, tr("Cu&t"), QKeySequence::Cut, QStringLiteral("actionCut"));
    copy = makeAction(menu, tr("&Copy"), QKeySequence::Copy, QStringLiteral("actionCopy"));
    paste = makeAction(menu, tr("&Paste"), QKeySequence::Paste, QStringLiteral("actionPaste"));
    menu->addSeparator();
    selectAll = makeAction(menu, tr("Select &All"), QKeySequence::SelectAll,
                           QStringLiteral("actionSelectAll"));
    menu->addSeparator();
    copyAsCurl = makeAction(menu, tr("Copy Request as c&URL"), QKeySequence(tr("Ctrl+Alt+C")),
                            QStringLiteral("actionCopyAsCurl"));
    generateCode = makeAction(menu, tr("&Generate Code…"), QKeySequence(tr("Ctrl+Alt+G")),
                              QStringLiteral("actionGenerateCode"));
    forwardToFocusWidget(undo, "undo");
    forwardToFocusWidget(redo, "redo");
    forwardToFocusWidget(cut, "cut");
    forwardToFocusWidget(copy, "copy");
    forwardToFocusWidget(paste, "paste");
    forwardToFocusWidget(selectAll, "selectAll");
    // Text widgets handle these keys themselves; the menu entries show the shortcut and act
    // when chosen with the mouse.
    for (QAction *a : {undo, redo, cut, copy, paste, selectAll})
        a->setShortcutContext(Qt::WidgetShortcut);
}

void MainMenus::buildViewMenu(QMainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&View"));
    menu->setObjectName(QStringLiteral("menuView"));
    toggleSidebar = makeAction(menu, tr("Show &Sidebar"), QKeySequence(tr("Ctrl+B")),
                               QStringLiteral("actionToggleSidebar"));
    toggleSidebar->setCheckable(true);
    showCollections = makeAction(menu, tr("&Collections"), QKeySequence(tr("Ctrl+1")),
                                 QStringLiteral("actionShowCollections"));
    showHistory = makeAction(menu, tr("&History"), QKeySequence(tr("Ctrl+2")),
                             QStringLiteral("actionShowHistory"));
    menu->addSeparator();
    nextTab = makeAction(menu, tr("&Next Tab"), QKeySequence(tr("Ctrl+Tab")),
                         QStringLiteral("actionNextTab"));
    previousTab = makeAction(menu, tr("&Previous Tab"), QKeySequence(tr("Ctrl+Shift+Tab")),
                             QStringLiteral("actionPreviousTab"));
    menu->addSeparator();
    fullScreen = makeAction(menu, tr("&Full Screen"), QKeySequence::FullScreen,
                            QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
}

void MainMenus::buildHelpMenu(QMainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("menuHelp"));
    about = makeAction(menu, tr("&About Wirebench"), QKeySequence(), QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(menu, tr("About &Qt"), QKeySequence(), QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace wb::ui
