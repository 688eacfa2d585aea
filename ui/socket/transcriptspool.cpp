#include "ui/socket/transcriptspool.h"

#include "core/store/workspacestore.h"

namespace wb::ui {

TranscriptSpool::TranscriptSpool(store::WorkspaceStore *store, qsizetype cutBytes, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cutBytes(cutBytes)
    , m_spoolId(store::WorkspaceStore::newSpoolId())
{
    if (!m_store)
        return;
    connect(m_store, &store::WorkspaceStore::chunksStored, this, &TranscriptSpool::onStored);
    connect(m_store, &store::WorkspaceStore::chunksLoaded, this, &TranscriptSpool::loaded);
    connect(m_store, &store::WorkspaceStore::spoolExported, this, &TranscriptSpool::exported);
    connect(m_store, &store::WorkspaceStore::spoolArchived, this, &TranscriptSpool::archived);
}

TranscriptSpool::~TranscriptSpool()
{
    if (m_store) {
        submit();
        m_store->removeSpool(m_spoolId);
    }
}

bool TranscriptSpool::add(quint64 serial, const net::TranscriptChunk &chunk)
{
    if (!isAvailable())
        return true;
    store::SpooledChunk spooled{serial, chunk.bytes.size(), chunk};
    const bool cut = m_backlog > MaxBacklogBytes && chunk.bytes.size() > m_cutBytes;
    if (cut)
        spooled.chunk.bytes = chunk.bytes.left(m_cutBytes);
    m_backlog += spooled.chunk.bytes.size();
    m_batch.append(std::move(spooled));
    return !cut;
}

void TranscriptSpool::submit()
{
    if (m_batch.isEmpty() || !isAvailable())
        return;
    m_store->appendChunks(m_spoolId, std::exchange(m_batch, {}));
}

quint64 TranscriptSpool::load(quint64 fromSerial, int count)
{
    if (!isAvailable())
        return 0;
    submit();
    return m_store->loadChunks(m_spoolId, fromSerial, count, m_cutBytes);
}

quint64 TranscriptSpool::exportText(quint64 fromSerial, const QString &path)
{
    if (!isAvailable())
        return 0;
    submit();
    return m_store->exportSpool(m_spoolId, fromSerial, path);
}

quint64 TranscriptSpool::archive(quint64 fromSerial, const QString &protocol, const QString &target)
{
    if (!isAvailable())
        return 0;
    submit();
    return m_store->archiveSpool(m_spoolId, fromSerial, protocol, target);
}

void TranscriptSpool::onStored(qint64 spoolId, quint64 lastSerial, qint64 bytes, const Error &error)
{
    Q_UNUSED(lastSerial);
    if (spoolId != m_spoolId)
        return;
    m_backlog = qMax<qint64>(0, m_backlog - bytes);
    if (error.isError() && m_failure.isEmpty()) {
        m_failure = error.message;
        m_batch.clear();
        emit failed(m_failure);
    }
}

} // namespace wb::ui
