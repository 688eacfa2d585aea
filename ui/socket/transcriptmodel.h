#pragma once

#include "core/net/transcript.h"

#include <QObject>
#include <QTimer>

#include <deque>

namespace wb::ui {

// What the socket console shows of a conversation, fed chunk by chunk and published in batches.
// append() only queues; a timer publishes the queue at most ~30 times a second, so a fast stream
// costs the event loop one small step per frame, not one per chunk. Memory stays bounded: each
// shown chunk keeps at most DisplayBytes of its payload, the view keeps the newest MaxChunks, and
// the transcript kept for history stops growing at HistoryBytes (an event says so).
class TranscriptModel : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DisplayBytes = 2048;
    static constexpr qsizetype MaxChunks = 10000;
    static constexpr qint64 HistoryBytes = 64 * 1024 * 1024;
    static constexpr qsizetype HistoryChunks = 200000;
    static constexpr int FlushIntervalMs = 33;

    // A chunk as shown: payload cut to DisplayBytes, its full size kept.
    struct Entry
    {
        net::TranscriptChunk chunk;
        qint64 size = 0;
        quint64 serial = 0;
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void append(const net::TranscriptChunk &chunk);
    // Publishes what is queued now (normally the timer does it).
    void flush();
    void clear();

    const std::deque<Entry> &entries() const { return m_entries; }
    // Serial number of the first shown entry; serials grow by one per chunk.
    quint64 firstSerial() const
    {
        return m_entries.empty() ? m_nextSerial : m_entries.front().serial;
    }

    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    // Every chunk of this session, shown or not.
    quint64 chunkCount() const { return m_chunkCount; }

    // The conversation for history and export (bounded by HistoryBytes).
    const net::Transcript &history() const { return m_history; }
    bool historyTruncated() const { return m_historyTruncated; }
    // A new session begins: the history transcript and the totals start afresh (the view keeps
    // what it shows, so reconnects read as one conversation).
    void resetHistory();

signals:
    // `added` entries were appended at the end and `dropped` removed from the front.
    void entriesChanged(int added, int dropped);
    void cleared();

private:
    std::deque<Entry> m_entries;
    std::deque<Entry> m_pending;
    QTimer m_flushTimer;
    quint64 m_nextSerial = 0;
    quint64 m_chunkCount = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    net::Transcript m_history;
    qint64 m_historyBytes = 0;
    bool m_historyTruncated = false;
};

} // namespace wb::ui
