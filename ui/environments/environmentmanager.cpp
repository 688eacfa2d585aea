#include "ui/environments/environmentmanager.h"

#include "core/store/environmentstore.h"
#include "ui/collections/storecalls.h"

#include <memory>

namespace wb::ui {

using workspace::Environment;
using workspace::Variable;

EnvironmentManager::EnvironmentManager(store::WorkspaceStore *store, QObject *parent)
    : QObject(parent)
    , m_calls(new StoreCalls(store, this))
{
    connect(m_calls, &StoreCalls::failed, this, &EnvironmentManager::failed);
    connect(m_calls, &StoreCalls::idle, this, &EnvironmentManager::saved);
}

void EnvironmentManager::reload()
{
    struct Loaded
    {
        QList<Environment> environments;
        QList<Variable> globals;
    };
    auto data = std::make_shared<Loaded>();
    m_calls->run(
        [data](store::Database &db) -> Result<void> {
            store::EnvironmentStore environments(db);
            auto list = environments.environments();
            if (!list)
                return list.error();
            auto globals = environments.globals();
            if (!globals)
                return globals.error();
            data->environments = list.value();
            data->globals = globals.value();
            return {};
        },
        [this, data](const Error &error) {
            if (!error.isError()) {
                m_environments = data->environments;
                m_globals = data->globals;
                if (!environment(m_activeId))
                    setActiveId({});
                emit environmentsChanged();
            }
            emit loaded();
        });
}

const Environment *EnvironmentManager::environment(const QUuid &id) const
{
    if (id.isNull())
        return nullptr;
    for (const auto &e : m_environments) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void EnvironmentManager::setActiveId(const QUuid &id)
{
    const QUuid next = environment(id) ? id : QUuid();
    if (next == m_activeId)
        return;
    m_activeId = next;
    emit activeChanged(m_activeId);
}

void EnvironmentManager::save(const Environment &environment)
{
    bool replaced = false;
    for (auto &e : m_environments) {
        if (e.id == environment.id) {
            e = environment;
            replaced = true;
        }
    }
    if (!replaced)
        m_environments.append(environment);
    m_calls->run([environment](store::Database &db) {
        return store::EnvironmentStore(db).save(environment);
    });
    emit environmentsChanged();
}

void EnvironmentManager::remove(const QUuid &id)
{
    m_environments.removeIf([&id](const Environment &e) { return e.id == id; });
    m_calls->run([id](store::Database &db) { return store::EnvironmentStore(db).remove(id); });
    if (m_activeId == id)
        setActiveId({});
    emit environmentsChanged();
}

void EnvironmentManager::saveGlobals(const QList<Variable> &variables)
{
    m_globals = variables;
    m_calls->run([variables](store::Database &db) {
        return store::EnvironmentStore(db).saveGlobals(variables);
    });
    emit environmentsChanged();
}

int EnvironmentManager::pendingWrites() const
{
    return m_calls->pending();
}

} // namespace wb::ui
