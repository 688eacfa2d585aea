#include "app/cli/tcpcommand.h"

#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "core/common/duration.h"
#include "core/net/netsession.h"
#include "core/net/repeatsender.h"
#include "core/net/tcpclientsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace wb::cli {

namespace {} // namespace

StdioOptions::StdioOptions()
{
    hex.setDescription(tr("Write what arrives as a hex dump (offset, hex bytes, ASCII)."));
    send.setDescription(tr("Send <text> (escapes \\r \\n \\t \\0 \\xNN \\\\) instead of reading "
                           "standard input."));
    repeat.setDescription(tr("With --send: send it <count> times (0 = until interrupted)."));
    interval.setDescription(
        tr("With --repeat: wait <ms> between sends (0 = as fast as possible)."));
    wait.setDescription(tr("Once the input has ended, close after <seconds> without incoming "
                           "data."));
    timeout.setDescription(tr("Give up connecting after <seconds> (default 15)."));
    crlf.setDescription(tr("Send each input line ending as CRLF."));
    verbose.setDescription(tr("Print connection events on standard error."));
}

void StdioOptions::addTo(QCommandLineParser &parser) const
{
    for (const QCommandLineOption &option :
         {hex, send, repeat, interval, wait, timeout, crlf, verbose})
        parser.addOption(option);
}

int parseCommandLine(CliContext &context, QCommandLineParser &parser, int positionalCount)
{
    const QCommandLineOption help = parser.addHelpOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        context.err << parser.helpText() << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

bool parsePort(CliContext &context, const QString &text, quint16 &port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535) {
        context.err << tr("'%1' is not a port: use a number from 1 to 65535.").arg(text)
                    << Qt::endl;
        return false;
    }
    port = quint16(value);
    return true;
}

