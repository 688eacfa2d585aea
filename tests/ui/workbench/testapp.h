#pragma once

#include "core/common/settings.h"
#include "core/http/httpengine.h"
#include "core/store/workspacestore.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/testenv.h"
#include "ui/request/requestpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/tabarea.h"
#include "ui/workbench/windowplaces.h"
#include "ui/workbench/workbench.h"

#include <QDir>
#include <QTest>

#include <memory>

namespace wb::test {

// One running application for end-to-end tests: settings, the engine, the workspace store and a
// window on them, optionally with its places (sidebar panels, toolbar) as the GUI has them.
struct TestApp
{
    enum class Places { Without, With };

    explicit TestApp(const QString &workspace, Places places = Places::Without)
        : settings((QDir().mkpath(workspace), workspace + QStringLiteral("/settings.ini")))
        , store(workspace)
        , workbench(&engine, &store, workspace)
    {
        store.start();
        window = std::make_unique<ui::MainWindow>(settings, &workbench);
        if (places == Places::With)
            this->places = new ui::WindowPlaces(window.get(), &workbench);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    ui::RequestPage *currentPage() const
    {
        return qobject_cast<ui::RequestPage *>(window->tabArea()->currentPage());
    }

    Settings settings;
    http::HttpEngine engine;
    store::WorkspaceStore store;
    ui::Workbench workbench;
    std::unique_ptr<ui::MainWindow> window;
    ui::WindowPlaces *places = nullptr;
};

// Starts httpbin into `server` the first time a test needs it; leaves `server` empty (with the
// calling test skipped, or failed under CI) when it cannot.
inline void startHttpbinOnce(std::unique_ptr<HttpbinServer> &server)
{
    if (server)
        return;
    auto started = std::make_unique<HttpbinServer>();
    WB_START_FIXTURE(*started);
    server = std::move(started);
}

} // namespace wb::test
