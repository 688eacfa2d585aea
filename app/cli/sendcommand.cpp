#include "app/cli/sendcommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/sendargs.h"
#include "app/cli/sendcollection.h"
#include "app/cli/sendhistory.h"
#include "app/cli/sendoutput.h"
#include "core/http/exchangehandle.h"
#include "core/http/httpengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace wb::cli {

namespace {

void removeTemporaryFiles(const http::ExchangeChain &chain, const QString &keep)
{
    for (const auto &hop : chain.hops) {
        for (const auto *body : {&hop.requestBody, &hop.responseWire, &hop.responseBody}) {
            if (body->isFile() && body->filePath != keep)
                QFile::remove(body->filePath);
        }
    }
}

} // namespace

int httpExitCode(const Error &error)
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
    case ErrorCategory::Dns:
    case ErrorCategory::ConnectionRefused:
    case ErrorCategory::HostUnreachable:
    case ErrorCategory::ConnectionReset:
    case ErrorCategory::Protocol:
    case ErrorCategory::LimitExceeded:
        return ExitNetwork;
    default:
        return ExitFailure;
    }
}

int runSend(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send one HTTP request and print the response body."));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("The URL (http:// is assumed); none with --collection."));
    const QCommandLineOption help = parser.addHelpOption();
    SendArgs::addRequestOptions(parser);
    SendCollection::addOptions(parser);
    SendHistory::addOptions(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the body to this file."), QStringLiteral("file"));
    const QCommandLineOption include({QStringLiteral("i"), QStringLiteral("include")},
                                     tr("Print the response head before the body."));
    const QCommandLineOption head({QStringLiteral("I"), QStringLiteral("head")},
                                  tr("Send HEAD and print the response head."));
    const QCommandLineOption silent({QStringLiteral("s"), QStringLiteral("silent")},
                                    tr("Print no error messages."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("Print the bytes sent and received, TLS details and "
                                        "timings to standard error."));
    const QCommandLineOption fail({QStringLiteral("f"), QStringLiteral("fail")},
                                  tr("Exit with code 1 when the status is 400 or above."));
    const QCommandLineOption format(QStringLiteral("output-format"),
                                    tr("'text' (default) or 'json' for scripts."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({output, include, head, silent, verbose, fail, format});
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    const bool fromCollection = SendCollection::isRequested(parser);
    if (parser.positionalArguments().size() != (fromCollection ? 0 : 1)) {
        context.err << (fromCollection
                            ? tr("Give no URL with --collection: the request has its own.")
                            : tr("Give exactly one URL, for example: wirebench-cli send "
                                 "http://127.0.0.1:8080/"))
                    << Qt::endl;
        return ExitUsage;
    }
    if (!fromCollection &&
        (parser.isSet(QStringLiteral("env")) || parser.isSet(QStringLiteral("globals")) ||
         parser.isSet(QStringLiteral("var")))) {
        context.err << tr("--env, --globals and --var go with --collection.") << Qt::endl;
        return ExitUsage;
    }
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        context.err << tr("--output-format is 'text' or 'json'.") << Qt::endl;
        return ExitUsage;
    }
    Result<http::RequestSpec> spec{http::RequestSpec{}};
    if (fromCollection) {
        const auto resolved = SendCollection::request(parser);
        if (!resolved) {
            context.err << resolved.error().message << Qt::endl;
            return httpExitCode(resolved.error());
        }
        spec = resolved->spec;
        for (const QString &name : resolved->report.unresolved) {
            if (!parser.isSet(silent))
                context.err << tr("{{%1}} has no value; it is sent as written.").arg(name)
                            << Qt::endl;
        }
    } else {
        spec = SendArgs::requestSpec(parser, parser.positionalArguments().first());
    }
    if (!spec) {
        context.err << spec.error().message << Qt::endl;
        return httpExitCode(spec.error());
    }
    if (parser.isSet(head) && !parser.isSet(QStringLiteral("request")))
        spec.value().method = QStringLiteral("HEAD");

    http::SendOptions options;
    const QString outputFile = parser.value(output);
    if (!outputFile.isEmpty()) {
        options.bodyOutputFile = outputFile;
        options.wireCaptureLimit = 1024 * 1024; // -o: keep the heads, not a second copy
    }

    // Nothing else runs here: the exchange shares this thread's event loop (one thread, like
    // curl; no hand-over between threads), and only its chain is wanted, so it starts at once.
    http::HttpEngine engine(http::HttpEngine::Threading::CallerThread);
    options.events = {};
    QEventLoop loop;
    http::ExchangeChain chain;
    const std::unique_ptr<http::ExchangeHandle> exchange = engine.send(spec.value(), options);
    QObject::connect(exchange.get(), &http::ExchangeHandle::finished, &loop,
                     [&](const http::ExchangeChain &result) {
                         chain = result;
                         loop.quit();
                     });
    loop.exec();

    const http::Exchange &last = chain.last();
    int code = httpExitCode(last.error);
    if (json) {
        context.out << QJsonDocument(SendOutput::toJson(chain)).toJson(QJsonDocument::Indented);
        context.out.flush();
    } else {
        if (parser.isSet(verbose)) {
            for (const auto &hop : chain.hops)
                SendOutput::printVerbose(context.err, hop);
        }
        context.out.flush();
        if (parser.isSet(include) || parser.isSet(head)) {
            for (const auto &hop : chain.hops) {
                const QByteArray bytes = SendOutput::responseHeadBytes(hop);
                fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            }
        }
        if (!last.error.isError() && !parser.isSet(head) && outputFile.isEmpty() &&
            !SendOutput::writeBody(stdout, last.responseBody)) {
            code = ExitIo;
        }
        fflush(stdout);
    }
    if (last.error.isError() && !parser.isSet(silent)) {
        context.err << last.error.message;
        if (!last.error.detail.isEmpty())
            context.err << " (" << last.error.detail << ')';
        context.err << Qt::endl;
    }
    if (code == ExitOk && parser.isSet(fail) && last.response.status >= 400)
        code = ExitFailure;
    if (const int kept = SendHistory::recordIfAsked(context, parser, chain); code == ExitOk)
        code = kept;
    removeTemporaryFiles(chain, outputFile);
    return code;
}

} // namespace wb::cli
