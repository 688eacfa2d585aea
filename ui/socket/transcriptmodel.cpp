#include "ui/socket/transcriptmodel.h"

#include <QLocale>

namespace wb::ui {

TranscriptModel::TranscriptModel(QObject *parent)
    : QObject(parent)
    , m_flushTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::append(const net::TranscriptChunk &chunk)
{
    using Direction = net::TranscriptChunk::Direction;
    const qint64 size = chunk.bytes.size();
    if (chunk.direction == Direction::In)
        m_bytesIn += size;
    else if (chunk.direction == Direction::Out)
        m_bytesOut += size;

    if (!m_historyTruncated) {
        if ((m_historyBytes + size <= HistoryBytes && m_history.size() < HistoryChunks) ||
            (chunk.direction == Direction::Event && m_history.size() < HistoryChunks)) {
            m_history.append(chunk);
            m_historyBytes += size;
        } else {
            m_historyTruncated = true;
            m_history.append(net::TranscriptChunk::event(
                tr("History keeps the first %1 or %2 chunks of a session; the rest is shown but "
                   "not kept.")
                    .arg(QLocale().formattedDataSize(HistoryBytes))
                    .arg(HistoryChunks)));
        }
    }

    Entry entry;
    entry.chunk = chunk;
    if (size > DisplayBytes)
        entry.chunk.bytes = chunk.bytes.left(DisplayBytes);
    entry.size = size;
    m_pending.push_back(std::move(entry));
    // A stalled consumer must not let the queue grow without bound either.
    if (qsizetype(m_pending.size()) > MaxChunks)
        m_pending.pop_front();
    ++m_chunkCount;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const int added = int(m_pending.size());
    for (Entry &entry : m_pending) {
        entry.serial = m_nextSerial++;
        m_entries.push_back(std::move(entry));
    }
    m_pending.clear();
    int dropped = 0;
    while (qsizetype(m_entries.size()) > MaxChunks) {
        m_entries.pop_front();
        ++dropped;
    }
    emit entriesChanged(qMin(added, int(m_entries.size())), dropped);
}

void TranscriptModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_entries.clear();
    emit cleared();
}

void TranscriptModel::resetHistory()
{
    m_history.clear();
    m_historyBytes = 0;
    m_bytesIn = 0;
    m_bytesOut = 0;
    m_chunkCount = 0;
    m_historyTruncated = false;
}

} // namespace wb::ui
