#pragma once

#include "app/cli/clicommand.h"
#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/store/historytypes.h"

#include <QCommandLineParser>
#include <QStringList>

namespace wb::cli {

// Keeps the exchange of a finished `send` in the workspace's history, as the window keeps its own
// (secret variable values masked unless history/keepSecretValues says otherwise), so that a
// request tried in a terminal can be opened in the GUI. Asked for with --history; the setting
// history/recordCliSends makes that the default and --no-history turns it off for one send.
class SendHistory
{
public:
    static void addOptions(QCommandLineParser &parser);
    static bool isRequested(const QCommandLineParser &parser);
    // Records the chain when asked; says on standard error under which id (unless -s), or why
    // it could not. Returns ExitWorkspace when it could not, else ExitOk.
    static int recordIfAsked(CliContext &context, const QCommandLineParser &parser,
                             const http::ExchangeChain &chain);
};

// Appends `chain`, with `secrets` masked, to the history of the workspace folder `workspace`
// (empty: the default one), kept within the retention limits of the settings.
Result<store::HistorySummary> recordToHistory(const QString &workspace,
                                              const http::ExchangeChain &chain,
                                              const QStringList &secrets = {});

} // namespace wb::cli
