#pragma once

#include "core/common/result.h"
#include "core/workspace/environment.h"

#include <QObject>

namespace wb::store {
class WorkspaceStore;
}

namespace wb::ui {

class StoreCalls;

// The environments, the globals and which environment is active, kept in step with the
// workspace's EnvironmentStore. Everything that shows or uses environments (the switcher, the
// editor, variable resolution) reads them here.
class EnvironmentManager : public QObject
{
    Q_OBJECT

public:
    // Without a store nothing is persisted (for previews and tests of views alone).
    explicit EnvironmentManager(store::WorkspaceStore *store, QObject *parent = nullptr);

    // Loads environments and globals; emits loaded().
    void reload();

    const QList<workspace::Environment> &environments() const { return m_environments; }
    const workspace::Environment *environment(const QUuid &id) const;
    const QList<workspace::Variable> &globals() const { return m_globals; }

    // The active environment, or nullptr for "No Environment".
    const workspace::Environment *active() const { return environment(m_activeId); }
    QUuid activeId() const { return m_activeId; }
    void setActiveId(const QUuid &id);

    // Adds or replaces (by id) an environment and saves it.
    void save(const workspace::Environment &environment);
    void remove(const QUuid &id);
    void saveGlobals(const QList<workspace::Variable> &variables);

    // Writes still on their way to the database.
    int pendingWrites() const;

signals:
    void loaded();
    void environmentsChanged();
    void activeChanged(const QUuid &id);
    void failed(const wb::Error &error);
    // Every write so far is in the database.
    void saved();

private:
    StoreCalls *m_calls = nullptr;
    QList<workspace::Environment> m_environments;
    QList<workspace::Variable> m_globals;
    QUuid m_activeId;
};

} // namespace wb::ui
