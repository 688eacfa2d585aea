#include "ui/workbench/windowplaces.h"

#include "core/common/settings.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/collections/collectionspanel.h"
#include "ui/environments/environmenteditor.h"
#include "ui/environments/environmentmanager.h"
#include "ui/environments/environmentswitcher.h"
#include "ui/environments/specresolver.h"
#include "ui/environments/variablehighlighter.h"
#include "ui/history/historypanel.h"
#include "ui/request/autheditor.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/request/urlbar.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/tabarea.h"
#include "ui/socket/socketconsolepage.h"
#include "ui/workbench/requestcontroller.h"
#include "ui/workbench/variablemarks.h"
#include "ui/workbench/workbench.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QToolBar>

namespace wb::ui {

namespace {

// What a tab sends: its spec with the variables in effect substituted. References that stay
// unresolved are sent as written, as Postman does; the highlighter has marked them already.
Workbench::SpecResolver adapt(SpecResolver::Function resolve)
{
    return
        [resolve = std::move(resolve)](const http::RequestSpec &spec) -> Result<http::RequestSpec> {
            return resolve(spec).spec;
        };
}

} // namespace

QStringList WindowPlaces::secretValues(const SpecResolver &resolver, const Binding &binding)
{
    using workspace::VariableScope;
    const workspace::VariableResolver variables =
        resolver.variables(binding.collectionId, binding.itemId);
    QStringList secrets;
    for (VariableScope scope :
         {VariableScope::Global, VariableScope::Collection, VariableScope::Environment}) {
        for (const workspace::Variable &variable : variables.variables(scope)) {
            if (variable.secret && variable.enabled && !variable.value.isEmpty())
                secrets.append(variable.value);
        }
    }
    return secrets;
}

WindowPlaces::WindowPlaces(MainWindow *window, Workbench *workbench)
    : QObject(window)
    , m_window(window)
    , m_workbench(workbench)
{
    store::WorkspaceStore *store = workbench->store();
    m_history = new HistoryPanel(store);
    m_collections = new CollectionsPanel(store);
    m_environments = new EnvironmentManager(store, this);
    m_collections->setEnvironmentManager(m_environments);
    m_resolver = new SpecResolver(m_environments, m_collections->model());
    window->sidebar()->setHistoryWidget(m_history);
    window->sidebar()->setCollectionsWidget(m_collections);
    window->setSocketConsolePageFactory(SocketConsolePage::factory(store));
    workbench->setSpecResolver(adapt(m_resolver->forTab()));
    workbench->setSecretsProvider([resolver = m_resolver, keep = m_keepSecrets] {
        return *keep ? QStringList() : secretValues(*resolver, {});
    });

    buildToolBar();
    connectPanels();
    for (int i = 0; i < window->tabArea()->count(); ++i) {
        if (auto *controller = RequestController::of(window->tabArea()->tabWidget()->widget(i)))
            adoptTab(controller);
    }
    m_environments->reload();
    m_collections->reload();
}

WindowPlaces::~WindowPlaces()
{
    delete m_resolver;
}

void WindowPlaces::buildToolBar()
{
    MainMenus *menus = m_window->menus();
    QToolBar *bar = m_window->addToolBar(tr("Workspace"));
    bar->setObjectName(QStringLiteral("workspaceToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(menus->newRequest);
    bar->addAction(menus->newSocketConsole);
    bar->addSeparator();
    bar->addAction(menus->save);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto *label = new QLabel(tr("Environment:"), bar);
    label->setContentsMargins(0, 0, 6, 0);
    bar->addWidget(label);
    m_switcher = new EnvironmentSwitcher(m_environments, bar);
    m_switcher->setMinimumContentsLength(18);
    m_switcher->setToolTip(
        tr("The environment whose variables requests use (%1 to manage)")
            .arg(menus->manageEnvironments->shortcut().toString(QKeySequence::NativeText)));
    label->setBuddy(m_switcher);
    bar->addWidget(m_switcher);
}

void WindowPlaces::connectPanels()
{
    MainMenus *menus = m_window->menus();
    connect(m_history, &HistoryPanel::entryActivated, m_window,
            qOverload<qint64>(&MainWindow::openHistoryEntry));
    connect(m_collections, &CollectionsPanel::requestActivated, this,
            &WindowPlaces::openFromCollection);
    connect(m_switcher, &EnvironmentSwitcher::manageRequested, this,
            &WindowPlaces::manageEnvironments);
    connect(menus->manageEnvironments, &QAction::triggered, this,
            &WindowPlaces::manageEnvironments);
    connect(menus->save, &QAction::triggered, this, &WindowPlaces::saveCurrent);
    connect(menus->saveAs, &QAction::triggered, this, &WindowPlaces::saveCurrentAs);
    connect(m_window, &MainWindow::requestTabAdded, this, &WindowPlaces::adoptTab);
    connect(m_environments, &EnvironmentManager::failed, m_window, [this](const Error &error) {
        m_window->statusBar()->showMessage(error.message, 10000);
    });
}

void WindowPlaces::adoptTab(RequestController *controller)
{
    if (m_bindings.contains(controller))
        return;
    m_bindings.insert(controller, {});
    connect(controller, &QObject::destroyed, this,
            [this, controller] { m_bindings.remove(controller); });
    // A tab restored from its draft comes back linked to the collection request it edits.
    connect(controller, &RequestController::linkChanged, this, [this, controller] {
        const Binding binding{controller->linkedCollection(), controller->linkedItem()};
        const Binding bound = m_bindings.value(controller);
        if (binding.collectionId != bound.collectionId || binding.itemId != bound.itemId)
            bind(controller, binding);
    });
    bind(controller, {controller->linkedCollection(), controller->linkedItem()});
}

void WindowPlaces::bind(RequestController *controller, const Binding &binding)
{
    m_bindings.insert(controller, binding);
    controller->setLink(binding.collectionId, binding.itemId);
    controller->setSpecResolver(adapt(m_resolver->forTab(binding.collectionId, binding.itemId)));
    controller->setSecretsProvider([resolver = m_resolver, binding, keep = m_keepSecrets] {
        return *keep ? QStringList() : secretValues(*resolver, binding);
    });
    // {{variables}} are marked where they are typed: the URL and the auth fields shown in clear
    // (VariableHighlighter), the header values and the raw body (VariableMarks).
    RequestComposer *composer = controller->page()->composer();
    QList<QLineEdit *> editors{composer->urlBar()->urlEdit()};
    for (QLineEdit *field : composer->authEditor()->findChildren<QLineEdit *>()) {
        if (field->echoMode() == QLineEdit::Normal)
            editors.append(field);
    }
    for (QLineEdit *editor : editors) {
        auto lookup = m_resolver->lookup(binding.collectionId, binding.itemId);
        if (auto *highlighter = editor->findChild<VariableHighlighter *>()) {
            highlighter->setLookup(std::move(lookup));
            continue;
        }
        auto *highlighter = VariableHighlighter::attach(editor, std::move(lookup));
        connect(m_environments, &EnvironmentManager::activeChanged, highlighter,
                &VariableHighlighter::refresh);
        connect(m_environments, &EnvironmentManager::environmentsChanged, highlighter,
                &VariableHighlighter::refresh);
    }
    auto lookup = m_resolver->lookup(binding.collectionId, binding.itemId);
    if (auto *marks = composer->findChild<VariableMarks *>(QString(), Qt::FindDirectChildrenOnly)) {
        marks->setLookup(std::move(lookup));
        return;
    }
    auto *marks = new VariableMarks(composer, std::move(lookup));
    connect(m_environments, &EnvironmentManager::activeChanged, marks, &VariableMarks::refresh);
    connect(m_environments, &EnvironmentManager::environmentsChanged, marks,
            &VariableMarks::refresh);
}

void WindowPlaces::openFromCollection(const QUuid &collectionId, const QUuid &itemId,
                                      const http::RequestSpec &spec)
{
    // A request already open stays in its tab.
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (it.value().itemId == itemId && !itemId.isNull()) {
            m_window->tabArea()->tabWidget()->setCurrentWidget(it.key()->page());
            return;
        }
    }
    RequestController *controller = m_window->openRequest(spec);
    if (!controller)
        return;
    bind(controller, {collectionId, itemId});
    controller->markSaved(spec.name);
}

void WindowPlaces::useSettings(Settings *settings)
{
    *m_keepSecrets = settings->keepSecretsInHistory();
    const QUuid remembered(settings->activeEnvironment());
    auto restore = [this, remembered] {
        if (!remembered.isNull() && m_environments->environment(remembered))
            m_environments->setActiveId(remembered);
    };
    restore();
    connect(m_environments, &EnvironmentManager::loaded, this, restore, Qt::SingleShotConnection);
    connect(m_environments, &EnvironmentManager::activeChanged, this, [settings](const QUuid &id) {
        settings->setActiveEnvironment(id.isNull() ? QString() : id.toString());
    });
}

void WindowPlaces::saveCurrent()
{
    RequestController *controller = RequestController::of(m_window->tabArea()->currentPage());
    if (!controller)
        return;
    const Binding binding = m_bindings.value(controller);
    if (binding.itemId.isNull() ||
        !m_collections->model()->updateRequest(binding.collectionId, binding.itemId,
                                               controller->page()->composer()->spec())) {
        saveCurrentAs();
        return;
    }
    controller->markSaved();
    m_window->statusBar()->showMessage(tr("Saved “%1”.").arg(controller->title()), 5000);
}

void WindowPlaces::saveCurrentAs()
{
    RequestController *controller = RequestController::of(m_window->tabArea()->currentPage());
    if (!controller)
        return;
    const http::RequestSpec spec = controller->page()->composer()->spec();
    const QUuid itemId = m_collections->saveRequestAs(spec);
    if (itemId.isNull())
        return;
    bind(controller, {collectionOf(itemId), itemId});
    const auto saved = m_collections->model()->request(
        m_collections->model()->indexOf(collectionOf(itemId), itemId));
    controller->markSaved(saved ? saved.value().name : spec.name);
    m_window->sidebar()->setCurrentPlace(Sidebar::Place::Collections);
    m_window->statusBar()->showMessage(tr("Saved “%1”.").arg(controller->title()), 5000);
}

void WindowPlaces::manageEnvironments()
{
    auto *editor = new EnvironmentEditor(m_environments, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

QUuid WindowPlaces::collectionOf(const QUuid &itemId) const
{
    const CollectionsModel *model = m_collections->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QUuid collectionId = CollectionsModel::collectionId(model->index(row, 0));
        if (model->indexOf(collectionId, itemId).isValid())
            return collectionId;
    }
    return {};
}

} // namespace wb::ui
