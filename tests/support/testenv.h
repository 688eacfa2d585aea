#pragma once

#include "core/common/result.h"

#include <QString>
#include <QTest>

#include <optional>

namespace wb::test {

// True when running under CI (CI=true): a missing fixture is then a failure, not a skip.
bool isCi();
// The project's source folder, and the shared corpus folder beside the checkout
// (../shared/corpus; WB_CORPUS_DIR names another).
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

// Why a fixture could not be had. The one rule for every test (in shouldSkip()):
//   - something missing from this machine (a server binary, an interpreter, the shared corpus)
//     skips the test with the message outside CI and fails it under CI=true, where the set-up
//     (tools/install-deps.sh test, the corpus beside the checkout) must provide it;
//   - something this machine may lack even in CI (IPv6, multicast, root, an optional
//     interpreter) is `optional` and always skips;
//   - a fixture that is there but does not work (a server that does not start) always fails.
struct FixtureError
{
    bool missingBinary = false; // missing from this machine (not broken)
    QString message;
    bool optional = false; // missing may be normal even under CI
};

// Whether `error` skips the test (true) or fails it (false).
bool shouldSkip(const FixtureError &error);

// Nothing when `present`, else a missing fixture with `message`.
std::optional<FixtureError> require(bool present, const QString &message);
// The same for something a CI machine may lack too: never fails the test.
std::optional<FixtureError> requireOptional(bool present, const QString &message);
// Nothing when the executable is on PATH, else "NAME is not installed (HINT)".
std::optional<FixtureError> requireExecutable(const QString &name, const QString &hint = {});
// Nothing when the shared corpus (corpusDir()) holds `relativePath`, else a missing fixture that
// says where the corpus was looked for.
std::optional<FixtureError> requireCorpus(const QString &relativePath = {});

} // namespace wb::test

// Checks what a fixture step returned (std::optional<FixtureError>): skips or fails the test as
// wb::test::shouldSkip() decides. For test functions, init() and initTestCase(); not for _data
// functions, where a failure ends the whole run (leave the check to the test function).
#define WB_CHECK_FIXTURE(expression)                                                               \
    do {                                                                                           \
        const auto wbFixtureError = (expression);                                                  \
        if (wbFixtureError) {                                                                      \
            if (wb::test::shouldSkip(*wbFixtureError))                                             \
                QSKIP(qPrintable(wbFixtureError->message));                                        \
            QFAIL(qPrintable(wbFixtureError->message));                                            \
        }                                                                                          \
    } while (false)

// Skips (outside CI) or fails (CI=true) the test unless `condition` holds.
#define WB_REQUIRE(condition, message)                                                             \
    WB_CHECK_FIXTURE(wb::test::require((condition), QStringLiteral(message)))
// Skips the test unless `condition` holds, under CI too.
#define WB_REQUIRE_OPTIONAL(condition, message)                                                    \
    WB_CHECK_FIXTURE(wb::test::requireOptional((condition), QStringLiteral(message)))

// Starts a fixture (anything with `std::optional<FixtureError> start()`), or skips/fails the test.
#define WB_START_FIXTURE(fixture) WB_CHECK_FIXTURE((fixture).start())
