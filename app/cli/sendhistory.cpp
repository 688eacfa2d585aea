#include "app/cli/sendhistory.h"

#include "app/cli/exitcodes.h"
#include "app/cli/sendcollection.h"
#include "core/common/settings.h"
#include "core/http/secretredaction.h"
#include "core/store/database.h"
#include "core/store/historywriter.h"
#include "core/workspace/workspacelocation.h"

#include <QCoreApplication>

namespace wb::cli {

namespace {

const QString historyName = QStringLiteral("history");
const QString noHistoryName = QStringLiteral("no-history");

// The values of the secret variables the request used (none for a plain URL).
QStringList secretsOf(const QCommandLineParser &parser)
{
    QStringList secrets;
    if (!SendCollection::isRequested(parser))
        return secrets;
    // Resolving again reads the same files and gives the same values.
    const auto resolved = SendCollection::request(parser);
    if (!resolved)
        return secrets;
    for (const auto &substitution : resolved->report.substitutions) {
        if (substitution.secret && !secrets.contains(substitution.value))
            secrets.append(substitution.value);
    }
    return secrets;
}

} // namespace

void SendHistory::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {historyName,
         QCoreApplication::translate(
             "wb::cli", "Keep the exchange in the workspace's history (to open it in the "
                        "window later); the setting history/recordCliSends makes this the "
                        "default.")});
    parser.addOption({noHistoryName, QCoreApplication::translate(
                                         "wb::cli", "Do not keep the exchange in the history.")});
}

bool SendHistory::isRequested(const QCommandLineParser &parser)
{
    if (parser.isSet(noHistoryName))
        return false;
    return parser.isSet(historyName) || Settings().recordCliSends();
}

int SendHistory::recordIfAsked(CliContext &context, const QCommandLineParser &parser,
                               const http::ExchangeChain &chain)
{
    if (!isRequested(parser) || chain.isEmpty())
        return ExitOk;
    const QStringList secrets =
        Settings().keepSecretsInHistory() ? QStringList() : secretsOf(parser);
    const auto recorded = recordToHistory(context.workspace, chain, secrets);
    const bool silent = parser.isSet(QStringLiteral("silent"));
    if (!recorded) {
        context.err << QCoreApplication::translate(
                           "wb::cli", "The exchange could not be kept in the history: %1")
                           .arg(recorded.error().message)
                    << Qt::endl;
        return ExitWorkspace;
    }
    if (!silent) {
        context.err << QCoreApplication::translate(
                           "wb::cli",
                           "Kept in the history as entry %1 (wirebench-cli history show %1).")
                           .arg(recorded->id)
                    << Qt::endl;
    }
    return ExitOk;
}

Result<store::HistorySummary> recordToHistory(const QString &workspace,
                                              const http::ExchangeChain &chain,
                                              const QStringList &secrets)
{
    const auto folder = workspace::WorkspaceLocation::prepare(workspace);
    if (!folder)
        return folder.error();
    auto db = store::Database::open(folder.value());
    if (!db)
        return db.error();
    const Settings settings;
    store::HistoryWriter writer(*db.value(),
                                {settings.historyMaxEntries(), settings.historyMaxBytes()});
    return writer.appendExchange(http::SecretRedaction::redacted(chain, secrets));
}

} // namespace wb::cli
