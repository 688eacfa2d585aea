#include "core/common/settings.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/tabarea.h"
#include "ui/shell/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void menusListEveryAction()
    {
        wb::Settings settings(settingsFile());
        MainWindow window(settings, m_dir.path());
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"),
                                      QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(window.menus()->newRequest->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
        QCOMPARE(window.menus()->closeTab->shortcut(), QKeySequence(QStringLiteral("Ctrl+W")));
        QVERIFY(window.menus()->about->menu() == nullptr);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
    }

    void emptyStateOpensTabs()
    {
        wb::Settings settings(settingsFile());
        MainWindow window(settings, m_dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TabArea *area = window.tabArea();
        QVERIFY(area->welcomePage()->isVisible());
        QCOMPARE(area->count(), 0);
        QVERIFY(!window.menus()->closeTab->isEnabled());

        QTest::mouseClick(area->welcomePage()->newRequestButton(), Qt::LeftButton);
        QCOMPARE(area->count(), 1);
        QVERIFY(!area->welcomePage()->isVisible());
        QCOMPARE(area->tabWidget()->tabText(0), QStringLiteral("Request 1"));

        window.menus()->newSocketConsole->trigger();
        QCOMPARE(area->count(), 2);
        QCOMPARE(area->currentIndex(), 1);
        QCOMPARE(area->tabWidget()->tabText(1), QStringLiteral("Console 1"));

        window.menus()->nextTab->trigger();
        QCOMPARE(area->currentIndex(), 0);
        window.menus()->previousTab->trigger();
        QCOMPARE(area->currentIndex(), 1);

        // Middle click on the first tab closes it.
        QTabBar *bar = area->tabWidget()->tabBar();
        QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
        QCOMPARE(area->count(), 1);
        QCOMPARE(area->tabWidget()->tabText(0), QStringLiteral("Console 1"));

        window.menus()->closeTab->trigger();
        QCOMPARE(area->count(), 0);
        QVERIFY(area->welcomePage()->isVisible());
        QVERIFY(!window.menus()->closeTab->isEnabled());
    }

    void pageFactoriesAreUsed()
    {
        wb::Settings settings(settingsFile());
        MainWindow window(settings, m_dir.path());
        QWidget *made = nullptr;
        window.setRequestPageFactory([&made](QWidget *parent) {
            made = new QWidget(parent);
            made->setObjectName(QStringLiteral("composer"));
            return made;
        });
        window.openRequestTab();
        QCOMPARE(window.tabArea()->currentPage(), made);
    }

    void sidebarPlaces()
    {
        wb::Settings settings(settingsFile());
        MainWindow window(settings, m_dir.path());
        window.show();
        window.menus()->showHistory->trigger();
        QCOMPARE(window.sidebar()->currentPlace(), Sidebar::Place::History);
        window.menus()->showCollections->trigger();
        QCOMPARE(window.sidebar()->currentPlace(), Sidebar::Place::Collections);
        window.menus()->toggleSidebar->trigger();
        QVERIFY(!window.sidebar()->isVisible());
        window.menus()->showHistory->trigger();
        QVERIFY(window.sidebar()->isVisible());
    }

    void layoutIsRestored()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("layout.ini"));
        {
            wb::Settings settings(file);
            MainWindow window(settings, dir.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 610);
            window.menus()->showHistory->trigger();
            window.menus()->toggleSidebar->setChecked(false);
            QTest::qWait(50);
            window.close();
        }
        wb::Settings settings(file);
        MainWindow window(settings, dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(900, 610));
        QCOMPARE(window.sidebar()->currentPlace(), Sidebar::Place::History);
        QVERIFY(!window.sidebar()->isVisible());
        QVERIFY(!window.menus()->toggleSidebar->isChecked());
    }

    void followsThePalette()
    {
        wb::Settings settings(settingsFile());
        MainWindow window(settings, m_dir.path());
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        QTRY_COMPARE(window.tabArea()->welcomePage()->palette().color(QPalette::Window),
                     QColor(30, 30, 30));
        QApplication::setPalette(original);
        QTRY_COMPARE(window.palette().color(QPalette::Window), original.color(QPalette::Window));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
