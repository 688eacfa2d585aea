#include "core/store/storageworker.h"

#include "core/common/logging.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/sqlutil.h"

#include <QTimer>

namespace wb::store {

StorageWorker::StorageWorker(QString folder, Database::Role role, RetentionSettings retention)
    : m_folder(std::move(folder))
    , m_role(role)
    , m_retention(retention)
{}

StorageWorker::~StorageWorker() = default;

Error StorageWorker::ensureOpen()
{
    if (m_openTried)
        return m_openError;
    m_openTried = true;
    auto database = Database::open(m_folder, m_role);
    if (!database) {
        m_openError = database.error();
        return m_openError;
    }
    m_database = std::move(database).value();
    if (m_role == Database::Role::Primary) {
        m_writer = std::make_unique<HistoryWriter>(*m_database, m_retention);
        if (auto stale = ChunkSpool(*m_database).removeStale(staleSpoolMs); !stale)
            qCWarning(lcStore) << "old spooled chunks stay:" << stale.error().detail;
    }
    return {};
}

void StorageWorker::open()
{
    const Error error = ensureOpen();
    emit opened(error, m_database ? m_database->notice() : QString());
}

void StorageWorker::enqueue(const HistoryEntry &entry)
{
    m_pending.append(entry);
    if (m_pending.size() >= maxBatch) {
        flush();
        return;
    }
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // Runs after the appends already queued to this thread, so they share the transaction.
        QTimer::singleShot(0, this, &StorageWorker::flush);
    }
}

void StorageWorker::flush()
{
    m_flushScheduled = false;
    if (!flushChunks())
        return;
    if (m_pending.isEmpty())
        return;
    const QList<HistoryEntry> batch = std::exchange(m_pending, {});
    if (const Error error = ensureOpen(); error.isError()) {
        emit appendFailed(error, int(batch.size()));
        return;
    }
    auto done = m_writer->append(batch);
    if (!done && SqlUtil::isBusy(done.error()) && m_busyRetries < busyRetries) {
        ++m_busyRetries;
        qCInfo(lcStore) << "workspace busy; retrying" << batch.size() << "history entries";
        m_pending = batch + m_pending;
        m_flushScheduled = true;
        QTimer::singleShot(busyRetryMs, this, &StorageWorker::flush);
        return;
    }
    m_busyRetries = 0;
    if (!done) {
        qCWarning(lcStore) << "history batch of" << batch.size()
                           << "failed:" << done.error().detail;
        emit appendFailed(done.error(), int(batch.size()));
        return;
    }
    emit appended(done.value());
}

namespace {

qint64 payloadBytes(const QList<SpooledChunk> &chunks)
{
    qint64 bytes = 0;
    for (const SpooledChunk &c : chunks)
        bytes += c.chunk.bytes.size();
    return bytes;
}

} // namespace

void StorageWorker::enqueueChunks(qint64 spoolId, const QList<SpooledChunk> &chunks)
{
    if (!m_pendingChunks.isEmpty() && m_pendingChunks.last().first == spoolId)
        m_pendingChunks.last().second += chunks;
    else
        m_pendingChunks.append({spoolId, chunks});
    m_pendingChunkCount += chunks.size();
    m_pendingChunkBytes += payloadBytes(chunks);
    if (m_pendingChunkCount >= maxBatch || m_pendingChunkBytes >= maxChunkBatchBytes) {
        flush();
        return;
    }
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &StorageWorker::flush);
    }
}

bool StorageWorker::flushChunks()
{
    if (m_pendingChunks.isEmpty())
        return true;
    const auto batch = std::exchange(m_pendingChunks, {});
    m_pendingChunkCount = 0;
    m_pendingChunkBytes = 0;
    const auto report = [this, &batch](const Error &error) {
        for (const auto &[spoolId, chunks] : batch)
            emit chunksStored(spoolId, chunks.isEmpty() ? 0 : chunks.last().serial,
                              payloadBytes(chunks), error);
    };
    if (const Error error = ensureOpen(); error.isError()) {
        report(error);
        return true;
    }
    // One transaction per spool (nearly always one spool per batch).
    Result<void> done;
    for (const auto &[spoolId, chunks] : batch) {
        done = ChunkSpool(*m_database).append(spoolId, chunks);
        if (!done)
            break;
    }
    if (!done && SqlUtil::isBusy(done.error()) && m_busyRetries < busyRetries) {
        ++m_busyRetries;
        m_pendingChunks = batch + m_pendingChunks;
        for (const auto &entry : batch) {
            m_pendingChunkCount += entry.second.size();
            m_pendingChunkBytes += payloadBytes(entry.second);
        }
        m_flushScheduled = true;
        QTimer::singleShot(busyRetryMs, this, &StorageWorker::flush);
        return false;
    }
    if (!done)
        qCWarning(lcStore) << "spooled chunks lost:" << done.error().detail;
    report(done.ok() ? Error{} : done.error());
    return true;
}

