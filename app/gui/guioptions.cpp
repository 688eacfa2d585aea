#include "app/gui/guioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace wb::app {

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "wb::app", "Wirebench: compose HTTP requests, open raw sockets and see every byte."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("wb::app", "Use the workspace folder <path> instead of the "
                                               "default one."),
        QStringLiteral("path"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("wb::app", "Show the interface in <language> (for example de "
                                               "or zh_CN) instead of the system's."),
        QStringLiteral("language"));
    parser.addOption(workspace);
    parser.addOption(language);
    parser.process(arguments);
    return GuiOptions{parser.value(workspace), parser.value(language)};
}

} // namespace wb::app
