#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace wb::store {

class Database;

// The unsaved state of an open tab, written on every edit so that a crash loses nothing.
struct Draft
{
    QString tabId;
    http::RequestSpec spec;
    QDateTime updatedAt; // UTC
};

class DraftStore
{
public:
    explicit DraftStore(const Database &database);

    Result<void> save(const QString &tabId, const http::RequestSpec &spec);
    // Every draft, the most recently edited first.
    Result<QList<Draft>> drafts() const;
    Result<void> remove(const QString &tabId);

private:
    QSqlDatabase m_db;
};

} // namespace wb::store
