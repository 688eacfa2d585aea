#pragma once

#include "core/common/result.h"

#include <QString>
#include <QTest>

namespace wb::test {

// True when running under CI (CI=true): a missing server is then a failure, not a skip.
bool isCi();
// The project's source folder, and the shared corpus folder beside it.
QString sourceDir();
QString binaryDir();
QString corpusDir();
// Full path of an executable found on PATH (or in /usr/sbin, /usr/bin), or empty.
QString findExecutable(const QString &name);
// A TCP (or UDP) port on 127.0.0.1 that was free a moment ago.
quint16 pickFreePort(bool udp = false);
// Runs a program to completion (for fixtures only) and returns its exit code, or -1 when it
// could not start or did not finish within `timeoutMs`.
int runProgram(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               int timeoutMs = 60000, const QString &workingDirectory = {});

// Writes `content` to `relativePath` under `dir` (creating folders) and returns the full path.
QString writeFileUnder(const QString &dir, const QString &relativePath, const QByteArray &content);
// Makes (or resizes) `path` into a sparse file of `size` zero bytes, for large downloads without
// the disk space; returns false when that failed.
bool makeSparseFile(const QString &path, qint64 size);
// Lets the unprivileged workers of servers started as root (nginx, h2o, Apache) read `path`
// and every folder above it up to, not including, the system's temporary folder.
void makeWorldReadable(const QString &path);

// Why a fixture could not start: missing binaries are skipped outside CI, everything else fails.
struct FixtureError
{
    bool missingBinary = false;
    QString message;
};

} // namespace wb::test

// Checks what a fixture step returned (std::optional<FixtureError>): skips the test when a binary
// is missing outside CI, fails it otherwise.
#define WB_CHECK_FIXTURE(expression)                                                               \
    do {                                                                                           \
        const auto wbFixtureError = (expression);                                                  \
        if (wbFixtureError) {                                                                      \
            if (wbFixtureError->missingBinary && !wb::test::isCi())                                \
                QSKIP(qPrintable(wbFixtureError->message));                                        \
            QFAIL(qPrintable(wbFixtureError->message));                                            \
        }                                                                                          \
    } while (false)

// Starts a fixture (anything with `std::optional<FixtureError> start()`), or skips/fails the test.
#define WB_START_FIXTURE(fixture) WB_CHECK_FIXTURE((fixture).start())
