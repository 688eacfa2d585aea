#pragma once

#include "app/cli/clicommand.h"
#include "core/common/result.h"
#include "core/net/stdiobridge.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace wb::net {
class NetSession;
}

namespace wb::cli {

// The options every netcat-like command (tcp, udp, tls, ws, listen) shares, and the loop that
// joins a session to stdin and stdout.
struct StdioOptions
{
    QCommandLineOption hex{QStringLiteral("hex"), QString()};
    QCommandLineOption send{QStringLiteral("send"), QString(), QStringLiteral("text")};
    QCommandLineOption repeat{QStringLiteral("repeat"), QString(), QStringLiteral("count")};
    QCommandLineOption interval{QStringLiteral("interval"), QString(), QStringLiteral("ms")};
    QCommandLineOption wait{QStringLiteral("wait"), QString(), QStringLiteral("seconds")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QString(), QStringLiteral("seconds")};
    QCommandLineOption crlf{QStringLiteral("crlf"), QString()};
    QCommandLineOption verbose{{QStringLiteral("v"), QStringLiteral("verbose")}, QString()};

    StdioOptions();
    void addTo(QCommandLineParser &parser) const;
};

struct StdioRun
{
    net::NetSession *session = nullptr;
    net::StdioBridge::InputMode inputMode = net::StdioBridge::InputMode::Stream;
    QByteArray lineEnding;
    QByteArray separator;
    qsizetype readSize = 256 * 1024;
    bool hexDump = false;
    bool verbose = false;
    // After the input ends: half-close (TCP), and/or close after this many ms without incoming
    // data; -1 = never close on our own.
    bool halfClose = false;
    int idleCloseMs = -1;
    // --send: these bytes (repeated) instead of stdin.
    bool hasPayload = false;
    QByteArray payload;
    qint64 repeatCount = 1;
    int intervalMs = 0;
};

// Reads the shared options into `run`; returns ExitOk, or ExitUsage after printing why.
int readStdioOptions(CliContext &context, const QCommandLineParser &parser,
                     const StdioOptions &options, StdioRun &run, int defaultIdleCloseMs);
// Opens the session and runs until it closes; returns the exit code.
int runStdio(CliContext &context, StdioRun &run);
int netExitCode(const Error &error);
// Parses PORT (1-65535) or prints why not.
bool parsePort(CliContext &context, const QString &text, quint16 &port);
// Parses the command line; prints help or errors. Returns -1 to go on, else the exit code.
int parseCommandLine(CliContext &context, QCommandLineParser &parser, int positionalCount);

int runTcp(CliContext &context);

} // namespace wb::cli
