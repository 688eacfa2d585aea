#include "app/cli/udpcommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/tcpcommand.h"
#include "core/net/udpsession.h"

#include <QCoreApplication>

namespace wb::cli {

namespace {} // namespace

int runUdp(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send UDP datagrams to HOST PORT: each read from standard input (at most 65,507 "
           "bytes) is one datagram; datagrams that come back are written to standard output. "
           "Once the input ends, the command stops after 2 seconds without incoming datagrams "
           "(--wait).\nExit codes: 0 done, 2 usage, 3 network or DNS failure."));
    parser.addPositionalArgument(QStringLiteral("HOST"), tr("Host name or address."));
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("Port number."));
    const StdioOptions options;
    options.addTo(parser);
    const QCommandLineOption localPort(QStringLiteral("local-port"),
                                       tr("Send from (and receive on) local port <port>."),
                                       QStringLiteral("port"));
    parser.addOption(localPort);
    if (const int code = parseCommandLine(context, parser, 2); code >= 0)
        return code;
    quint16 port = 0;
    if (!parsePort(context, parser.positionalArguments().at(1), port))
        return ExitUsage;
    quint16 local = 0;
    if (parser.isSet(localPort) && !parsePort(context, parser.value(localPort), local))
        return ExitUsage;
    StdioRun run;
    if (const int code = readStdioOptions(context, parser, options, run, 2000); code != ExitOk)
        return code;
    const QString host = parser.positionalArguments().at(0);
    const QHostAddress literal(host);
    net::UdpSession session;
    session.setBindAddress(literal.protocol() == QAbstractSocket::IPv6Protocol
                               ? QHostAddress(QHostAddress::AnyIPv6)
                               : QHostAddress(QHostAddress::AnyIPv4),
                           local);
    session.setDefaultPeer(host, port);
    run.session = &session;
    run.readSize = 65507;
    return runStdio(context, run);
}

} // namespace wb::cli
