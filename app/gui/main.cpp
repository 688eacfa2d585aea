#include "app/gui/guioptions.h"
#include "core/common/logging.h"
#include "core/common/settings.h"
#include "core/common/version.h"
#include "core/http/httpengine.h"
#include "core/store/cookiesync.h"
#include "core/store/workspacestore.h"
#include "core/workspace/workspacelocation.h"
#include "ui/shell/languagesupport.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/windowplaces.h"
#include "ui/workbench/workbench.h"

#include <QApplication>
#include <QMessageBox>

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
    wb::ui::installTranslations(app, options.language.isEmpty() ? settings.language()
                                                                : options.language);

    const auto workspace = wb::workspace::WorkspaceLocation::prepare(options.workspace);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("wb::app", "Wirebench"),
                              workspace.error().message);
        return 1;
    }

    // The engine and the store outlive the window, which cancels and saves through them last.
    wb::http::HttpEngine engine;
    wb::store::WorkspaceStore store(workspace.value(),
                                    {settings.historyMaxEntries(), settings.historyMaxBytes()});
    wb::ui::Workbench workbench(&engine, &store, workspace.value());

    wb::ui::MainWindow window(settings, &workbench);
    QObject::connect(&store, &wb::store::WorkspaceStore::opened, &window,
                     [&window](const wb::Error &error, const QString &notice) {
                         if (!error.isError() && notice.isEmpty())
                             return;
                         qCWarning(lcApp) << "workspace:" << error.toString() << notice;
                         auto *box = new QMessageBox(
                             error.isError() ? QMessageBox::Warning : QMessageBox::Information,
                             QApplication::translate("wb::app", "Wirebench"),
                             error.isError() ? error.message : notice, QMessageBox::Ok, &window);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });
    store.start();
    // Cookies the engine collects are kept in the workspace across runs.
    wb::store::CookieSync cookies(&store, engine.cookieJar());
    QObject::connect(&engine, &wb::http::HttpEngine::cookiesChanged, &cookies,
                     &wb::store::CookieSync::changed);
    cookies.load();
    auto *places = new wb::ui::WindowPlaces(&window, &workbench);
    places->useSettings(&settings);
    window.show();
    qCDebug(lcApp) << "Wirebench" << wb::applicationVersion << "on workspace" << workspace.value();
    return app.exec();
}
