#include "core/common/settings.h"
#include "ui/shell/languagesupport.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/tabarea.h"
#include "ui/shell/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The embedded translations load for --lang and really translate the shell (the contexts in the
// .ts files must match the classes' runtime names).
class TestLanguageSupport : public QObject
{
    Q_OBJECT

private:
    QStringList menuTitles(const QString &language)
    {
        const QString installed = wb::ui::installTranslations(*qApp, language);
        if (!language.isEmpty() && language != QLatin1String("en"))
            [&] { QCOMPARE(installed, language); }();
        QTemporaryDir dir;
        wb::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        wb::ui::MainWindow window(settings, dir.path());
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        titles << window.tabArea()->welcomePage()->newRequestButton()->text().section(
            QStringLiteral("    "), 0, 0);
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        return titles;
    }

private slots:
    void german()
    {
        QCOMPARE(menuTitles(QStringLiteral("de")),
                 QStringList({QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                              QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe"),
                              QStringLiteral("Neue HTTP-Anfrage")}));
    }

    void chinese()
    {
        QCOMPARE(menuTitles(QStringLiteral("zh_CN")),
                 QStringList({QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"),
                              QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)"),
                              QStringLiteral("新建 HTTP 请求")}));
    }

    void englishIsTheSource()
    {
        QCOMPARE(menuTitles(QStringLiteral("en")).first(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestLanguageSupport)
#include "tst_languagesupport.moc"
