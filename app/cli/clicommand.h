#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace wb::cli {

// What every command receives: its own arguments (the command name first) and the global options.
struct CliContext
{
    QStringList arguments;
    QString workspace; // empty means the default workspace
    QTextStream &out;
    QTextStream &err;
};

struct CliCommand
{
    QString name;
    QString summary;
    std::function<int(CliContext &)> run;
};

// The table of subcommands; each command's file registers itself here.
const QList<CliCommand> &cliCommands();

} // namespace wb::cli
