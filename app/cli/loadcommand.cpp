#include "app/cli/loadcommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/sendargs.h"
#include "core/http/exchangehandle.h"
#include "core/http/httpengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace wb::cli {

namespace {

double percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype index = qMin(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
    return sorted.at(index) / 1000.0;
}

struct LoadResult
{
    qint64 elapsedUs = 0;
    QList<qint64> latenciesUs;
    QMap<int, int> statuses;
    QMap<QString, int> errors;
    QString firstError;
    int reused = 0;
};

} // namespace

int runLoad(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send N requests over C keep-alive connections and "
                                        "print the rate, latency percentiles and statuses."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The URL."));
    const QCommandLineOption help = parser.addHelpOption();
    SendArgs::addRequestOptions(parser, false); // -m is --streams here, as h2load spells it
    const QCommandLineOption count({QStringLiteral("n"), QStringLiteral("requests")},
                                   tr("Number of requests (default 1000)."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption concurrency({QStringLiteral("c"), QStringLiteral("concurrency")},
                                         tr("Connections used at once (default 1)."),
                                         QStringLiteral("C"), QStringLiteral("1"));
    const QCommandLineOption duration(QStringLiteral("max-duration"),
                                      tr("Stop starting requests after this many seconds "
                                         "(default 300)."),
                                      QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption format(QStringLiteral("output-format"),
                                    tr("'text' (default) or 'json'."), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption streams({QStringLiteral("m"), QStringLiteral("streams")},
                                     tr("HTTP/2 streams in flight per connection (default 1)."),
                                     QStringLiteral("M"), QStringLiteral("1"));
    parser.addOptions({count, concurrency, streams, duration, format});
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    const int total = parser.value(count).toInt();
    const int connections = parser.value(concurrency).toInt();
    const int streamsPerConnection = parser.value(streams).toInt();
    const double maxSeconds = parser.value(duration).toDouble();
    if (parser.positionalArguments().size() != 1 || total <= 0 || connections <= 0 ||
        streamsPerConnection <= 0 || maxSeconds <= 0) {
        context.err << tr("Give one URL, -n, -c and -m as positive numbers, for example: "
                          "wirebench-cli load http://127.0.0.1:8080/ -n 1000 -c 10")
                    << Qt::endl;
        return ExitUsage;
    }
    auto spec = SendArgs::requestSpec(parser, parser.positionalArguments().first());
    if (!spec) {
        context.err << spec.error().message << Qt::endl;
        return ExitUsage;
    }

    // Nothing else runs here: the exchanges share this thread's event loop, saving two
    // thread switches per request; and only their chains are wanted, so that each starts at
    // once, without an event-loop round trip.
    http::HttpEngine engine(http::HttpEngine::Threading::CallerThread);
    engine.configurePool(connections);
    http::SendOptions options;
    options.connectionsPerOrigin = connections;
    options.streamsPerConnection = streamsPerConnection;
    options.keepFrames = false; // counted, not logged: a load run keeps no exchange
    options.events = {};
    QEventLoop loop;
    // One handle per slot (connections times streams): a finished exchange's slot starts the
    // next request.
    std::vector<std::unique_ptr<http::ExchangeHandle>> inFlight(
        size_t(qMin(total, connections * streamsPerConnection)));
    LoadResult result;
    QElapsedTimer clock;
    int sent = 0;
    int done = 0;
    std::function<void(size_t)> sendOne;
    const auto finished = [&](size_t slot, qint64 startedUs, const http::ExchangeChain &chain) {
        const qint64 nowUs = clock.nsecsElapsed() / 1000;
        result.latenciesUs.append(nowUs - startedUs);
        const http::Exchange &last = chain.last();
        if (last.error.isError()) {
            result.errors[last.error.categoryName()] += 1;
            if (result.firstError.isEmpty())
                result.firstError = last.error.message;
        } else {
            result.statuses[last.response.status] += 1;
        }
        result.reused += last.connectionReused ? 1 : 0;
        for (const auto &hop : chain.hops) {
            for (const auto *body : {&hop.requestBody, &hop.responseWire, &hop.responseBody})
                if (body->isFile())
                    QFile::remove(body->filePath);
        }
        inFlight[slot].reset(); // the handle, from its own signal
        ++done;
        if (sent < total && nowUs < qint64(maxSeconds * 1e6))
            sendOne(slot);
        else if (done == sent)
            loop.quit();
    };
    sendOne = [&](size_t slot) {
        const qint64 startedUs = clock.nsecsElapsed() / 1000;
        inFlight[slot] = engine.send(spec.value(), options);
        QObject::connect(inFlight[slot].get(), &http::ExchangeHandle::finished, &loop,
                         [&finished, slot, startedUs](const http::ExchangeChain &chain) {
                             finished(slot, startedUs, chain);
                         });
        ++sent;
    };
    clock.start();
    for (size_t slot = 0; slot < inFlight.size(); ++slot)
        sendOne(slot);
    loop.exec();
    result.elapsedUs = clock.nsecsElapsed() / 1000;

    std::sort(result.latenciesUs.begin(), result.latenciesUs.end());
    const double seconds = result.elapsedUs / 1e6;
    const double rate = seconds > 0 ? done / seconds : 0;
    const double p50 = percentile(result.latenciesUs, 0.50);
    const double p90 = percentile(result.latenciesUs, 0.90);
    const double p99 = percentile(result.latenciesUs, 0.99);
    const double max = result.latenciesUs.isEmpty() ? 0 : result.latenciesUs.last() / 1000.0;
    if (parser.value(format) == QLatin1String("json")) {
        QJsonObject statuses;
        for (auto it = result.statuses.cbegin(); it != result.statuses.cend(); ++it)
            statuses.insert(QString::number(it.key()), it.value());
        QJsonObject errors;
        for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it)
            errors.insert(it.key(), it.value());
        const QJsonObject json{{QStringLiteral("requests"), done},
                               {QStringLiteral("concurrency"), connections},
                               {QStringLiteral("seconds"), seconds},
                               {QStringLiteral("requestsPerSecond"), rate},
                               {QStringLiteral("p50Ms"), p50},
                               {QStringLiteral("p90Ms"), p90},
                               {QStringLiteral("p99Ms"), p99},
                               {QStringLiteral("maxMs"), max},
                               {QStringLiteral("reusedConnections"), result.reused},
                               {QStringLiteral("statuses"), statuses},
                               {QStringLiteral("errors"), errors}};
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out << tr("Requests: %1 over %2 connections in %3 s")
                           .arg(done)
                           .arg(connections)
                           .arg(seconds, 0, 'f', 3)
                    << '\n'
                    << tr("Requests per second: %1").arg(rate, 0, 'f', 1) << '\n'
                    << tr("Latency ms: p50 %1  p90 %2  p99 %3  max %4")
                           .arg(p50, 0, 'f', 3)
                           .arg(p90, 0, 'f', 3)
                           .arg(p99, 0, 'f', 3)
                           .arg(max, 0, 'f', 3)
                    << '\n';
        for (auto it = result.statuses.cbegin(); it != result.statuses.cend(); ++it)
            context.out << tr("Status %1: %2").arg(it.key()).arg(it.value()) << '\n';
        for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it)
            context.out << tr("Errors (%1): %2").arg(it.key()).arg(it.value()) << '\n';
        if (!result.firstError.isEmpty())
            context.out << tr("First error: %1").arg(result.firstError) << '\n';
    }
    context.out.flush();
    return result.errors.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace wb::cli
