#pragma once

#include "core/common/result.h"
#include "core/store/chunkspool.h"
#include "core/store/database.h"
#include "core/store/draftstore.h"
#include "core/store/historytypes.h"

#include <QObject>

#include <functional>
#include <memory>

namespace wb::store {

class HistoryWriter;

// Owns one database connection on its own thread (the writer or the reader of a WorkspaceStore)
// and runs what it is handed there. Appends are queued and committed in batches: everything that
// arrived before the batch runs shares one transaction.
class StorageWorker : public QObject
{
    Q_OBJECT

public:
    StorageWorker(QString folder, Database::Role role, RetentionSettings retention);
    ~StorageWorker() override;

    // Everything below runs on the worker's thread.
    void open();
    void enqueue(const HistoryEntry &entry);
    void flush();
    void shutdown();
    void setRetention(const RetentionSettings &retention);
    void run(quint64 requestId, const std::function<Result<void>(Database &)> &work);
    void search(quint64 requestId, const HistoryQuery &query);
    void load(quint64 requestId, qint64 entryId);
    void loadDrafts(quint64 requestId);
    void clearHistory(quint64 requestId);
    void deleteEntries(quint64 requestId, const QList<qint64> &ids);
    // Live socket transcripts (see ChunkSpool). Chunks are queued and committed with the next
    // batch; the others commit what is queued first.
    void enqueueChunks(qint64 spoolId, const QList<wb::store::SpooledChunk> &chunks);
    void loadChunks(quint64 requestId, qint64 spoolId, quint64 fromSerial, int count,
                    qint64 maxBytes);
    void exportSpool(quint64 requestId, qint64 spoolId, quint64 fromSerial, const QString &path);
    void archiveSpool(quint64 requestId, qint64 spoolId, quint64 fromSerial,
                      const QString &protocol, const QString &target);
    void removeSpool(qint64 spoolId);

    // The most entries one transaction takes.
    static constexpr int maxBatch = 2000;
    // When another process keeps the workspace locked past the busy timeout, a batch is tried
    // again this many times, this far apart, before appendFailed() gives it up.
    static constexpr int busyRetries = 5;
    static constexpr int busyRetryMs = 1000;
    // Spooled chunks are committed at least this often (in bytes of payload), so that a fast
    // stream does not pile up in memory.
    static constexpr qint64 maxChunkBatchBytes = 8 * 1024 * 1024;
    // Spools nobody wrote to for this long are removed when the workspace opens.
    static constexpr qint64 staleSpoolMs = 24 * 3600 * 1000;
    // A session archived from a spool keeps at most this much in history.
    static constexpr qint64 archiveBytes = 64 * 1024 * 1024;
    static constexpr int archiveChunks = 200000;

signals:
    void opened(const wb::Error &error, const QString &notice);
    void appended(const QList<wb::store::HistorySummary> &entries);
    void appendFailed(const wb::Error &error, int lost);
    void searched(quint64 requestId, const wb::store::HistoryPage &page, const wb::Error &error);
    void loaded(quint64 requestId, const wb::store::HistoryEntry &entry, const wb::Error &error);
    void draftsLoaded(quint64 requestId, const QList<wb::store::Draft> &drafts,
                      const wb::Error &error);
    void finished(quint64 requestId, const wb::Error &error);
    void deleted(quint64 requestId, const QList<qint64> &ids, const wb::Error &error);
    // `bytes` of chunks up to `lastSerial` of the spool were committed (or, with an error, lost).
    void chunksStored(qint64 spoolId, quint64 lastSerial, qint64 bytes, const wb::Error &error);
    void chunksLoaded(quint64 requestId, const QList<wb::store::SpooledChunk> &chunks,
                      const wb::Error &error);
    void spoolExported(quint64 requestId, qint64 chunks, const wb::Error &error);
    void spoolArchived(quint64 requestId, const wb::store::HistorySummary &summary,
                       const wb::Error &error);

private:
    Error ensureOpen();
    // Commits the queued chunks; false when the workspace was busy and they wait for a retry.
    bool flushChunks();

    QString m_folder;
    Database::Role m_role;
    RetentionSettings m_retention;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HistoryWriter> m_writer;
    Error m_openError;
    bool m_openTried = false;
    QList<HistoryEntry> m_pending;
    QList<std::pair<qint64, QList<SpooledChunk>>> m_pendingChunks;
    qsizetype m_pendingChunkCount = 0;
    qint64 m_pendingChunkBytes = 0;
    bool m_flushScheduled = false;
    int m_busyRetries = 0;
};

} // namespace wb::store
