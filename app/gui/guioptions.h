#pragma once

#include <QString>
#include <QStringList>

namespace wb::app {

// The GUI's command line: --workspace and --lang, plus the usual --help and --version.
struct GuiOptions
{
    QString workspace;
    QString language;
};

// Parses `arguments`; on --help, --version or a usage error prints and exits the process.
GuiOptions parseGuiOptions(const QStringList &arguments);

} // namespace wb::app
