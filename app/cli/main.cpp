#include "app/cli/clicommand.h"
#include "app/cli/exitcodes.h"
#include "core/common/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

QString commandList()
{
    QString text = QCoreApplication::translate("wb::cli", "Commands:") + QLatin1Char('\n');
    for (const auto &command : wb::cli::cliCommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -12).arg(command.summary);
    text += QCoreApplication::translate(
        "wb::cli", "Run 'wirebench-cli COMMAND --help' for a command's options.");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // The plain Unix event dispatcher coalesces wake-ups that GLib's writes to its eventfd one by
    // one (three extra syscalls per request under `load`); the CLI needs nothing from GLib.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(wb::applicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(wb::applicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(wb::organizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(wb::applicationVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("wb::cli", "Wirebench on the command line.") +
        QLatin1Char('\n') + commandList());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("wb::cli", "Use the workspace folder <path> instead of the "
                                               "default one."),
        QStringLiteral("path"));
    parser.addOption(workspace);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("wb::cli", "The command to run."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl << commandList() << Qt::endl;
        return wb::cli::ExitUsage;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return wb::cli::ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        out << parser.helpText() << Qt::endl;
        return positional.isEmpty() && !parser.isSet(help) ? wb::cli::ExitUsage : wb::cli::ExitOk;
    }
    for (const auto &command : wb::cli::cliCommands()) {
        if (command.name != positional.first())
            continue;
        wb::cli::CliContext context{positional, parser.value(workspace), out, err};
        return command.run(context);
    }
    err << QCoreApplication::translate("wb::cli", "Unknown command '%1'.").arg(positional.first())
        << Qt::endl
        << commandList() << Qt::endl;
    return wb::cli::ExitUsage;
}
