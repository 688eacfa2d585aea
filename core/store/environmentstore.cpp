#include "core/store/environmentstore.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace wb::store {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

QUuid EnvironmentStore::globalsId()
{
    return QUuid(QStringLiteral("00000000-0000-0000-0000-000000000000"));
}

EnvironmentStore::EnvironmentStore(const Database &database)
    : m_db(database.connection())
{}

Result<void> EnvironmentStore::writeVariables(const QUuid &id,
                                              const QList<workspace::Variable> &variables)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM variables WHERE environment_uuid = ?"));
    q.addBindValue(uuidText(id));
    if (auto done = SqlUtil::run(q, QStringLiteral("saving variables")); !done)
        return done;
    q.prepare(QStringLiteral("INSERT INTO variables (environment_uuid, position, name, value, "
                             "enabled, secret, description) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < variables.size(); ++i) {
        const auto &v = variables.at(i);
        q.addBindValue(uuidText(id));
        q.addBindValue(i);
        q.addBindValue(SqlUtil::text(v.key));
        q.addBindValue(SqlUtil::text(v.value));
        q.addBindValue(v.enabled ? 1 : 0);
        q.addBindValue(v.secret ? 1 : 0);
        q.addBindValue(SqlUtil::text(v.description));
        if (auto done = SqlUtil::run(q, QStringLiteral("saving variables")); !done)
            return done;
    }
    return {};
}

Result<QList<workspace::Variable>> EnvironmentStore::readVariables(const QUuid &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, value, enabled, secret, description FROM variables "
                             "WHERE environment_uuid = ? ORDER BY position"));
    q.addBindValue(uuidText(id));
    if (auto done = SqlUtil::run(q, QStringLiteral("reading variables")); !done)
        return done.error();
    QList<workspace::Variable> variables;
    while (q.next()) {
        workspace::Variable v;
        v.key = q.value(0).toString();
        v.value = q.value(1).toString();
        v.enabled = q.value(2).toBool();
        v.secret = q.value(3).toBool();
        v.description = q.value(4).toString();
        variables.append(v);
    }
    return variables;
}

Result<void> EnvironmentStore::save(const workspace::Environment &environment)
{
    return SqlUtil::transaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO environments (uuid, name, is_global, position, original_json) VALUES "
            "(?, ?, 0, (SELECT coalesce(max(position), -1) + 1 FROM environments), ?) "
            "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, "
            "original_json = excluded.original_json"));
        q.addBindValue(uuidText(environment.id));
        q.addBindValue(SqlUtil::text(environment.name));
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(environment.original).toJson(QJsonDocument::Compact)));
        if (auto done = SqlUtil::run(q, QStringLiteral("saving an environment")); !done)
            return done;
        return writeVariables(environment.id, environment.variables);
    });
}

Result<QList<workspace::Environment>> EnvironmentStore::environments() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT uuid FROM environments WHERE is_global = 0 "
                               "ORDER BY position")))
        return SqlUtil::error(q.lastError(), QStringLiteral("listing environments"));
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid(q.value(0).toString()));
    QList<workspace::Environment> list;
    for (const QUuid &id : ids) {
        auto environment = load(id);
        if (!environment)
            return environment.error();
        list.append(environment.value());
    }
    return list;
}

Result<workspace::Environment> EnvironmentStore::load(const QUuid &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, original_json FROM environments WHERE uuid = ?"));
    q.addBindValue(uuidText(id));
    if (auto done = SqlUtil::run(q, QStringLiteral("loading an environment")); !done)
        return done.error();
    if (!q.next()) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::store",
                                                     "There is no environment %1 in this "
                                                     "workspace.")
                             .arg(uuidText(id)));
    }
    workspace::Environment environment;
    environment.id = id;
    environment.name = q.value(0).toString();
    environment.original = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    auto variables = readVariables(id);
    if (!variables)
        return variables.error();
    environment.variables = variables.value();
    return environment;
}

Result<void> EnvironmentStore::remove(const QUuid &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM environments WHERE uuid = ? AND is_global = 0"));
    q.addBindValue(uuidText(id));
    return SqlUtil::run(q, QStringLiteral("deleting an environment"));
}

Result<QList<workspace::Variable>> EnvironmentStore::globals() const
{
    return readVariables(globalsId());
}

Result<void> EnvironmentStore::saveGlobals(const QList<workspace::Variable> &variables)
{
    return SqlUtil::transaction(m_db, [&]() { return writeVariables(globalsId(), variables); });
}

} // namespace wb::store
