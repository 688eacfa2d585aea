#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/store/chunkspool.h"
#include "core/store/draftstore.h"
#include "core/store/historytypes.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace wb::store {

class Database;
class StorageWorker;

// The workspace database for the GUI: writes go to a storage thread that commits them in batched
// transactions, reads run on a second thread with their own connection, and every answer comes
// back as a signal carrying value types and the request id the call returned. Nothing here
// blocks the calling thread (except the destructor, which commits what is still queued).
class WorkspaceStore : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceStore(const QString &folder, RetentionSettings retention = {},
                            QObject *parent = nullptr);
    ~WorkspaceStore() override;

    // Opens (and if needed migrates) the database on the storage thread; emits opened().
    void start();

    void appendExchange(const http::ExchangeChain &chain);
    void appendSession(const SocketSession &session);
    void setRetention(const RetentionSettings &retention);

    quint64 search(const HistoryQuery &query);
    quint64 loadEntry(qint64 id);
    quint64 clearHistory();
    // Deletes these history entries with their search rows and unused body files; emits
    // entriesDeleted().
    quint64 deleteEntries(const QList<qint64> &ids);
    quint64 saveDraft(const QString &tabId, const http::RequestSpec &spec);
    quint64 removeDraft(const QString &tabId);
    // Reads every draft (the most recently edited first) on the reader thread; emits
    // draftsLoaded().
    quint64 loadDrafts();
    // Runs `work` on the storage thread with the write connection (collections, environments,
    // cookies); writeFinished() reports the outcome.
    quint64 write(std::function<Result<void>(Database &)> work);

    // Live socket transcripts, spooled as they arrive (see ChunkSpool). A spool id is any
    // number the caller picks once per conversation, e.g. newSpoolId().
    static qint64 newSpoolId();
    // Queued for the next batch; chunksStored() reports it.
    void appendChunks(qint64 spoolId, const QList<wb::store::SpooledChunk> &chunks);
    // Reads up to `count` chunks from `fromSerial` on, payloads cut to `maxBytes`, on the reader
    // thread after what was appended before this call is committed; emits chunksLoaded().
    quint64 loadChunks(qint64 spoolId, quint64 fromSerial, int count, qint64 maxBytes);
    // Writes every chunk from `fromSerial` on to a text file; emits spoolExported().
    quint64 exportSpool(qint64 spoolId, quint64 fromSerial, const QString &path);
    // Keeps the chunks from `fromSerial` on in the history as one socket session; emits
    // spoolArchived() (and entriesAppended()).
    quint64 archiveSpool(qint64 spoolId, quint64 fromSerial, const QString &protocol,
                         const QString &target);
    void removeSpool(qint64 spoolId);

signals:
    void opened(const wb::Error &error, const QString &notice);
    void entriesAppended(const QList<wb::store::HistorySummary> &entries);
    void appendFailed(const wb::Error &error, int lost);
    void searchFinished(quint64 requestId, const wb::store::HistoryPage &page,
                        const wb::Error &error);
    void entryLoaded(quint64 requestId, const wb::store::HistoryEntry &entry,
                     const wb::Error &error);
    void writeFinished(quint64 requestId, const wb::Error &error);
    void draftsLoaded(quint64 requestId, const QList<wb::store::Draft> &drafts,
                      const wb::Error &error);
    // `ids` are the entries that are gone (empty when the deletion failed).
    void entriesDeleted(quint64 requestId, const QList<qint64> &ids, const wb::Error &error);
    void chunksStored(qint64 spoolId, quint64 lastSerial, qint64 bytes, const wb::Error &error);
    void chunksLoaded(quint64 requestId, const QList<wb::store::SpooledChunk> &chunks,
                      const wb::Error &error);
    void spoolExported(quint64 requestId, qint64 chunks, const wb::Error &error);
    void spoolArchived(quint64 requestId, const wb::store::HistorySummary &summary,
                       const wb::Error &error);

private:
    quint64 nextId() { return ++m_lastRequestId; }
    // Runs `read` on the reader thread once the writer committed what is queued before it.
    void readAfterWrites(std::function<void(StorageWorker *)> read);

    QString m_folder;
    QThread m_writerThread;
    QThread m_readerThread;
    StorageWorker *m_writer = nullptr; // lives on m_writerThread, deleted in the destructor
    StorageWorker *m_reader = nullptr; // lives on m_readerThread
    quint64 m_lastRequestId = 0;
    bool m_started = false;
};

} // namespace wb::store
