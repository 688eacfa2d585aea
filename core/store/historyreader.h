#pragma once

#include "core/common/result.h"
#include "core/store/blobstore.h"
#include "core/store/historytypes.h"

#include <QSqlDatabase>

namespace wb::store {

class Database;

// Reads the history: paged searches newest first, whole entries with their bodies, totals.
// Synchronous, on the caller's connection (the reader thread, the CLI, tests).
class HistoryReader
{
public:
    explicit HistoryReader(const Database &database);

    Result<HistoryPage> search(const HistoryQuery &query) const;
    Result<HistoryEntry> entry(qint64 id) const;
    // Entry count and stored bytes, from the running totals.
    Result<QPair<qint64, qint64>> totals() const;

    // The FTS5 query for what a user typed: each word must match; "word*" matches a prefix.
    // Empty when nothing searchable is left.
    static QString matchExpression(const QString &text);

private:
    QSqlDatabase m_db;
    BlobStore m_blobs;
};

} // namespace wb::store