void StorageWorker::loadChunks(quint64 requestId, qint64 spoolId, quint64 fromSerial, int count,
                               qint64 maxBytes)
{
    if (const Error error = ensureOpen(); error.isError()) {
        emit chunksLoaded(requestId, {}, error);
        return;
    }
    auto chunks = ChunkSpool(*m_database).range(spoolId, fromSerial, count, maxBytes);
    emit chunksLoaded(requestId, chunks ? chunks.value() : QList<SpooledChunk>{},
                      chunks ? Error{} : chunks.error());
}

void StorageWorker::exportSpool(quint64 requestId, qint64 spoolId, quint64 fromSerial,
                                const QString &path)
{
    if (const Error error = ensureOpen(); error.isError()) {
        emit spoolExported(requestId, 0, error);
        return;
    }
    auto written = ChunkSpool(*m_database).exportText(spoolId, fromSerial, path);
    emit spoolExported(requestId, written ? written.value() : 0,
                       written ? Error{} : written.error());
}

void StorageWorker::archiveSpool(quint64 requestId, qint64 spoolId, quint64 fromSerial,
                                 const QString &protocol, const QString &target)
{
    flush();
    Error error = ensureOpen();
    HistorySummary summary;
    if (!error.isError() && m_writer) {
        auto session =
            ChunkSpool(*m_database)
                .session(spoolId, fromSerial, protocol, target, archiveBytes, archiveChunks);
        if (!session) {
            error = session.error();
        } else if (!session.value().chunks.isEmpty()) {
            auto stored = m_writer->appendSession(session.value());
            if (stored) {
                summary = stored.value();
                emit appended({summary});
            } else {
                error = stored.error();
            }
        }
    }
    emit spoolArchived(requestId, summary, error);
}

void StorageWorker::removeSpool(qint64 spoolId)
{
    flush();
    if (ensureOpen().isError())
        return;
    if (auto removed = ChunkSpool(*m_database).remove(spoolId); !removed)
        qCWarning(lcStore) << "spooled chunks stay:" << removed.error().detail;
}

void StorageWorker::shutdown()
{
    m_busyRetries = busyRetries; // no later retry: the thread is ending
    flush();
    m_writer.reset();
    m_database.reset();
}

void StorageWorker::setRetention(const RetentionSettings &retention)
{
    m_retention = retention;
    if (m_writer)
        m_writer->setRetention(retention);
}

void StorageWorker::run(quint64 requestId, const std::function<Result<void>(Database &)> &work)
{
    flush(); // keep the order in which the caller asked
    Error error = ensureOpen();
    if (!error.isError()) {
        auto done = work(*m_database);
        if (!done)
            error = done.error();
    }
    emit finished(requestId, error);
}

void StorageWorker::search(quint64 requestId, const HistoryQuery &query)
{
    if (const Error error = ensureOpen(); error.isError()) {
        emit searched(requestId, {}, error);
        return;
    }
    auto page = HistoryReader(*m_database).search(query);
    emit searched(requestId, page ? page.value() : HistoryPage{}, page ? Error{} : page.error());
}

void StorageWorker::load(quint64 requestId, qint64 entryId)
{
    if (const Error error = ensureOpen(); error.isError()) {
        emit loaded(requestId, {}, error);
        return;
    }
    auto entry = HistoryReader(*m_database).entry(entryId);
    emit loaded(requestId, entry ? entry.value() : HistoryEntry{}, entry ? Error{} : entry.error());
}

void StorageWorker::loadDrafts(quint64 requestId)
{
    if (const Error error = ensureOpen(); error.isError()) {
        emit draftsLoaded(requestId, {}, error);
        return;
    }
    auto drafts = DraftStore(*m_database).drafts();
    emit draftsLoaded(requestId, drafts ? drafts.value() : QList<Draft>{},
                      drafts ? Error{} : drafts.error());
}

void StorageWorker::clearHistory(quint64 requestId)
{
    run(requestId, [this](Database &) { return m_writer ? m_writer->clear() : Result<void>(); });
}

void StorageWorker::deleteEntries(quint64 requestId, const QList<qint64> &ids)
{
    flush(); // an entry still queued is deleted too
    Error error = ensureOpen();
    if (!error.isError() && m_writer) {
        if (auto removed = m_writer->remove(ids); !removed)
            error = removed.error();
    }
    emit deleted(requestId, error.isError() ? QList<qint64>() : ids, error);
}

} // namespace wb::store
