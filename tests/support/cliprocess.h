#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb::test {

// What a run of wirebench-cli left: exit code (-1 when it did not end in time), output, errors.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built wirebench-cli with proxies off, spinning this thread's event loop meanwhile
// (servers the test runs in-process keep answering); killed after `timeoutMs`.
CliRun runCli(const QStringList &arguments, int timeoutMs = 30000);

} // namespace wb::test
