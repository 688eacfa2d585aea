// Measures the workspace store for tests/bench/bench_store.sh; prints "key value" lines.
//   store_bench generate DIR COUNT      bulk-fills a workspace (large transactions)
//   store_bench appends DIR COUNT       appends through the storage thread, reports appends/s
//   store_bench search DIR QUERIES      full-text and filtered searches, p50/p95 in ms
//   store_bench open DIR RUNS           open + first page of history, median ms
//   store_bench sql DIR QUERIES         writes the search queries as SQL for the sqlite3 shell
//   store_bench size DIR                bytes per entry (database, WAL and body files)

#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/sqlutil.h"
#include "core/store/workspacestore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace wb;
using namespace wb::store;

namespace {

const char *const resources[] = {"users",    "orders",  "items",    "carts",  "payments",
                                 "invoices", "reports", "sessions", "tokens", "products",
                                 "reviews",  "search",  "metrics",  "events", "files"};
const int vocabulary = 5000;

QByteArray word(QRandomGenerator &rng)
{
    return "term" + QByteArray::number(rng.bounded(vocabulary));
}

http::ExchangeChain exchange(QRandomGenerator &rng, qint64 n)
{
    http::Exchange e;
    const int r = rng.bounded(100);
    e.method = r < 70 ? "GET" : r < 90 ? "POST" : r < 95 ? "PUT" : "DELETE";
    const QByteArray host = "svc" + QByteArray::number(rng.bounded(50)) + ".example.test";
    const QByteArray path = "/api/v1/" + QByteArray(resources[rng.bounded(15)]) + '/' +
                            QByteArray::number(rng.bounded(1000000));
    e.url = QString::fromLatin1("https://" + host + path);
    e.spec.method = QString::fromLatin1(e.method);
    e.spec.url = e.url;
    e.requestHead = e.method + ' ' + path + " HTTP/1.1\r\nHost: " + host +
                    "\r\nUser-Agent: Wirebench/0.1\r\nAccept: application/json\r\n\r\n";
    const int s = rng.bounded(100);
    e.response.version = "HTTP/1.1";
    e.response.status = s < 80 ? 200 : s < 85 ? 201 : s < 93 ? 404 : s < 95 ? 500 : 302;
    e.response.reason = e.response.status == 200 ? "OK" : "Other";
    QByteArray body = "{\"id\":" + QByteArray::number(n) + ",\"tags\":[";
    for (int i = 0, words = 3 + rng.bounded(6); i < words; ++i)
        body += (i ? ",\"" : "\"") + word(rng) + '"';
    body += "],\"note\":\"" + word(rng) + ' ' + word(rng) + "\"}";
    e.response.headers = {{"Content-Type", "application/json"},
                          {"Content-Length", QByteArray::number(body.size())},
                          {"Date", "Wed, 01 May 2024 12:00:00 GMT"},
                          {"X-Request-Id", QByteArray::number(n * 7919 % 1000003)}};
    e.responseBody.bytes = body;
    e.responseBody.size = body.size();
    QByteArray wire =
        "HTTP/1.1 " + QByteArray::number(e.response.status) + ' ' + e.response.reason + "\r\n";
    for (const auto &h : e.response.headers)
        wire += h.name + ": " + h.value + "\r\n";
    e.responseWire.bytes = wire + "\r\n" + body;
    e.responseWire.size = e.responseWire.bytes.size();
    e.timings.startedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + n * 1000, Qt::UTC);
    e.timings.connectUs = 100 + rng.bounded(500);
    e.timings.waitUs = 1000 + rng.bounded(20000);
    e.timings.totalUs = e.timings.waitUs + 500;
    e.remoteAddress = QStringLiteral("127.0.0.1");
    e.remotePort = 443;
    e.httpVersion = "HTTP/1.1";
    http::ExchangeChain chain;
    chain.hops.append(e);
    return chain;
}

std::unique_ptr<Database> openOrDie(const QString &dir)
{
    auto db = Database::open(dir);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        std::exit(1);
    }
    return std::move(db).value();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

QList<HistoryQuery> queries(int count)
{
    QRandomGenerator rng(42);
    QList<HistoryQuery> list;
    for (int i = 0; i < count; ++i) {
        HistoryQuery q;
        switch (i % 5) {
        case 0: // one vocabulary word (about 0.1 % of entries)
        case 1:
            q.text = QString::fromLatin1(word(rng));
            break;
        case 2: // two words
            q.text = QString::fromLatin1(word(rng) + ' ' + resources[rng.bounded(15)]);
            break;
        case 3: // a common word and a status class
            q.text = QString::fromLatin1(resources[rng.bounded(15)]);
            q.statusClass = 4;
            break;
        case 4: // filters only
            q.host = QStringLiteral("svc%1.example.test").arg(rng.bounded(50));
            q.method = QStringLiteral("POST");
            break;
        }
        list.append(q);
    }
    return list;
}

