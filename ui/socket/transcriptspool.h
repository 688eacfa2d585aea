#pragma once

#include "core/common/result.h"
#include "core/store/chunkspool.h"
#include "core/store/historytypes.h"
#include "core/store/workspacestore.h"

#include <QObject>
#include <QPointer>

namespace wb::ui {

// A console transcript's link to the workspace: every chunk goes to the store (one batch per
// frame, committed on the storage thread), and older chunks, the whole session as a text file
// or as a history entry come back from it. When the store falls behind by more than
// MaxBacklogBytes, payloads are spooled cut to `cutBytes` until it catches up, so that memory
// stays bounded; when it fails, failed() says why and nothing more is spooled.
class TranscriptSpool : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBacklogBytes = 24 * 1024 * 1024;

    TranscriptSpool(store::WorkspaceStore *store, qsizetype cutBytes, QObject *parent = nullptr);
    ~TranscriptSpool() override;

    bool isAvailable() const { return m_store && m_failure.isEmpty(); }
    // Why older chunks cannot come back (empty while they can).
    QString failure() const { return m_failure; }

    // Queues a chunk; returns false when its payload was cut because the store is behind.
    bool add(quint64 serial, const net::TranscriptChunk &chunk);
    // Hands the queued chunks to the store.
    void submit();
    // Returns the request id, 0 when the store is not available.
    quint64 load(quint64 fromSerial, int count);
    quint64 exportText(quint64 fromSerial, const QString &path);
    quint64 archive(quint64 fromSerial, const QString &protocol, const QString &target);

signals:
    void loaded(quint64 requestId, const QList<wb::store::SpooledChunk> &chunks,
                const wb::Error &error);
    void exported(quint64 requestId, qint64 chunks, const wb::Error &error);
    void archived(quint64 requestId, const wb::store::HistorySummary &summary,
                  const wb::Error &error);
    void failed(const QString &reason);

private:
    void onStored(qint64 spoolId, quint64 lastSerial, qint64 bytes, const Error &error);

    QPointer<store::WorkspaceStore> m_store;
    qsizetype m_cutBytes = 0;
    qint64 m_spoolId = 0;
    QList<store::SpooledChunk> m_batch;
    qint64 m_backlog = 0;
    QString m_failure;
};

} // namespace wb::ui
