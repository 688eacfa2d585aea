#pragma once

#include "core/http/requestspec.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <memory>

namespace wb {
class Settings;
}

namespace wb::ui {

class CollectionsPanel;
class EnvironmentManager;
class EnvironmentSwitcher;
class HistoryPanel;
class MainWindow;
class RequestController;
class SpecResolver;
class Workbench;

// Puts the workspace's places into a main window: the history and collections panels in the
// sidebar, the environment switcher in the toolbar, socket consoles as tabs, variables resolved
// (and highlighted) for every request tab, and Save / Save As into collections.
class WindowPlaces : public QObject
{
    Q_OBJECT

public:
    // Lives as a child of `window`; `workbench` must outlive it.
    WindowPlaces(MainWindow *window, Workbench *workbench);
    ~WindowPlaces() override;

    HistoryPanel *history() const { return m_history; }
    CollectionsPanel *collections() const { return m_collections; }
    EnvironmentManager *environments() const { return m_environments; }
    EnvironmentSwitcher *environmentSwitcher() const { return m_switcher; }

    // Takes the preferences that concern the places: the active environment (restored, and kept
    // when switched) and whether secret values may be kept in the history.
    void useSettings(Settings *settings);

    // Saves the current request tab into its collection, or asks where when it has none.
    void saveCurrent();
    // Always asks where.
    void saveCurrentAs();
    void manageEnvironments();

private:
    struct Binding
    {
        QUuid collectionId;
        QUuid itemId;
    };

    static QStringList secretValues(const SpecResolver &resolver, const Binding &binding);
    void buildToolBar();
    void connectPanels();
    void adoptTab(RequestController *controller);
    void bind(RequestController *controller, const Binding &binding);
    void openFromCollection(const QUuid &collectionId, const QUuid &itemId,
                            const http::RequestSpec &spec);
    QUuid collectionOf(const QUuid &itemId) const;

    MainWindow *m_window = nullptr;
    Workbench *m_workbench = nullptr;
    HistoryPanel *m_history = nullptr;
    CollectionsPanel *m_collections = nullptr;
    EnvironmentManager *m_environments = nullptr;
    EnvironmentSwitcher *m_switcher = nullptr;
    SpecResolver *m_resolver = nullptr;
    QHash<RequestController *, Binding> m_bindings;
    std::shared_ptr<bool> m_keepSecrets = std::make_shared<bool>(false);
};

} // namespace wb::ui