int readStdioOptions(CliContext &context, const QCommandLineParser &parser,
                     const StdioOptions &options, StdioRun &run, int defaultIdleCloseMs)
{
    run.hexDump = parser.isSet(options.hex);
    run.verbose = parser.isSet(options.verbose);
    run.idleCloseMs = defaultIdleCloseMs;
    if (parser.isSet(options.crlf)) {
        run.inputMode = net::StdioBridge::InputMode::Lines;
        run.lineEnding = "\r\n";
    }
    bool ok = true;
    if (parser.isSet(options.wait)) {
        const double seconds = parser.value(options.wait).toDouble(&ok);
        if (!ok || seconds < 0) {
            context.err << tr("--wait needs a number of seconds.") << Qt::endl;
            return ExitUsage;
        }
        run.idleCloseMs = int(seconds * 1000);
    }
    if (parser.isSet(options.send)) {
        const Result<QByteArray> payload = net::NetSession::encodeTyped(
            parser.value(options.send), net::NetSession::LineEnding::None);
        if (!payload) {
            context.err << payload.error().message << Qt::endl;
            return ExitUsage;
        }
        run.hasPayload = true;
        run.payload = payload.value();
    }
    if (parser.isSet(options.repeat)) {
        run.repeatCount = parser.value(options.repeat).toLongLong(&ok);
        if (!ok || run.repeatCount < 0 || !run.hasPayload) {
            context.err << tr("--repeat needs a count of 0 or more, and --send.") << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(options.interval)) {
        run.intervalMs = parser.value(options.interval).toInt(&ok);
        if (!ok || run.intervalMs < 0) {
            context.err << tr("--interval needs a number of milliseconds.") << Qt::endl;
            return ExitUsage;
        }
    }
    return ExitOk;
}

int netExitCode(const Error &error)
{
    switch (error.category) {
    case ErrorCategory::None:
        return ExitOk;
    case ErrorCategory::InvalidInput:
        return ExitUsage;
    case ErrorCategory::Timeout:
        return ExitTimeout;
    case ErrorCategory::Tls:
        return ExitTls;
    case ErrorCategory::Io:
        return ExitIo;
    default:
        return ExitNetwork;
    }
}

int runStdio(CliContext &context, StdioRun &run)
{
    net::NetSession *session = run.session;
    Error firstError;
    QEventLoop loop;
    net::StdioBridge bridge(session, 0, 1);
    bridge.setOutputMode(run.hexDump ? net::StdioBridge::OutputMode::HexDump
                                     : net::StdioBridge::OutputMode::Raw);
    bridge.setInputMode(run.inputMode);
    bridge.setLineEnding(run.lineEnding);
    bridge.setMessageSeparator(run.separator);
    bridge.setReadSize(run.readSize);
    bridge.setInputEnabled(!run.hasPayload);

    QTimer idleTimer;
    idleTimer.setSingleShot(true);
    QObject::connect(&idleTimer, &QTimer::timeout, session, &net::NetSession::close);
    bool inputDone = false;
    auto onInputDone = [&] {
        if (inputDone)
            return;
        inputDone = true;
        if (run.halfClose)
            session->finishSending();
        if (run.idleCloseMs >= 0)
            idleTimer.start(run.idleCloseMs);
    };

    QObject::connect(session, &net::NetSession::errorOccurred, &loop, [&](const Error &error) {
        if (!firstError.isError())
            firstError = error;
        context.err << error.message << Qt::endl;
    });
    QObject::connect(
        session, &net::NetSession::chunkAdded, &loop, [&](const net::TranscriptChunk &chunk) {
            if (chunk.direction == net::TranscriptChunk::Direction::In) {
                if (idleTimer.isActive())
                    idleTimer.start(run.idleCloseMs);
            } else if (run.verbose && chunk.direction == net::TranscriptChunk::Direction::Event &&
                       !chunk.isError) {
                context.err << chunk.text() << Qt::endl;
            }
        });
    QObject::connect(session, &net::NetSession::stateChanged, &loop,
                     [&](net::NetSession::State state) {
                         if (state == net::NetSession::State::Closed)
                             loop.quit();
                     });
    QObject::connect(&bridge, &net::StdioBridge::inputFinished, &loop, onInputDone);
    QObject::connect(&bridge, &net::StdioBridge::outputFailed, &loop, [&] {
        if (!firstError.isError()) {
            firstError =
                makeError(ErrorCategory::Io, tr("Could not write to standard output; stopping."));
        }
        session->close();
    });

    net::RepeatSender repeater;
    if (run.hasPayload) {
        QObject::connect(&repeater, &net::RepeatSender::finished, &loop, onInputDone);
        QObject::connect(
            session, &net::NetSession::stateChanged, &loop, [&](net::NetSession::State state) {
                if (state == net::NetSession::State::Open && !inputDone && !repeater.isRunning()) {
                    repeater.start(session, run.payload, run.intervalMs, run.repeatCount);
                }
            });
    }

    session->open();
    if (session->state() != net::NetSession::State::Closed)
        loop.exec();
    context.err.flush();
    return netExitCode(firstError);
}

int runTcp(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect to HOST PORT over TCP: standard input is sent, what arrives is written to "
           "standard output. When the input ends, the sending side is shut down and the command "
           "ends once the peer closes.\nExit codes: 0 closed normally, 2 usage, 3 refused, reset "
           "or DNS failure, 4 timeout, 6 output failed."));
    parser.addPositionalArgument(QStringLiteral("HOST"), tr("Host name or address."));
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("Port number."));
    const StdioOptions options;
    options.addTo(parser);
    if (const int code = parseCommandLine(context, parser, 2); code >= 0)
        return code;
    quint16 port = 0;
    if (!parsePort(context, parser.positionalArguments().at(1), port))
        return ExitUsage;
    StdioRun run;
    if (const int code = readStdioOptions(context, parser, options, run, -1); code != ExitOk)
        return code;
    net::TcpClientSession session;
    session.setEndpoint(parser.positionalArguments().at(0), port);
    if (parser.isSet(options.timeout))
        session.setConnectTimeout(secondsToMs(parser.value(options.timeout).toDouble()));
    run.session = &session;
    run.halfClose = true;
    return runStdio(context, run);
}

} // namespace wb::cli
