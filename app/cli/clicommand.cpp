#include "app/cli/clicommand.h"

#include "app/cli/exitcodes.h"
#include "app/cli/exportcommand.h"
#include "app/cli/historycommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/listencommand.h"
#include "app/cli/loadcommand.h"
#include "app/cli/sendcommand.h"
#include "app/cli/tcpcommand.h"
#include "app/cli/tlscommand.h"
#include "app/cli/udpcommand.h"
#include "app/cli/wscommand.h"
#include "core/workspace/workspacelocation.h"

#include <QCoreApplication>

namespace wb::cli {

namespace {

int runWorkspace(CliContext &context)
{
    const auto path = workspace::WorkspaceLocation::prepare(context.workspace);
    if (!path) {
        context.err << path.error().message << Qt::endl;
        return ExitWorkspace;
    }
    context.out << path.value() << Qt::endl;
    return ExitOk;
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {QStringLiteral("history"),
         QCoreApplication::translate("wb::cli",
                                     "List, search, show, export (HAR) or clear the history."),
         runHistory},
        {QStringLiteral("workspace"),
         QCoreApplication::translate("wb::cli",
                                     "Print the workspace folder, creating it if missing."),
         runWorkspace},
        {QStringLiteral("tcp"),
         QCoreApplication::translate("wb::cli", "Connect to HOST PORT over TCP, netcat-like."),
         runTcp},
        {QStringLiteral("udp"),
         QCoreApplication::translate("wb::cli",
                                     "Send UDP datagrams to HOST PORT and print replies."),
         runUdp},
        {QStringLiteral("tls"),
         QCoreApplication::translate("wb::cli", "Connect to HOST PORT over TLS, netcat-like."),
         runTls},
        {QStringLiteral("ws"),
         QCoreApplication::translate("wb::cli", "Open a WebSocket and exchange messages."), runWs},
        {QStringLiteral("listen"),
         QCoreApplication::translate("wb::cli", "Listen on a TCP, TLS or UDP port, netcat-like."),
         runListen},
        {QStringLiteral("send"),
         QCoreApplication::translate("wb::cli", "Send one HTTP request, curl-like."), runSend},
        {QStringLiteral("import"),
         QCoreApplication::translate(
             "wb::cli",
             "Import a Postman collection or environment, a curl command or a HAR file."),
         runImport},
        {QStringLiteral("export"),
         QCoreApplication::translate("wb::cli",
                                     "Export a collection (Postman v2.1, curl) or an environment."),
         runExport},
        {QStringLiteral("load"),
         QCoreApplication::translate(
             "wb::cli", "Send N requests over C connections and print the rate and latencies."),
         runLoad},
    };
    return commands;
}

} // namespace wb::cli
