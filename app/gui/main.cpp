#include "app/gui/guioptions.h"
#include "core/common/logging.h"
#include "core/common/settings.h"
#include "core/common/version.h"
#include "core/workspace/workspacelocation.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// Loads Wirebench's own translation (embedded at :/i18n) and Qt's, for `language` or the
// system locale when it is empty.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("wirebench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(wb::applicationName));
    QApplication::setOrganizationName(QString::fromLatin1(wb::applicationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(wb::organizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(wb::applicationVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.wirebench.Wirebench"));

    const wb::app::GuiOptions options = wb::app::parseGuiOptions(QApplication::arguments());
    wb::Settings settings;
    installTranslations(app, options.language.isEmpty() ? settings.language() : options.language);

    const auto workspace = wb::workspace::WorkspaceLocation::prepare(options.workspace);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("wb::app", "Wirebench"),
                              workspace.error().message);
        return 1;
    }

    wb::ui::MainWindow window(settings, workspace.value());
    window.show();
    qCDebug(lcApp) << "Wirebench" << wb::applicationVersion << "on workspace" << workspace.value();
    return app.exec();
}
