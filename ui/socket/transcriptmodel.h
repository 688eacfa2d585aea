#pragma once

#include "core/common/result.h"
#include "core/net/transcript.h"
#include "core/store/historytypes.h"

#include <QObject>
#include <QTimer>

#include <deque>

namespace wb::store {
class WorkspaceStore;
struct SpooledChunk;
} // namespace wb::store

namespace wb::ui {

class TranscriptSpool;

// What the socket console shows of a conversation, fed chunk by chunk and published in batches.
// append() only queues; a timer publishes the queue at most ~30 times a second, so a fast stream
// costs the event loop one small step per frame, not one per chunk.
//
// Memory stays bounded whatever the session length: each held chunk keeps at most DisplayBytes of
// its payload and the model holds a window of at most MaxChunks chunks. With a workspace store,
// every chunk also goes to the store as it arrives; the window then follows the reader (see
// setReadingPosition()): older chunks are paged back from the store when the reader nears the
// top, chunks far from the reader are dropped, and while the reader stays far up the window
// comes loose from the newest chunk (hasNewer()) and pages newer chunks back on the way down.
class TranscriptModel : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DisplayBytes = 2048;
    static constexpr qsizetype MaxChunks = 10000;
    static constexpr int PageChunks = 1000;
    static constexpr int FlushIntervalMs = 33;

    // A chunk as shown: payload cut to DisplayBytes, its full size kept.
    struct Entry
    {
        net::TranscriptChunk chunk;
        qint64 size = 0;
        quint64 serial = 0;
    };

    explicit TranscriptModel(QObject *parent = nullptr);
    ~TranscriptModel() override;

    // Spools chunks to `store` from now on; null keeps only what the window holds.
    void setStore(store::WorkspaceStore *store);

    void append(const net::TranscriptChunk &chunk);
    // Publishes what is queued now (normally the timer does it).
    void flush();
    // Empties the view; what was cleared is not paged back (export and history keep it).
    void clear();

    const std::deque<Entry> &entries() const { return m_entries; }
    // Serial number of the first held entry; serials grow by one per chunk.
    quint64 firstSerial() const { return m_windowStart; }
    quint64 endSerial() const { return m_windowStart + m_entries.size(); }

    // Whether chunks before the window exist (they may or may not be loadable), or after it.
    bool hasOlder() const { return m_windowStart > m_floor; }
    bool hasNewer() const { return m_detached; }
    bool isLoading() const { return m_request != 0; }
    // A sentence for the top of the transcript while older chunks are not held.
    QString olderNotice() const;

    // The view tells where the reader is: the serial of the first row shown, and whether it
    // follows the newest chunk. Pages chunks in or out around it.
    void setReadingPosition(quint64 serial, bool following);
    // Back to the newest chunk: a window that came loose starts afresh at the end.
    void followEnd();
    // To the first chunk of the transcript (Home): when it is no longer held, the window starts
    // afresh there, loaded from the store, and pages newer chunks in on the way down.
    void jumpToStart();

    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    // Every chunk of this session, held or not.
    quint64 chunkCount() const { return m_chunkCount; }

    // A new session begins: totals start afresh and export and archive() start here (the view
    // keeps what it shows, so reconnects read as one conversation).
    void beginSession();
    // Writes the session as text: all of it from the store; without one, what the window holds.
    // exported() reports when it is done.
    void exportTo(const QString &path);
    // Keeps the session in the workspace history; archived() follows. False without a store.
    bool archive(const QString &protocol, const QString &target);

signals:
    // `added` entries were appended at the end and `dropped` removed from the front.
    void entriesChanged(int added, int dropped);
    // `count` older entries were put before the first one.
    void entriesPrepended(int count);
    // `count` entries were removed from the end (the window came loose from the newest chunk).
    void entriesTruncated(int count);
    // Loading started or ended, or older chunks turned out not to be loadable.
    void pagingChanged();
    void cleared();
    void exported(const QString &path, const wb::Error &error);
    void archived(const wb::store::HistorySummary &summary, const wb::Error &error);

private:
    bool canPage() const;
    // An empty window that starts at `serial`; `detached`: newer chunks wait in the store.
    void restartWindow(quint64 serial, bool detached);
    void load(bool older);
    void onLoaded(quint64 requestId, const QList<store::SpooledChunk> &chunks, const Error &error);
    void prepend(const QList<store::SpooledChunk> &chunks);
    void appendLoaded(const QList<store::SpooledChunk> &chunks);
    void trimBack();
    int trimFront();
    bool readerNearFront() const;
    Result<void> writeHeld(const QString &path) const;
    static Entry makeEntry(const net::TranscriptChunk &chunk, qint64 size, quint64 serial);

    std::deque<Entry> m_entries;
    std::deque<Entry> m_pending;
    QTimer m_flushTimer;
    TranscriptSpool *m_spool = nullptr;
    quint64 m_nextSerial = 0;
    quint64 m_windowStart = 0;
    quint64 m_floor = 0;
    quint64 m_sessionStart = 0;
    quint64 m_readingSerial = 0;
    bool m_following = true;
    bool m_detached = false;
    bool m_cutNoticeShown = false;
    quint64 m_request = 0;
    bool m_requestOlder = false;
    quint64 m_exportRequest = 0;
    QString m_exportPath;
    quint64 m_archiveRequest = 0;
    QString m_pagingError;
    quint64 m_chunkCount = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace wb::ui
