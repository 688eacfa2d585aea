#include "app/cli/wscommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/tcpcommand.h"
#include "app/cli/tlscommand.h"
#include "core/net/websocketsession.h"

#include <QCoreApplication>
#include <QUrl>

namespace wb::cli {

namespace {} // namespace

int runWs(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Open a WebSocket to HOST PORT (or to a ws:// or wss:// URL given as HOST): each line "
           "of standard input is sent as a text message, and each message that arrives is "
           "written to standard output followed by a newline. Once the input ends, the command "
           "closes (code 1000) after 2 seconds without incoming messages (--wait).\n"
           "Exit codes: 0 closed normally, 2 usage, 3 refused, reset, DNS or handshake failure, "
           "4 timeout, 5 TLS failure, 6 a file could not be read."));
    parser.addPositionalArgument(QStringLiteral("HOST"), tr("Host name or address, or a URL."));
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("Port number (omit with a URL)."),
                                 QStringLiteral("[PORT]"));
    const StdioOptions options;
    options.addTo(parser);
    const TlsClientOptions tlsOptions;
    tlsOptions.addTo(parser);
    const QCommandLineOption path(QStringLiteral("path"), tr("Request <path> (default /)."),
                                  QStringLiteral("path"));
    const QCommandLineOption secure(QStringLiteral("tls"), tr("Use wss:// (TLS)."));
    const QCommandLineOption binary(QStringLiteral("binary"),
                                    tr("Send standard input as binary messages, one per read, "
                                       "instead of one text message per line."));
    const QCommandLineOption ping(QStringLiteral("ping"),
                                  tr("Send a ping once open and print the pong's round trip."));
    const QCommandLineOption closeCode(QStringLiteral("close-code"),
                                       tr("Close with <code> instead of 1000."),
                                       QStringLiteral("code"));
    for (const QCommandLineOption &option : {path, secure, binary, ping, closeCode})
        parser.addOption(option);
    const int positional =
        context.arguments.size() > 1 && context.arguments.filter(QStringLiteral("://")).size() > 0
            ? 1
            : 2;
    if (const int code = parseCommandLine(context, parser, positional); code >= 0)
        return code;
    QUrl url;
    if (positional == 1) {
        url = QUrl(parser.positionalArguments().at(0));
    } else {
        quint16 port = 0;
        if (!parsePort(context, parser.positionalArguments().at(1), port))
            return ExitUsage;
        url.setScheme(parser.isSet(secure) ? QStringLiteral("wss") : QStringLiteral("ws"));
        url.setHost(parser.positionalArguments().at(0));
        url.setPort(port);
        url.setPath(parser.isSet(path) ? parser.value(path) : QStringLiteral("/"));
    }
    StdioRun run;
    if (const int code = readStdioOptions(context, parser, options, run, 2000); code != ExitOk)
        return code;
    TlsClientSettings settings;
    if (const int code = readTlsClientOptions(context, parser, tlsOptions, settings);
        code != ExitOk)
        return code;
    int code = int(QWebSocketProtocol::CloseCodeNormal);
    if (parser.isSet(closeCode)) {
        bool ok = false;
        code = parser.value(closeCode).toInt(&ok);
        if (!ok || code < 1000 || code > 4999) {
            context.err << tr("--close-code needs a code from 1000 to 4999.") << Qt::endl;
            return ExitUsage;
        }
    }
    net::WebSocketSession session;
    session.setUrl(url);
    session.setCaCertificates(settings.authorities);
    session.setIgnoreCertificateErrors(settings.insecure);
    session.setClientCredentials(settings.client);
    if (parser.isSet(binary)) {
        session.setMessageType(net::WebSocketSession::MessageType::Binary);
    } else {
        run.inputMode = net::StdioBridge::InputMode::Lines;
        if (!parser.isSet(options.crlf))
            run.lineEnding.clear();
        run.separator = "\n";
    }
    if (parser.isSet(ping)) {
        QObject::connect(&session, &net::NetSession::stateChanged, &session,
                         [&](net::NetSession::State state) {
                             if (state == net::NetSession::State::Open)
                                 session.ping("wirebench");
                         });
        QObject::connect(&session, &net::WebSocketSession::pongReceived, &session,
                         [&](qint64 ms, const QByteArray &) {
                             context.err << tr("pong after %1 ms").arg(ms) << Qt::endl;
                         });
    }
    session.setDefaultCloseCode(code);
    run.session = &session;
    const int result = runStdio(context, run);
    if (result == ExitOk && session.closeCode() != int(QWebSocketProtocol::CloseCodeNormal) &&
        run.verbose)
        context.err << tr("The server closed with code %1.").arg(session.closeCode()) << Qt::endl;
    return result;
}

} // namespace wb::cli
