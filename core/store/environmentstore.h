#pragma once

#include "core/common/result.h"
#include "core/workspace/environment.h"

#include <QSqlDatabase>

namespace wb::store {

class Database;

// Environments and the globals: ordered variables with enabled and secret flags.
class EnvironmentStore
{
public:
    // The id of the globals row.
    static QUuid globalsId();

    explicit EnvironmentStore(const Database &database);

    // Writes an environment and its variables, replacing what was stored under its id.
    Result<void> save(const workspace::Environment &environment);
    // Every environment except the globals, in display order.
    Result<QList<workspace::Environment>> environments() const;
    Result<workspace::Environment> load(const QUuid &id) const;
    Result<void> remove(const QUuid &id);

    Result<QList<workspace::Variable>> globals() const;
    Result<void> saveGlobals(const QList<workspace::Variable> &variables);

private:
    Result<void> writeVariables(const QUuid &id, const QList<workspace::Variable> &variables);
    Result<QList<workspace::Variable>> readVariables(const QUuid &id) const;

    QSqlDatabase m_db;
};

} // namespace wb::store
