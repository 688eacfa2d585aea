#include "core/common/settings.h"

#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndPersistence()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("wirebench.ini"));
        {
            wb::Settings settings(file);
            QVERIFY(settings.sidebarVisible());
            QCOMPARE(settings.sidebarPage(), QStringLiteral("history"));
            QVERIFY(settings.language().isEmpty());
            settings.setSidebarVisible(false);
            settings.setSidebarPage(QStringLiteral("collections"));
            settings.setLanguage(QStringLiteral("de"));
            settings.setMainWindowGeometry(QByteArray("\x01\x02", 2));
        }
        wb::Settings reopened(file);
        QVERIFY(!reopened.sidebarVisible());
        QCOMPARE(reopened.sidebarPage(), QStringLiteral("collections"));
        QCOMPARE(reopened.language(), QStringLiteral("de"));
        QCOMPARE(reopened.mainWindowGeometry(), QByteArray("\x01\x02", 2));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
