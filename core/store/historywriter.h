#pragma once

#include "core/common/result.h"
#include "core/store/blobstore.h"
#include "core/store/historytypes.h"

#include <QSqlDatabase>

namespace wb::store {

class Database;

// Appends history entries in batched transactions, prunes by the retention settings and clears
// the history. Synchronous: the storage thread, the CLI and tests call it on their own connection.
class HistoryWriter
{
public:
    HistoryWriter(const Database &database, RetentionSettings retention);

    // Appends every entry (kind from summary.kind, content from chain or session) in one
    // transaction; returns their summaries with ids, in order. Prunes afterwards.
    Result<QList<HistorySummary>> append(const QList<HistoryEntry> &entries);
    Result<HistorySummary> appendExchange(const http::ExchangeChain &chain);
    Result<HistorySummary> appendSession(const SocketSession &session);

    // Deletes the oldest entries beyond the retention limits and reclaims some space.
    // Returns how many entries went.
    Result<qint64> prune();
    // Deletes the whole history and its body files.
    Result<void> clear();
    // Deletes the entries with these ids (with their search rows and the body files no other
    // entry refers to); ids that are not there are skipped. Returns how many entries went.
    Result<qint64> remove(const QList<qint64> &ids);

    void setRetention(const RetentionSettings &retention) { m_retention = retention; }
    const RetentionSettings &retention() const { return m_retention; }
    // On by default; a bulk import may turn it off and call prune() once at the end.
    void setPruneAfterAppend(bool prune) { m_pruneAfterAppend = prune; }

private:
    struct Statements;
    struct Prepared;
    // Everything but SQL (encoding, compression, body files, index text); thread-safe.
    Prepared prepare(const HistoryEntry &entry) const;
    Result<HistorySummary> insert(Prepared &prepared, Statements &statements);
    Result<qint64> deleteOldest(qint64 count);
    // After entries went: deletes the body files no entry refers to, frees some pages.
    Result<void> tidyAfterDelete();
    void reclaim(int pages);

    QSqlDatabase m_db;
    BlobStore m_blobs;
    RetentionSettings m_retention;
    bool m_pruneAfterAppend = true;
};

} // namespace wb::store
