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

    void historyAndWorkspacePreferences()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("wirebench.ini"));
        {
            wb::Settings settings(file);
            QCOMPARE(settings.historyMaxEntries(), 100000);
            QCOMPARE(settings.historyMaxBytes(), qint64(2) << 30);
            QVERIFY(!settings.keepSecretsInHistory());
            QVERIFY(!settings.recordCliSends());
            QVERIFY(settings.activeEnvironment().isEmpty());
            settings.setHistoryMaxEntries(500);
            settings.setHistoryMaxBytes(0);
            settings.setKeepSecretsInHistory(true);
            settings.setRecordCliSends(true);
            settings.setActiveEnvironment(QStringLiteral("{1b4e28ba-2fa1-11d2-883f-0016d3cca427}"));
        }
        wb::Settings reopened(file);
        QCOMPARE(reopened.historyMaxEntries(), 500);
        QCOMPARE(reopened.historyMaxBytes(), 0);
        QVERIFY(reopened.keepSecretsInHistory());
        QVERIFY(reopened.recordCliSends());
        QCOMPARE(reopened.activeEnvironment(),
                 QStringLiteral("{1b4e28ba-2fa1-11d2-883f-0016d3cca427}"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
