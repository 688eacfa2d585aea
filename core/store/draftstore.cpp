#include "core/store/draftstore.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace wb::store {

DraftStore::DraftStore(const Database &database)
    : m_db(database.connection())
{}

Result<void> DraftStore::save(const QString &tabId, const http::RequestSpec &spec)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (tab_id, spec_json, updated_at) "
                             "VALUES (?, ?, ?)"));
    q.addBindValue(SqlUtil::text(tabId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return SqlUtil::run(q, QStringLiteral("saving a draft"));
}

Result<QList<Draft>> DraftStore::drafts() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT tab_id, spec_json, updated_at FROM drafts "
                               "ORDER BY updated_at DESC, tab_id")))
        return SqlUtil::error(q.lastError(), QStringLiteral("loading drafts"));
    QList<Draft> list;
    while (q.next()) {
        Draft d;
        d.tabId = q.value(0).toString();
        d.spec = http::RequestSpec::fromJson(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        d.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        list.append(d);
    }
    return list;
}

Result<void> DraftStore::remove(const QString &tabId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE tab_id = ?"));
    q.addBindValue(SqlUtil::text(tabId));
    return SqlUtil::run(q, QStringLiteral("deleting a draft"));
}

} // namespace wb::store
