#pragma once

#include "core/common/result.h"
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

    // The most entries one transaction takes.
    static constexpr int maxBatch = 2000;
    // When another process keeps the workspace locked past the busy timeout, a batch is tried
    // again this many times, this far apart, before appendFailed() gives it up.
    static constexpr int busyRetries = 5;
    static constexpr int busyRetryMs = 1000;

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

private:
    Error ensureOpen();

    QString m_folder;
    Database::Role m_role;
    RetentionSettings m_retention;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HistoryWriter> m_writer;
    Error m_openError;
    bool m_openTried = false;
    QList<HistoryEntry> m_pending;
    bool m_flushScheduled = false;
    int m_busyRetries = 0;
};

} // namespace wb::store
