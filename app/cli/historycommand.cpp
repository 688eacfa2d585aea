#include "app/cli/historycommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "app/cli/historyprinter.h"
#include "core/interchange/harwriter.h"
#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/workspace/workspacelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace wb::cli {

namespace {

struct Options
{
    QCommandLineOption limit{QStringLiteral("limit"), tr("Show at most <n> entries (default 50)."),
                             QStringLiteral("n"), QStringLiteral("50")};
    QCommandLineOption before{QStringLiteral("before"),
                              tr("Only entries older than entry <id> (the next page)."),
                              QStringLiteral("id")};
    QCommandLineOption method{QStringLiteral("method"), tr("Only this request method."),
                              QStringLiteral("method")};
    QCommandLineOption status{QStringLiteral("status"),
                              tr("Only this status class: 1xx, 2xx, 3xx, 4xx or 5xx."),
                              QStringLiteral("class")};
    QCommandLineOption host{QStringLiteral("host"), tr("Only requests to this host."),
                            QStringLiteral("host")};
    QCommandLineOption since{QStringLiteral("since"),
                             tr("Only entries from this time on (ISO 8601, UTC by default)."),
                             QStringLiteral("time")};
    QCommandLineOption until{QStringLiteral("until"),
                             tr("Only entries before this time (ISO 8601, UTC by default)."),
                             QStringLiteral("time")};
    QCommandLineOption query{QStringLiteral("query"),
                             tr("export: only entries matching these words."),
                             QStringLiteral("words")};
    QCommandLineOption har{QStringLiteral("har"), tr("export: write a HAR 1.2 file."),
                           QStringLiteral("file")};
    QCommandLineOption body{QStringLiteral("body"), tr("show: print the response body too.")};
};

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        time.setTimeSpec(Qt::UTC);
    return time;
}

