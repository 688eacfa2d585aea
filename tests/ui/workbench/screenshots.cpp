// Makes the README's screenshots: the real window on a throwaway workspace, requests sent to a
// local httpbin, and the whole X screen captured with ImageMagick's `import` at each step.
// Run on an X server the size of the pictures (see screenshots.sh); not part of the test suite.

#include "core/common/settings.h"
#include "core/http/httpengine.h"
#include "core/store/workspacestore.h"
#include "tests/support/httpbinserver.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/request/urlbar.h"
#include "ui/response/prettyview.h"
#include "ui/response/responseinspector.h"
#include "ui/response/wireview.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/tabarea.h"
#include "ui/workbench/requestcontroller.h"
#include "ui/workbench/windowplaces.h"
#include "ui/workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace wb;
using namespace wb::ui;

namespace {

struct Step
{
    std::function<void()> act;
    std::function<bool()> ready; // polled until true
    QString picture;             // captured once ready (empty: none)
};

class Director : public QObject
{
public:
    Director(QList<Step> steps, QString outDir)
        : m_steps(std::move(steps))
        , m_outDir(std::move(outDir))
    {}

    void run()
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

private:
    void next()
    {
        if (m_index >= m_steps.size()) {
            QApplication::exit(0);
            return;
        }
        m_steps[m_index].act();
        m_waited = 0;
        poll();
    }

    void poll()
    {
        const Step &step = m_steps.at(m_index);
        if (!step.ready() && m_waited < 20000) {
            m_waited += 100;
            QTimer::singleShot(100, this, [this] { poll(); });
            return;
        }
        if (m_waited >= 20000)
            std::fprintf(stderr, "step %lld did not become ready\n", qint64(m_index));
        // Let the last repaint reach the X server before the capture.
        QTimer::singleShot(600, this, [this] { capture(); });
    }

    void capture()
    {
        const QString name = m_steps.at(m_index++).picture;
        if (name.isEmpty())
            return next();
        auto *process = new QProcess(this);
        connect(process, &QProcess::finished, this, [this, process, name](int code) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), code == 0 ? "written" : "failed");
            process->deleteLater();
            next();
        });
        process->start(
            QStringLiteral("/usr/bin/import"),
            {QStringLiteral("-window"), QStringLiteral("root"), QDir(m_outDir).filePath(name)});
    }

    QList<Step> m_steps;
    QString m_outDir;
    qsizetype m_index = 0;
    int m_waited = 0;
};

RequestPage *pageAt(MainWindow &window, int index)
{
    return qobject_cast<RequestPage *>(window.tabArea()->page(index));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Wirebench"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();

    test::HttpbinServer httpbin;
    if (const auto error = httpbin.start()) {
        std::fprintf(stderr, "httpbin: %s\n", qPrintable(error->message));
        return 1;
    }
    QTemporaryDir workspace;
    Settings settings(workspace.filePath(QStringLiteral("settings.ini")));
    http::HttpEngine engine;
    store::WorkspaceStore store(workspace.path());
    store.start();
    Workbench workbench(&engine, &store, workspace.path());
    MainWindow window(settings, &workbench);
    new WindowPlaces(&window, &workbench);
    window.setGeometry(0, 0, 1400, 900);
    window.show();
    window.sidebar()->setCurrentPlace(Sidebar::Place::History);

    const QString base = httpbin.baseUrl();
    const QString local = QStringLiteral("http://localhost:%1").arg(httpbin.port());
    auto open = [&window](const http::RequestSpec &spec) {
        RequestController *controller = window.openRequest(spec);
        controller->send();
        return controller;
    };
    auto finished = [&window](int index) {
        RequestPage *page = pageAt(window, index);
        return page && !page->inspector()->chain().isEmpty();
    };

    QList<Step> steps;
    // 1. A JSON request and its JSON response.
    steps.append(
        {[&] {
             http::RequestSpec spec;
             spec.method = QStringLiteral("POST");
             spec.url = base + QStringLiteral("/anything/orders?expand=items&limit=2");
             spec.headers = {
                 {QStringLiteral("Accept"), QStringLiteral("application/json"), true},
                 {QStringLiteral("Content-Type"), QStringLiteral("application/json"), true},
                 {QStringLiteral("X-Client"), QStringLiteral("wirebench-docs"), true}};
             spec.body.kind = http::RequestBody::Kind::Raw;
             spec.body.contentType = QStringLiteral("application/json");
             spec.body.raw = "{\n  \"customer\": \"ada@example.test\",\n  \"sku\": \"WB-100\",\n"
                             "  \"qty\": 2,\n  \"express\": true\n}";
             open(spec)->page()->composer()->tabs()->setCurrentIndex(RequestComposer::BodyTab);
         },
         [&] {
             return finished(0) && !pageAt(window, 0)->inspector()->prettyView()->isFormatting();
         },
         QStringLiteral("composer-json.png")});
    // 2. A slow response: where the time went.
    steps.append({[&] {
                      http::RequestSpec spec;
                      spec.url = local + QStringLiteral("/drip?duration=0.6&numbytes=12&delay=0.3");
                      open(spec);
                  },
                  [&] { return finished(1); },
                  {}});
    steps.append({[&] { pageAt(window, 1)->inspector()->showTab(ResponseInspector::TimingTab); },
                  [] { return true; }, QStringLiteral("timing.png")});
    // 3. A redirect chain, byte by byte.
    steps.append({[&] {
                      http::RequestSpec spec;
                      spec.url = base + QStringLiteral("/redirect/2");
                      open(spec);
                  },
                  [&] { return finished(2); },
                  {}});
    steps.append({[&] {
                      ResponseInspector *inspector = pageAt(window, 2)->inspector();
                      inspector->showTab(ResponseInspector::WireTab);
                      inspector->wireView()->showHop(0);
                  },
                  [] { return true; }, QStringLiteral("wire.png")});

    Director director(steps, outDir);
    director.run();
    return app.exec();
}
