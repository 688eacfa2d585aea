#include "tests/support/cliprocess.h"

#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace wb::test {

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    process.setProcessEnvironment(env);
    process.start(binaryDir() + QStringLiteral("/app/cli/wirebench-cli"), arguments);
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace wb::test
