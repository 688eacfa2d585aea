#include "core/store/workspacestore.h"

#include "core/store/draftstore.h"
#include "core/store/storageworker.h"

#include <QRandomGenerator>

namespace wb::store {

WorkspaceStore::WorkspaceStore(const QString &folder, RetentionSettings retention, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
    qRegisterMetaType<wb::Error>();
    qRegisterMetaType<wb::store::HistorySummary>();
    qRegisterMetaType<QList<wb::store::HistorySummary>>();
    qRegisterMetaType<wb::store::HistoryPage>();
    qRegisterMetaType<wb::store::HistoryEntry>();
    qRegisterMetaType<QList<wb::store::Draft>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<wb::store::SpooledChunk>();
    qRegisterMetaType<QList<wb::store::SpooledChunk>>();

    m_writerThread.setObjectName(QStringLiteral("wb-store-writer"));
    m_readerThread.setObjectName(QStringLiteral("wb-store-reader"));
    m_writer = new StorageWorker(folder, Database::Role::Primary, retention);
    m_reader = new StorageWorker(folder, Database::Role::Secondary, retention);
    m_writer->moveToThread(&m_writerThread);
    m_reader->moveToThread(&m_readerThread);

    connect(m_writer, &StorageWorker::opened, this, [this](const Error &error, const QString &n) {
        // Readers connect once the schema is in place.
        if (!m_readerThread.isRunning())
            m_readerThread.start();
        emit opened(error, n);
    });
    connect(m_writer, &StorageWorker::appended, this, &WorkspaceStore::entriesAppended);
    connect(m_writer, &StorageWorker::appendFailed, this, &WorkspaceStore::appendFailed);
    connect(m_writer, &StorageWorker::finished, this, &WorkspaceStore::writeFinished);
    connect(m_reader, &StorageWorker::searched, this, &WorkspaceStore::searchFinished);
    connect(m_reader, &StorageWorker::loaded, this, &WorkspaceStore::entryLoaded);
    connect(m_reader, &StorageWorker::draftsLoaded, this, &WorkspaceStore::draftsLoaded);
    connect(m_writer, &StorageWorker::deleted, this, &WorkspaceStore::entriesDeleted);
    connect(m_writer, &StorageWorker::chunksStored, this, &WorkspaceStore::chunksStored);
    connect(m_writer, &StorageWorker::spoolArchived, this, &WorkspaceStore::spoolArchived);
    connect(m_reader, &StorageWorker::chunksLoaded, this, &WorkspaceStore::chunksLoaded);
    connect(m_reader, &StorageWorker::spoolExported, this, &WorkspaceStore::spoolExported);
}

WorkspaceStore::~WorkspaceStore()
{
    if (m_writerThread.isRunning()) {
        // Commit what is queued, then close the connection on its own thread.
        QMetaObject::invokeMethod(m_writer, &StorageWorker::shutdown, Qt::BlockingQueuedConnection);
    }
    if (m_readerThread.isRunning())
        QMetaObject::invokeMethod(m_reader, &StorageWorker::shutdown, Qt::BlockingQueuedConnection);
    for (QThread *thread : {&m_writerThread, &m_readerThread}) {
        thread->quit();
        thread->wait();
    }
    delete m_writer;
    delete m_reader;
}

void WorkspaceStore::start()
{
    if (m_started)
        return;
    m_started = true;
    m_writerThread.start();
    QMetaObject::invokeMethod(m_writer, &StorageWorker::open, Qt::QueuedConnection);
}

void WorkspaceStore::appendExchange(const http::ExchangeChain &chain)
{
    HistoryEntry entry;
    entry.summary.kind = HistoryKind::Http;
    entry.chain = chain;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, entry] { w->enqueue(entry); }, Qt::QueuedConnection);
}

void WorkspaceStore::appendSession(const SocketSession &session)
{
    HistoryEntry entry;
    entry.summary.kind = HistoryKind::Socket;
    entry.session = session;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, entry] { w->enqueue(entry); }, Qt::QueuedConnection);
}

void WorkspaceStore::setRetention(const RetentionSettings &retention)
{
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, retention] { w->setRetention(retention); }, Qt::QueuedConnection);
}

quint64 WorkspaceStore::search(const HistoryQuery &query)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, id, query] { r->search(id, query); }, Qt::QueuedConnection);
    return id;
}

quint64 WorkspaceStore::loadEntry(qint64 entryId)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, id, entryId] { r->load(id, entryId); }, Qt::QueuedConnection);
    return id;
}

quint64 WorkspaceStore::clearHistory()
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, id] { w->clearHistory(id); }, Qt::QueuedConnection);
    return id;
}

quint64 WorkspaceStore::deleteEntries(const QList<qint64> &ids)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, id, ids] { w->deleteEntries(id, ids); }, Qt::QueuedConnection);
    return id;
}

quint64 WorkspaceStore::saveDraft(const QString &tabId, const http::RequestSpec &spec)
{
    return write([tabId, spec](Database &db) { return DraftStore(db).save(tabId, spec); });
}

quint64 WorkspaceStore::removeDraft(const QString &tabId)
{
    return write([tabId](Database &db) { return DraftStore(db).remove(tabId); });
}

quint64 WorkspaceStore::loadDrafts()
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, id] { r->loadDrafts(id); }, Qt::QueuedConnection);
    return id;
}

quint64 WorkspaceStore::write(std::function<Result<void>(Database &)> work)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, id, work = std::move(work)] { w->run(id, work); },
        Qt::QueuedConnection);
    return id;
}

qint64 WorkspaceStore::newSpoolId()
{
    return qint64(QRandomGenerator::global()->generate64() >> 2) + 1;
}

void WorkspaceStore::appendChunks(qint64 spoolId, const QList<SpooledChunk> &chunks)
{
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, spoolId, chunks] { w->enqueueChunks(spoolId, chunks); },
        Qt::QueuedConnection);
}

void WorkspaceStore::readAfterWrites(std::function<void(StorageWorker *)> read)
{
    QMetaObject::invokeMethod(
        m_writer,
        [w = m_writer, r = m_reader, read = std::move(read)] {
            w->flush();
            QMetaObject::invokeMethod(
                r, [r, read] { read(r); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

quint64 WorkspaceStore::loadChunks(qint64 spoolId, quint64 fromSerial, int count, qint64 maxBytes)
{
    const quint64 id = nextId();
    readAfterWrites(
        [=](StorageWorker *r) { r->loadChunks(id, spoolId, fromSerial, count, maxBytes); });
    return id;
}

quint64 WorkspaceStore::exportSpool(qint64 spoolId, quint64 fromSerial, const QString &path)
{
    const quint64 id = nextId();
    readAfterWrites([=](StorageWorker *r) { r->exportSpool(id, spoolId, fromSerial, path); });
    return id;
}

quint64 WorkspaceStore::archiveSpool(qint64 spoolId, quint64 fromSerial, const QString &protocol,
                                     const QString &target)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        m_writer,
        [w = m_writer, id, spoolId, fromSerial, protocol, target] {
            w->archiveSpool(id, spoolId, fromSerial, protocol, target);
        },
        Qt::QueuedConnection);
    return id;
}

void WorkspaceStore::removeSpool(qint64 spoolId)
{
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, spoolId] { w->removeSpool(spoolId); }, Qt::QueuedConnection);
}

} // namespace wb::store