// Builds the query from the filter options; returns an error sentence when one is invalid.
QString readQuery(const QCommandLineParser &parser, const Options &o, store::HistoryQuery *q)
{
    bool ok = true;
    q->limit = parser.value(o.limit).toInt(&ok);
    if (!ok || q->limit < 1)
        return tr("--limit needs a positive number.");
    if (parser.isSet(o.before)) {
        q->beforeId = parser.value(o.before).toLongLong(&ok);
        if (!ok || q->beforeId < 1)
            return tr("--before needs an entry id.");
    }
    q->method = parser.value(o.method);
    q->host = parser.value(o.host);
    if (parser.isSet(o.status)) {
        const QString s = parser.value(o.status).toLower();
        const int digit = s.isEmpty() ? 0 : s.at(0).digitValue();
        if (digit < 1 || digit > 5 || (s.size() > 1 && s != QString::number(digit) + "xx"))
            return tr("--status takes 1xx, 2xx, 3xx, 4xx or 5xx.");
        q->statusClass = digit;
    }
    for (const auto &[option, target] :
         {std::pair{&o.since, &q->from}, std::pair{&o.until, &q->to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTime(parser.value(*option));
        if (!target->isValid())
            return tr("--%1 needs a time such as 2024-05-01T12:00:00Z.")
                .arg(option->names().first());
    }
    return {};
}

int printPage(CliContext &c, const store::HistoryReader &reader, const store::HistoryQuery &q)
{
    auto page = reader.search(q);
    if (!page) {
        c.err << page.error().message << Qt::endl;
        return page.error().category == ErrorCategory::InvalidInput ? ExitUsage : ExitWorkspace;
    }
    for (const auto &entry : page.value().entries)
        c.out << HistoryPrinter::summaryLine(entry) << Qt::endl;
    if (page.value().nextBeforeId > 0)
        c.err << tr("More entries: add --before %1.").arg(page.value().nextBeforeId) << Qt::endl;
    return ExitOk;
}

int exportHar(CliContext &c, const store::HistoryReader &reader, const QString &file,
              const QStringList &ids, store::HistoryQuery q)
{
    QList<qint64> selected;
    for (const QString &id : ids) {
        bool ok = false;
        selected.append(id.toLongLong(&ok));
        if (!ok) {
            c.err << tr("'%1' is not an entry id.").arg(id) << Qt::endl;
            return ExitUsage;
        }
    }
    if (selected.isEmpty()) {
        auto page = reader.search(q);
        if (!page) {
            c.err << page.error().message << Qt::endl;
            return ExitWorkspace;
        }
        // Oldest first, as a browser records them.
        for (auto it = page.value().entries.crbegin(); it != page.value().entries.crend(); ++it) {
            if (it->kind == store::HistoryKind::Http)
                selected.append(it->id);
        }
    }
    QList<http::ExchangeChain> chains;
    for (qint64 id : std::as_const(selected)) {
        auto entry = reader.entry(id);
        if (!entry) {
            c.err << entry.error().message << Qt::endl;
            return entry.error().category == ErrorCategory::InvalidInput ? ExitUsage
                                                                         : ExitWorkspace;
        }
        if (entry.value().summary.kind == store::HistoryKind::Http)
            chains.append(entry.value().chain);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(interchange::HarWriter::toHar(chains)).toJson()) < 0 ||
        !out.commit()) {
        c.err << tr("The HAR file %1 could not be written: %2.").arg(file, out.errorString())
              << Qt::endl;
        return ExitIo;
    }
    c.err << tr("Exported %n exchange(s) to %1.", nullptr, int(chains.size())).arg(file)
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runHistory(CliContext &c)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Browse the request history of the workspace.\n"
           "  history list [filters]            newest first, one line per entry\n"
           "  history search WORDS [filters]    full-text search\n"
           "  history show ID [--body]          one entry in full\n"
           "  history export --har FILE [ID...] [--query WORDS] [filters]\n"
           "  history clear                     delete the whole history"));
    const Options o;
    parser.addOptions(
        {o.limit, o.before, o.method, o.status, o.host, o.since, o.until, o.query, o.har, o.body});
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, search, show, export or clear"));
    if (!parser.parse(c.arguments)) {
        c.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("search"),
                                     QStringLiteral("show"), QStringLiteral("export"),
                                     QStringLiteral("clear")};
    if (!actions.contains(action)) {
        c.err << tr("Say what to do with the history: list, search, show, export or clear.")
              << Qt::endl;
        return ExitUsage;
    }
    store::HistoryQuery query;
    if (const QString problem = readQuery(parser, o, &query); !problem.isEmpty()) {
        c.err << problem << Qt::endl;
        return ExitUsage;
    }
    if ((action == QLatin1String("show") && rest.size() != 1) ||
        (action == QLatin1String("export") && !parser.isSet(o.har)) ||
        (action == QLatin1String("search") && rest.isEmpty())) {
        c.err << tr("Usage: history show ID | search WORDS | export --har FILE [ID...].")
              << Qt::endl;
        return ExitUsage;
    }

    const auto folder = workspace::WorkspaceLocation::prepare(c.workspace);
    if (!folder) {
        c.err << folder.error().message << Qt::endl;
        return ExitWorkspace;
    }
    auto db = store::Database::open(folder.value());
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return ExitWorkspace;
    }
    if (!db.value()->notice().isEmpty())
        c.err << db.value()->notice() << Qt::endl;
    const store::HistoryReader reader(*db.value());

    if (action == QLatin1String("list"))
        return printPage(c, reader, query);
    if (action == QLatin1String("search")) {
        query.text = rest.join(QLatin1Char(' '));
        return printPage(c, reader, query);
    }
    if (action == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = rest.first().toLongLong(&ok);
        auto entry = ok ? reader.entry(id)
                        : Result<store::HistoryEntry>(
                              makeError(ErrorCategory::InvalidInput,
                                        tr("'%1' is not an entry id.").arg(rest.first())));
        if (!entry) {
            c.err << entry.error().message << Qt::endl;
            return entry.error().category == ErrorCategory::InvalidInput ? ExitUsage
                                                                         : ExitWorkspace;
        }
        c.out << HistoryPrinter::details(entry.value(), parser.isSet(o.body));
        c.out.flush();
        return ExitOk;
    }
    if (action == QLatin1String("export")) {
        query.text = parser.value(o.query);
        if (!parser.isSet(o.limit))
            query.limit = 1000;
        return exportHar(c, reader, parser.value(o.har), rest, query);
    }
    const auto totals = reader.totals();
    auto cleared = store::HistoryWriter(*db.value(), {}).clear();
    if (!cleared) {
        c.err << cleared.error().message << Qt::endl;
        return ExitWorkspace;
    }
    c.out << tr("Cleared the history (%n entries).", nullptr,
                int(totals ? totals.value().first : 0))
          << Qt::endl;
    return ExitOk;
}

} // namespace wb::cli