int generate(const QString &dir, qint64 count)
{
    auto db = openOrDie(dir);
    (void)SqlUtil::exec(db->connection(), QStringLiteral("PRAGMA synchronous = OFF"));
    HistoryWriter writer(*db, {.maxEntries = 0, .maxBytes = 0});
    writer.setPruneAfterAppend(false);
    QRandomGenerator rng(7);
    QElapsedTimer clock;
    clock.start();
    for (qint64 done = 0; done < count;) {
        QList<HistoryEntry> batch;
        for (int i = 0; i < 20000 && done < count; ++i, ++done) {
            HistoryEntry entry;
            entry.chain = exchange(rng, done + 1);
            batch.append(entry);
        }
        if (auto appended = writer.append(batch); !appended) {
            std::fprintf(stderr, "%s\n", qPrintable(appended.error().toString()));
            return 1;
        }
    }
    (void)SqlUtil::exec(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("generated %lld %.1f\n", count, clock.elapsed() / 1000.0);
    return 0;
}

int appends(const QString &dir, int count)
{
    WorkspaceStore store(dir, {.maxEntries = 0, .maxBytes = 0});
    QRandomGenerator rng(11);
    QList<http::ExchangeChain> chains;
    for (int i = 0; i < count; ++i)
        chains.append(exchange(rng, i + 1));
    QElapsedTimer clock;
    int committed = 0;
    QObject::connect(&store, &WorkspaceStore::opened, [&](const Error &error, const QString &) {
        if (error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            QCoreApplication::exit(1);
            return;
        }
        clock.start();
        for (const auto &chain : std::as_const(chains))
            store.appendExchange(chain);
    });
    QObject::connect(&store, &WorkspaceStore::entriesAppended,
                     [&](const QList<HistorySummary> &entries) {
                         committed += int(entries.size());
                         if (committed >= count)
                             QCoreApplication::exit(0);
                     });
    QObject::connect(&store, &WorkspaceStore::appendFailed, [](const Error &error, int) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        QCoreApplication::exit(1);
    });
    store.start();
    if (QCoreApplication::exec() != 0)
        return 1;
    std::printf("appends_per_second %.0f\n", count / (clock.nsecsElapsed() / 1e9));
    // On a shared machine the wall-clock rate follows the CPU share this process got; this
    // figure does not (it includes making the exchanges in the producer thread).
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                       (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf("appends_per_cpu_second %.0f\n", count / cpu);
    return 0;
}

int search(const QString &dir, int count)
{
    auto db = openOrDie(dir);
    HistoryReader reader(*db);
    QList<double> ms;
    qint64 found = 0;
    for (const HistoryQuery &q : queries(count)) {
        QElapsedTimer clock;
        clock.start();
        auto page = reader.search(q);
        ms.append(clock.nsecsElapsed() / 1e6);
        if (!page) {
            std::fprintf(stderr, "%s\n", qPrintable(page.error().toString()));
            return 1;
        }
        found += page.value().entries.size();
    }
    std::printf("search_p50_ms %.2f\nsearch_p95_ms %.2f\nsearch_mean_rows %.1f\n",
                percentile(ms, 0.5), percentile(ms, 0.95), double(found) / count);
    return 0;
}

int sql(const QString &dir, int count)
{
    auto db = openOrDie(dir);
    for (const HistoryQuery &q : queries(count)) {
        // The same statement the reader prepares, with the values inlined.
        QStringList where;
        QString from = QStringLiteral("history h");
        QString order = QStringLiteral("h.id");
        if (!q.text.isEmpty()) {
            from = QStringLiteral("history_fts f CROSS JOIN history h ON h.id = f.rowid");
            order = QStringLiteral("f.rowid");
            where << QStringLiteral("history_fts MATCH '%1'")
                         .arg(HistoryReader::matchExpression(q.text).replace(QLatin1Char('\''),
                                                                             QStringLiteral("''")));
        }
        if (!q.method.isEmpty())
            where << QStringLiteral("h.method = '%1' COLLATE NOCASE").arg(q.method);
        if (q.statusClass)
            where << QStringLiteral("h.status BETWEEN %1 AND %2")
                         .arg(q.statusClass * 100)
                         .arg(q.statusClass * 100 + 99);
        if (!q.host.isEmpty())
            where << QStringLiteral("h.host = '%1'").arg(q.host);
        std::printf("SELECT h.id, h.kind, h.created_at, h.method, h.url, h.host, h.status, "
                    "h.duration_us, h.error, h.stored_bytes FROM %s%s ORDER BY %s DESC LIMIT 51;\n",
                    qPrintable(from),
                    where.isEmpty() ? ""
                                    : qPrintable(QStringLiteral(" WHERE ") +
                                                 where.join(QStringLiteral(" AND "))),
                    qPrintable(order));
    }
    return 0;
}

int open(const QString &dir, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto db = openOrDie(dir);
        auto page = HistoryReader(*db).search({.limit = 50});
        ms.append(clock.nsecsElapsed() / 1e6);
        if (!page || page.value().entries.size() != 50)
            return 1;
    }
    std::printf("open_ms %.2f\n", percentile(ms, 0.5));
    return 0;
}

int size(const QString &dir)
{
    auto db = openOrDie(dir);
    const qint64 entries = HistoryReader(*db).totals().value().first;
    qint64 bytes = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileName().contains(QLatin1String(".damaged-")))
            bytes += it.fileInfo().size();
    }
    std::printf("entries %lld\nbytes_per_entry %.0f\n", entries,
                entries ? double(bytes) / entries : 0.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_bench generate|appends|search|open|sql|size DIR [N]\n");
        return 2;
    }
    const QString mode = args.at(1);
    const QString dir = args.at(2);
    const qint64 n = args.value(3, QStringLiteral("1000")).toLongLong();
    if (mode == QLatin1String("generate"))
        return generate(dir, n);
    if (mode == QLatin1String("appends"))
        return appends(dir, int(n));
    if (mode == QLatin1String("search"))
        return search(dir, int(n));
    if (mode == QLatin1String("open"))
        return open(dir, int(n));
    if (mode == QLatin1String("sql"))
        return sql(dir, int(n));
    if (mode == QLatin1String("size"))
        return size(dir);
    return 2;
}
