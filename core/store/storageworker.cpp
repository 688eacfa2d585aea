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
    if (m_role == Database::Role::Primary)
        m_writer = std::make_unique<HistoryWriter>(*m_database, m_retention);
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
