#include "app/cli/listencommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/tcpcommand.h"
#include "core/net/tcpserversession.h"
#include "core/net/udpsession.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <memory>

namespace wb::cli {

namespace {} // namespace

int runListen(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Listen on PORT (TCP, TLS or UDP): what clients send is written to standard output, "
           "and standard input is sent to every connected client (UDP: to the last sender). "
           "Without --keep-open a TCP listener ends when its first client has gone.\n"
           "Exit codes: 0 done, 2 usage (or the port is in use), 3 network failure, 5 TLS "
           "failure, 6 a certificate or key file could not be read."));
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("Port number (0 picks a free one)."));
    const StdioOptions options;
    options.addTo(parser);
    const QCommandLineOption udp(QStringLiteral("udp"), tr("Receive UDP datagrams."));
    const QCommandLineOption tls(QStringLiteral("tls"), tr("Accept TLS clients (needs --cert and "
                                                           "--key)."));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("The server certificate (PEM)."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The server's private key (PEM)."),
                                 QStringLiteral("file"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Listen on <address> only (default: every address)."),
                                  QStringLiteral("address"));
    const QCommandLineOption keepOpen({QStringLiteral("k"), QStringLiteral("keep-open")},
                                      tr("Keep accepting clients after the first has gone."));
    for (const QCommandLineOption &option : {udp, tls, cert, key, bind, keepOpen})
        parser.addOption(option);
    if (const int code = parseCommandLine(context, parser, 1); code >= 0)
        return code;
    bool ok = false;
    const uint portValue = parser.positionalArguments().at(0).toUInt(&ok);
    if (!ok || portValue > 65535) {
        context.err << tr("'%1' is not a port: use a number from 0 to 65535.")
                           .arg(parser.positionalArguments().at(0))
                    << Qt::endl;
        return ExitUsage;
    }
    const auto port = quint16(portValue);
    QHostAddress address(QHostAddress::Any);
    if (parser.isSet(bind) && !address.setAddress(parser.value(bind))) {
        context.err << tr("'%1' is not an IP address.").arg(parser.value(bind)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(udp) && parser.isSet(tls)) {
        context.err << tr("--udp and --tls cannot be combined.") << Qt::endl;
        return ExitUsage;
    }
    StdioRun run;
    if (const int code = readStdioOptions(context, parser, options, run, -1); code != ExitOk)
        return code;

    std::unique_ptr<net::NetSession> session;
    if (parser.isSet(udp)) {
        auto udpSession = std::make_unique<net::UdpSession>();
        udpSession->setBindAddress(address, port);
        run.readSize = 65507;
        session = std::move(udpSession);
    } else {
        auto server = std::make_unique<net::TcpServerSession>();
        server->setListenAddress(address, port);
        if (parser.isSet(tls)) {
            if (!parser.isSet(cert) || !parser.isSet(key)) {
                context.err << tr("--tls needs --cert and --key.") << Qt::endl;
                return ExitUsage;
            }
            const auto credentials =
                net::TlsCredentials::fromFiles(parser.value(cert), parser.value(key));
            if (!credentials) {
                context.err << credentials.error().message << Qt::endl;
                return ExitIo;
            }
            server->setTlsCredentials(credentials.value());
        }
        run.halfClose = !parser.isSet(tls);
        if (!parser.isSet(keepOpen)) {
            net::TcpServerSession *raw = server.get();
            QObject::connect(raw, &net::NetSession::peerDisconnected, raw, [raw] {
                if (raw->clients().isEmpty())
                    raw->close();
            });
        }
        session = std::move(server);
    }
    run.session = session.get();
    return runStdio(context, run);
}

} // namespace wb::cli
