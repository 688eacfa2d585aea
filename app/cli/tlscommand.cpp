#include "app/cli/tlscommand.h"

#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/tcpcommand.h"
#include "core/common/duration.h"
#include "core/net/tlsclientsession.h"

#include <QCoreApplication>

namespace wb::cli {

namespace {} // namespace

TlsClientOptions::TlsClientOptions()
{
    ca.setDescription(tr("Also trust the CA certificates in <file> (PEM)."));
    insecure.setDescription(tr("Connect even if the server's certificate cannot be verified "
                               "(the reasons are still printed)."));
    cert.setDescription(tr("Present the client certificate in <file> (PEM, or PKCS#12 with "
                           "--key left out and WIREBENCH_P12_PASSWORD set)."));
    key.setDescription(tr("The private key of --cert (PEM)."));
    serverName.setDescription(tr("Send <name> by SNI and verify the certificate against it."));
}

void TlsClientOptions::addTo(QCommandLineParser &parser) const
{
    for (const QCommandLineOption &option : {ca, insecure, cert, key, serverName})
        parser.addOption(option);
}

int readTlsClientOptions(CliContext &context, const QCommandLineParser &parser,
                         const TlsClientOptions &options, TlsClientSettings &settings)
{
    settings.insecure = parser.isSet(options.insecure);
    settings.serverName = parser.value(options.serverName);
    if (parser.isSet(options.ca)) {
        const auto authorities = net::TlsCredentials::loadCertificates(parser.value(options.ca));
        if (!authorities) {
            context.err << authorities.error().message << Qt::endl;
            return ExitIo;
        }
        settings.authorities = authorities.value();
    }
    if (parser.isSet(options.cert)) {
        const QString certPath = parser.value(options.cert);
        const Result<net::TlsCredentials> credentials =
            parser.isSet(options.key)
                ? net::TlsCredentials::fromFiles(certPath, parser.value(options.key))
                : net::TlsCredentials::fromPkcs12(certPath, qgetenv("WIREBENCH_P12_PASSWORD"));
        if (!credentials) {
            context.err << credentials.error().message << Qt::endl;
            return ExitIo;
        }
        settings.client = credentials.value();
    } else if (parser.isSet(options.key)) {
        context.err << tr("--key needs --cert.") << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

int runTls(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect to HOST PORT over TLS: standard input is sent, what arrives is written to "
           "standard output. Certificate problems are explained on standard error. Once the "
           "input ends, the command closes after 2 seconds without incoming data (--wait).\n"
           "Exit codes: 0 closed normally, 2 usage, 3 refused, reset or DNS failure, "
           "4 timeout, 5 TLS handshake or certificate verification failed, 6 a file could not "
           "be read."));
    parser.addPositionalArgument(QStringLiteral("HOST"), tr("Host name or address."));
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("Port number."));
    const StdioOptions options;
    options.addTo(parser);
    const TlsClientOptions tlsOptions;
    tlsOptions.addTo(parser);
    if (const int code = parseCommandLine(context, parser, 2); code >= 0)
        return code;
    quint16 port = 0;
    if (!parsePort(context, parser.positionalArguments().at(1), port))
        return ExitUsage;
    StdioRun run;
    if (const int code = readStdioOptions(context, parser, options, run, 2000); code != ExitOk)
        return code;
    TlsClientSettings settings;
    if (const int code = readTlsClientOptions(context, parser, tlsOptions, settings);
        code != ExitOk)
        return code;
    net::TlsClientSession session;
    session.setEndpoint(parser.positionalArguments().at(0), port);
    session.setCaCertificates(settings.authorities);
    session.setIgnoreCertificateErrors(settings.insecure);
    session.setClientCredentials(settings.client);
    session.setPeerVerifyName(settings.serverName);
    if (parser.isSet(options.timeout))
        session.setConnectTimeout(secondsToMs(parser.value(options.timeout).toDouble()));
    // Verification problems are worth seeing even without --verbose.
    const QString host =
        settings.serverName.isEmpty() ? parser.positionalArguments().at(0) : settings.serverName;
    QObject::connect(&session, &net::TlsClientSession::encrypted, &session, [&] {
        if (run.verbose)
            return;
        for (const QSslError &error : session.verificationErrors())
            context.err << tr("Warning: %1").arg(net::TlsCredentials::explain(error, host))
                        << Qt::endl;
    });
    run.session = &session;
    return runStdio(context, run);
}

} // namespace wb::cli
