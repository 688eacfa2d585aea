#include "core/store/chunkspool.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>

namespace wb::store {

namespace {

constexpr int kVisitBatch = 500;

net::TranscriptChunk::Direction toDirection(int value)
{
    switch (value) {
    case 0:
        return net::TranscriptChunk::Direction::In;
    case 1:
        return net::TranscriptChunk::Direction::Out;
    default:
        return net::TranscriptChunk::Direction::Event;
    }
}

int fromDirection(net::TranscriptChunk::Direction direction)
{
    switch (direction) {
    case net::TranscriptChunk::Direction::In:
        return 0;
    case net::TranscriptChunk::Direction::Out:
        return 1;
    case net::TranscriptChunk::Direction::Event:
        break;
    }
    return 2;
}

} // namespace

ChunkSpool::ChunkSpool(const Database &database)
    : m_db(database.connection())
{}

Result<void> ChunkSpool::append(qint64 spoolId, const QList<SpooledChunk> &chunks)
{
    if (chunks.isEmpty())
        return {};
    return SqlUtil::transaction(m_db, [&]() -> Result<void> {
        QSqlQuery spool(m_db);
        spool.prepare(QStringLiteral("INSERT INTO socket_spools (id, touched_at) VALUES (?, ?) "
                                     "ON CONFLICT(id) DO UPDATE SET touched_at = "
                                     "excluded.touched_at"));
        spool.addBindValue(spoolId);
        spool.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (auto done = SqlUtil::run(spool, QStringLiteral("spooling socket chunks")); !done)
            return done;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO socket_chunks (spool_id, serial, at_ms, "
                                 "direction, peer, is_error, size, data) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const SpooledChunk &c : chunks) {
            q.addBindValue(spoolId);
            q.addBindValue(qint64(c.serial));
            q.addBindValue(c.chunk.timestamp.toMSecsSinceEpoch());
            q.addBindValue(fromDirection(c.chunk.direction));
            q.addBindValue(SqlUtil::text(c.chunk.peer));
            q.addBindValue(c.chunk.isError ? 1 : 0);
            q.addBindValue(qMax<qint64>(c.size, c.chunk.bytes.size()));
            q.addBindValue(c.chunk.bytes.isNull() ? QByteArray("") : c.chunk.bytes);
            if (auto done = SqlUtil::run(q, QStringLiteral("spooling socket chunks")); !done)
                return done;
        }
        return {};
    });
}

Result<QList<SpooledChunk>> ChunkSpool::range(qint64 spoolId, quint64 fromSerial, int count,
                                              qint64 maxBytes) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT serial, at_ms, direction, peer, is_error, size, %1 "
                             "FROM socket_chunks WHERE spool_id = ? AND serial >= ? "
                             "ORDER BY serial LIMIT ?")
                  .arg(maxBytes >= 0 ? QStringLiteral("substr(data, 1, %1)").arg(maxBytes)
                                     : QStringLiteral("data")));
    q.addBindValue(spoolId);
    q.addBindValue(qint64(fromSerial));
    q.addBindValue(qMax(0, count));
    if (auto done = SqlUtil::run(q, QStringLiteral("reading spooled socket chunks")); !done)
        return done.error();
    QList<SpooledChunk> out;
    while (q.next()) {
        SpooledChunk c;
        c.serial = quint64(q.value(0).toLongLong());
        c.chunk.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        c.chunk.direction = toDirection(q.value(2).toInt());
        c.chunk.peer = q.value(3).toString();
        c.chunk.isError = q.value(4).toInt() != 0;
        c.size = q.value(5).toLongLong();
        c.chunk.bytes = q.value(6).toByteArray();
        out.append(std::move(c));
    }
    return out;
}

Result<void> ChunkSpool::forEach(qint64 spoolId, quint64 fromSerial,
                                 const std::function<bool(const SpooledChunk &)> &visit) const
{
    quint64 next = fromSerial;
    for (;;) {
        auto batch = range(spoolId, next, kVisitBatch);
        if (!batch)
            return batch.error();
        for (const SpooledChunk &c : batch.value()) {
            if (!visit(c))
                return {};
            next = c.serial + 1;
        }
        if (batch.value().size() < kVisitBatch)
            return {};
    }
}

Result<qint64> ChunkSpool::exportText(qint64 spoolId, quint64 fromSerial, const QString &path) const
{
    QSaveFile file(path);
    const auto failed = [&] {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate(
                             "wb::store", "The transcript could not be written to %1: %2")
                             .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return failed();
    qint64 written = 0;
    bool ok = true;
    auto visited = forEach(spoolId, fromSerial, [&](const SpooledChunk &c) {
        ok = file.write(net::Transcript::formatLine(c.chunk, c.size).toUtf8()) >= 0;
        ++written;
        return ok;
    });
    if (!visited)
        return visited.error();
    if (!ok || !file.commit())
        return failed();
    return written;
}

Result<SocketSession> ChunkSpool::session(qint64 spoolId, quint64 fromSerial,
                                          const QString &protocol, const QString &target,
                                          qint64 maxBytes, int maxChunks) const
{
    net::Transcript transcript;
    qint64 bytes = 0;
    auto visited = forEach(spoolId, fromSerial, [&](const SpooledChunk &c) {
        if (transcript.size() >= maxChunks || bytes + c.chunk.bytes.size() > maxBytes) {
            transcript.append(net::TranscriptChunk::event(
                QCoreApplication::translate("wb::store",
                                            "History keeps the first %1 or %2 chunks of a "
                                            "session; export the transcript from the console "
                                            "for all of it.")
                    .arg(QLocale().formattedDataSize(maxBytes))
                    .arg(maxChunks)));
            return false;
        }
        bytes += c.chunk.bytes.size();
        transcript.append(c.chunk);
        return true;
    });
    if (!visited)
        return visited.error();
    return SocketSession::fromTranscript(transcript, protocol, target);
}

Result<void> ChunkSpool::remove(qint64 spoolId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM socket_spools WHERE id = ?"));
    q.addBindValue(spoolId);
    return SqlUtil::run(q, QStringLiteral("removing spooled socket chunks"));
}

Result<int> ChunkSpool::removeStale(qint64 ageMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM socket_spools WHERE touched_at < ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - ageMs);
    if (auto done = SqlUtil::run(q, QStringLiteral("removing old spooled socket chunks")); !done)
        return done.error();
    return q.numRowsAffected();
}

} // namespace wb::store
