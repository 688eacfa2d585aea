// The executables as a user runs them: real processes, real exit codes.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString cli = QStringLiteral(WB_CLI_PATH);
const QString gui = QStringLiteral(WB_GUI_PATH);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        for (const QString &program : {cli, gui}) {
            const Run r = run(program, {QStringLiteral("--version")});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out.trimmed(), QStringLiteral("Wirebench 0.1.0"));
        }
    }

    void help()
    {
        const Run c = run(cli, {QStringLiteral("--help")});
        QCOMPARE(c.code, 0);
        QVERIFY(c.out.contains(QStringLiteral("Commands:")));
        QVERIFY(c.out.contains(QStringLiteral("--workspace <path>")));
        QVERIFY(c.out.contains(QStringLiteral("workspace")));
        const Run g = run(gui, {QStringLiteral("--help")});
        QCOMPARE(g.code, 0);
        QVERIFY(g.out.contains(QStringLiteral("--workspace <path>")));
        QVERIFY(g.out.contains(QStringLiteral("--lang <language>")));
    }

    void usageErrors()
    {
        const Run none = run(cli, {});
        QCOMPARE(none.code, 2);
        const Run unknown = run(cli, {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
        const Run badOption = run(cli, {QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.code, 2);
    }

    void workspaceOption()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my workspace"));
        const Run r = run(cli, {QStringLiteral("--workspace"), path, QStringLiteral("workspace")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), path);
        QVERIFY(QFileInfo(path).isDir());

        const QString file = dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run bad = run(cli, {QStringLiteral("--workspace"), file, QStringLiteral("workspace")});
        QCOMPARE(bad.code, 7);
        QVERIFY(bad.err.contains(QStringLiteral("is a file")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
