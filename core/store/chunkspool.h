#pragma once

#include "core/common/result.h"
#include "core/net/transcript.h"
#include "core/store/sockettranscript.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>

#include <functional>

namespace wb::store {

class Database;

// One chunk of a live socket console transcript as the workspace spools it: its serial number in
// the console's conversation, its full size, and the chunk (whose bytes may hold only the start of
// the payload when the store could not keep up; size says how much there was).
struct SpooledChunk
{
    quint64 serial = 0;
    qint64 size = 0;
    net::TranscriptChunk chunk;
};

// Where a live socket session's chunks go as they arrive, keyed by spool and serial, so that the
// console can page old chunks back, export the whole session and archive it into the history.
// Synchronous: the storage threads call it on their own connections.
class ChunkSpool
{
public:
    explicit ChunkSpool(const Database &database);

    // Appends (or replaces) chunks of one spool, in one transaction.
    Result<void> append(qint64 spoolId, const QList<SpooledChunk> &chunks);
    // Up to `count` chunks from `fromSerial` on, in order; each payload cut to `maxBytes`
    // (-1: whole).
    Result<QList<SpooledChunk>> range(qint64 spoolId, quint64 fromSerial, int count,
                                      qint64 maxBytes = -1) const;
    // Visits every chunk from `fromSerial` on, in order, a few hundred rows at a time; stops early
    // when `visit` returns false.
    Result<void> forEach(qint64 spoolId, quint64 fromSerial,
                         const std::function<bool(const SpooledChunk &)> &visit) const;
    // Writes every chunk from `fromSerial` on to `path` as Transcript::toText() does; returns how
    // many chunks were written.
    Result<qint64> exportText(qint64 spoolId, quint64 fromSerial, const QString &path) const;
    // The chunks from `fromSerial` on as a history session, at most `maxBytes` of payload and
    // `maxChunks` chunks (an event says when the rest was left out).
    Result<SocketSession> session(qint64 spoolId, quint64 fromSerial, const QString &protocol,
                                  const QString &target, qint64 maxBytes, int maxChunks) const;
    Result<void> remove(qint64 spoolId);
    // Removes spools nobody wrote to for `ageMs`: left behind by a console that did not end
    // normally. Returns how many went.
    Result<int> removeStale(qint64 ageMs);

private:
    QSqlDatabase m_db;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::SpooledChunk)
