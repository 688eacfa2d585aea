// Renders the collections panel, the environment editor and a highlighted URL offscreen into
// PNG files, to look at them: collections_screenshots OUTPUT_FOLDER

#include "tests/support/testenv.h"
#include "tests/ui/collections/testworkspace.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/collections/collectionspanel.h"
#include "ui/collections/saverequestdialog.h"
#include "ui/environments/environmenteditor.h"
#include "ui/environments/environmentmanager.h"
#include "ui/environments/environmentswitcher.h"
#include "ui/environments/specresolver.h"
#include "ui/environments/variablehighlighter.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace wb;
using namespace wb::ui;

namespace {

void save(QWidget *widget, const QString &folder, const QString &name)
{
    widget->show();
    QTest::qWaitForWindowExposed(widget);
    QTest::qWait(50);
    widget->grab().save(folder + QLatin1Char('/') + name);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    test::TestWorkspace workspace;
    store::WorkspaceStore &store = workspace.store;

    EnvironmentManager environments(&store);
    workspace::Environment local;
    local.name = QStringLiteral("Local");
    local.variables = {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8080")},
                       {QStringLiteral("username"), QStringLiteral("octocat")},
                       {QStringLiteral("token"), QStringLiteral("ghp_abc123"), true, true}};
    environments.save(local);
    workspace::Environment staging = local;
    staging.id = QUuid::createUuid();
    staging.name = QStringLiteral("Staging");
    staging.variables[0].value = QStringLiteral("https://staging.example.com");
    environments.save(staging);
    environments.setActiveId(local.id);

    CollectionsPanel panel(&store);
    panel.setEnvironmentManager(&environments);
    panel.resize(300, 560);
    save(&panel, out, QStringLiteral("collections-empty.png"));
    panel.importFile(test::corpusDir() + QStringLiteral("/postman-v2.1/examples/github.json"));
    panel.importFile(test::corpusDir() + QStringLiteral("/postman-v2.1/examples/httpbin.json"));
    CollectionsModel *model = panel.model();
    const QModelIndex github = model->index(0, 0);
    panel.tree()->expand(model->index(0, 0, github));
    panel.tree()->setCurrentIndex(model->index(2, 0, model->index(0, 0, github)));
    save(&panel, out, QStringLiteral("collections-panel.png"));

    EnvironmentEditor editor(&environments);
    editor.select(local.id);
    save(&editor, out, QStringLiteral("environment-editor.png"));

    QWidget bar;
    auto *layout = new QHBoxLayout(&bar);
    auto *url = new QLineEdit(&bar);
    url->setText(QStringLiteral("{{url}}/users/{{username}}/repos?per_page={{pageSize}}"));
    auto *switcher = new EnvironmentSwitcher(&environments, &bar);
    layout->addWidget(url, 1);
    layout->addWidget(switcher);
    SpecResolver resolver(&environments, model);
    VariableHighlighter::attach(url, VariableHighlighter::lookupIn(resolver.variables()));
    bar.resize(640, 48);
    save(&bar, out, QStringLiteral("variable-highlight.png"));

    SaveRequestDialog dialog(model, QStringLiteral("List repositories"));
    save(&dialog, out, QStringLiteral("save-request.png"));

    QSignalSpy saved(&panel, &CollectionsPanel::saved);
    if (panel.pendingWrites() > 0)
        saved.wait(5000);
    return 0;
}
