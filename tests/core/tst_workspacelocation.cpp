#include "core/workspace/workspacelocation.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wb::workspace::WorkspaceLocation;

class TestWorkspaceLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultIsUnderAppData()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(WorkspaceLocation::defaultPath().startsWith(appData));
    }

    void createsMissingFolder()
    {
        QTemporaryDir dir;
        const QString wanted = dir.filePath(QStringLiteral("a/b/ws"));
        const auto prepared = WorkspaceLocation::prepare(wanted);
        QVERIFY(prepared.ok());
        QCOMPARE(prepared.value(), wanted);
        QVERIFY(QFileInfo(wanted).isDir());
    }

    void refusesAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto prepared = WorkspaceLocation::prepare(file);
        QVERIFY(!prepared.ok());
        QVERIFY(prepared.error().message.contains(QStringLiteral("is a file")));
        QVERIFY(prepared.error().message.contains(QStringLiteral("--workspace")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLocation)
#include "tst_workspacelocation.moc"
