#include "core/store/historywriter.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/historycodec.h"
#include "core/store/historyindexer.h"
#include "core/store/sqlutil.h"

#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <thread>
#include <vector>

namespace wb::store {

struct HistoryWriter::Statements
{
    explicit Statements(QSqlDatabase db)
        : history(db)
        , payload(db)
        , blob(db)
        , indexer(db)
    {
        history.prepare(QStringLiteral(
            "INSERT INTO history (kind, created_at, method, url, host, status, duration_us, "
            "error, stored_bytes, response_bytes, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        payload.prepare(QStringLiteral("INSERT INTO payloads (entry_id, slot, size, compressed, "
                                       "data, sha256) VALUES (?, ?, ?, ?, ?, ?)"));
        blob.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size) VALUES (?, ?)"));
    }

    QSqlQuery history;
    QSqlQuery payload;
    QSqlQuery blob;
    HistoryIndexer indexer;
    // Full-text rows are written after every other row of the batch: FTS5 flushes its pending
    // terms at each statement savepoint, and the inserts into history open one (triggers).
    QList<QPair<qint64, IndexText>> text;
};

namespace {

struct Slot
{
    int slot = 0;
    StoredPayload payload;
};

HistorySummary summarize(const HistoryEntry &entry)
{
    HistorySummary s;
    s.kind = entry.summary.kind;
    if (s.kind == HistoryKind::Socket) {
        const SocketSession &session = entry.session;
        s.createdAt =
            session.startedAt.isValid() ? session.startedAt : QDateTime::currentDateTimeUtc();
        s.method = session.protocol.toUpper();
        s.url = session.target;
        s.host = session.target.section(QLatin1Char(':'), 0, -2)
                     .remove(QLatin1Char('['))
                     .remove(QLatin1Char(']'))
                     .toLower();
        if (session.startedAt.isValid() && session.endedAt.isValid())
            s.durationUs = session.startedAt.msecsTo(session.endedAt) * 1000;
        s.error = session.error;
        s.responseBytes = session.bytesIn();
        return s;
    }
    const http::ExchangeChain &chain = entry.chain;
    if (chain.isEmpty()) {
        s.createdAt = QDateTime::currentDateTimeUtc();
        return s;
    }
    const http::Exchange &first = chain.hops.first();
    const http::Exchange &last = chain.last();
    s.createdAt = first.timings.startedAt.isValid() ? first.timings.startedAt.toUTC()
                                                    : QDateTime::currentDateTimeUtc();
    s.method = QString::fromLatin1(last.method);
    if (s.method.isEmpty())
        s.method = last.spec.method;
    s.url = last.url.isEmpty() ? last.spec.url : last.url;
    s.host = QUrl(s.url).host().toLower();
    s.status = last.response.status;
    qint64 total = 0;
    for (const auto &hop : chain.hops) {
        if (hop.timings.totalUs >= 0)
            total += hop.timings.totalUs;
    }
    s.durationUs = total > 0 ? total : -1;
    s.error = last.error.message;
    s.protocol = last.httpVersion;
    // What came back, whatever the workspace keeps of it (compressed, or cut at a limit).
    if (last.response.status > 0) {
        s.responseBytes = qMax(last.responseBody.size, qint64(last.responseBody.bytes.size()));
    }
    return s;
}

} // namespace

HistoryWriter::HistoryWriter(const Database &database, RetentionSettings retention)
    : m_db(database.connection())
    , m_blobs(database.blobsFolder())
    , m_retention(retention)
{}

struct HistoryWriter::Prepared
{
    HistorySummary summary;
    QByteArray detail;
    QList<Slot> parts; // bodies kept as files
    IndexText text;
    Error error;
};

HistoryWriter::Prepared HistoryWriter::prepare(const HistoryEntry &entry) const
{
    Prepared prepared;
    HistorySummary &summary = prepared.summary;
    summary = summarize(entry);
    QList<Slot> &parts = prepared.parts;
    HistoryCodec::Record record;
    IndexText &text = prepared.text;
    // Small in-memory bodies travel inside the row's record; the rest become blob files.
    auto keep = [&](int slot, const http::BodyData &body) -> Result<void> {
        if (!body.isFile() && body.bytes.size() <= BlobStore::inlineLimit) {
            if (!body.bytes.isEmpty())
                record.bodies.append({slot, body.bytes});
            return {};
        }
        auto stored = m_blobs.store(body);
        if (!stored)
            return stored.error();
        parts.append({slot, stored.value()});
        return {};
    };
    if (summary.kind == HistoryKind::Socket) {
        http::BodyData transcript;
        record.meta = HistoryCodec::encodeSession(entry.session, &transcript.bytes);
        transcript.size = transcript.bytes.size();
        if (auto kept = keep(0, transcript); !kept) {
            prepared.error = kept.error();
            return prepared;
        }
        text = HistoryIndexer::forSession(entry.session);
    } else {
        record.meta = HistoryCodec::encodeChain(entry.chain);
        for (int hop = 0; hop < entry.chain.hops.size(); ++hop) {
            const http::Exchange &e = entry.chain.hops.at(hop);
            const http::BodyData *bodies[] = {&e.requestBody, &e.responseWire, &e.responseBody};
            for (int i = 0; i < 3; ++i) {
                if (auto kept = keep(hop * 3 + i, *bodies[i]); !kept) {
                    prepared.error = kept.error();
                    return prepared;
                }
            }
        }
        text = HistoryIndexer::forChain(entry.chain, [&](int hop, int slot) {
            const http::Exchange &e = entry.chain.hops.at(hop);
            return (slot == 0 ? e.requestBody : e.responseBody).head(HistoryIndexer::bodyTextLimit);
        });
    }
    prepared.detail = HistoryCodec::pack(HistoryCodec::encodeRecord(record));
    summary.storedBytes = prepared.detail.size() + 64;
    for (const Slot &slot : parts)
        summary.storedBytes += slot.payload.isBlob() ? slot.payload.size : slot.payload.data.size();
    return prepared;
}

Result<HistorySummary> HistoryWriter::insert(Prepared &prepared, Statements &st)
{
    if (prepared.error.isError())
        return prepared.error;
    HistorySummary &summary = prepared.summary;
    const QList<Slot> &parts = prepared.parts;
    const QByteArray &detail = prepared.detail;

    QSqlQuery &h = st.history;
    h.addBindValue(int(summary.kind));
    h.addBindValue(summary.createdAt.toMSecsSinceEpoch());
    h.addBindValue(SqlUtil::text(summary.method));
    h.addBindValue(SqlUtil::text(summary.url));
    h.addBindValue(SqlUtil::text(summary.host));
    h.addBindValue(summary.status);
    h.addBindValue(summary.durationUs);
    h.addBindValue(SqlUtil::text(summary.error));
    h.addBindValue(summary.storedBytes);
    h.addBindValue(summary.responseBytes);
    h.addBindValue(detail);
    if (auto done = SqlUtil::run(h, QStringLiteral("appending a history entry")); !done)
        return done.error();
    summary.id = h.lastInsertId().toLongLong();

    for (const Slot &slot : parts) {
        if (slot.payload.isBlob()) {
            st.blob.addBindValue(slot.payload.sha256);
            st.blob.addBindValue(slot.payload.size);
            if (auto done = SqlUtil::run(st.blob, QStringLiteral("recording a body file")); !done)
                return done.error();
        }
        st.payload.addBindValue(summary.id);
        st.payload.addBindValue(slot.slot);
        st.payload.addBindValue(slot.payload.size);
        st.payload.addBindValue(slot.payload.compressed ? 1 : 0);
        st.payload.addBindValue(slot.payload.isBlob() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                      : QVariant(slot.payload.data));
        st.payload.addBindValue(slot.payload.isBlob() ? QVariant(slot.payload.sha256)
                                                      : QVariant(QMetaType(QMetaType::QString)));
        if (auto done = SqlUtil::run(st.payload, QStringLiteral("storing a body")); !done)
            return done.error();
    }
    st.text.append({summary.id, prepared.text});
    return summary;
}

Result<QList<HistorySummary>> HistoryWriter::append(const QList<HistoryEntry> &entries)
{
    // Encoding and compression run on a few threads before the transaction; SQL stays on this
    // thread and keeps the order of `entries`.
    const int n = int(entries.size());
    std::vector<Prepared> prepared(size_t(entries.size()));
    auto work = [&](int from, int to) {
        for (int i = from; i < to; ++i)
            prepared[size_t(i)] = prepare(entries.at(i));
    };
    const int workers = n >= 32 ? qBound(1, QThread::idealThreadCount(), 4) : 1;
    const int chunk = (n + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, qMin(n, w * chunk), qMin(n, (w + 1) * chunk));
    work(0, qMin(n, chunk));
    for (auto &thread : threads)
        thread.join();

    QList<HistorySummary> summaries;
    summaries.reserve(entries.size());
    auto done = SqlUtil::transaction(m_db, [&]() -> Result<void> {
        Statements statements(m_db);
        for (Prepared &entry : prepared) {
            auto inserted = insert(entry, statements);
            if (!inserted)
                return inserted.error();
            summaries.append(inserted.value());
        }
        for (const auto &[id, text] : std::as_const(statements.text)) {
            if (auto done = statements.indexer.add(id, text); !done)
                return done;
        }
        return {};
    });
    if (!done)
        return done.error();
    if (m_pruneAfterAppend) {
        if (auto pruned = prune(); !pruned)
            qCWarning(lcStore) << "pruning history failed:" << pruned.error().detail;
    }
    return summaries;
}

Result<HistorySummary> HistoryWriter::appendExchange(const http::ExchangeChain &chain)
{
    HistoryEntry entry;
    entry.summary.kind = HistoryKind::Http;
    entry.chain = chain;
    auto appended = append({entry});
    if (!appended)
        return appended.error();
    return appended.value().first();
}

Result<HistorySummary> HistoryWriter::appendSession(const SocketSession &session)
{
    HistoryEntry entry;
    entry.summary.kind = HistoryKind::Socket;
    entry.session = session;
    auto appended = append({entry});
    if (!appended)
        return appended.error();
    return appended.value().first();
}

Result<qint64> HistoryWriter::deleteOldest(qint64 count)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM history WHERE id IN "
                                 "(SELECT id FROM history ORDER BY id LIMIT ?)"));
    query.addBindValue(count);
    if (auto done = SqlUtil::run(query, QStringLiteral("pruning history")); !done)
        return done.error();
    return qint64(query.numRowsAffected());
}

Result<qint64> HistoryWriter::prune()
{
    auto stats = SqlUtil::scalar(m_db, QStringLiteral("SELECT entries || ' ' || bytes FROM "
                                                      "history_stats WHERE id = 1"));
    if (!stats)
        return stats.error();
    const QStringList parts = stats.value().toString().split(QLatin1Char(' '));
    const qint64 entries = parts.value(0).toLongLong();
    const qint64 bytes = parts.value(1).toLongLong();
    const qint64 byCount = m_retention.maxEntries > 0 ? entries - m_retention.maxEntries : 0;
    const qint64 excessBytes = m_retention.maxBytes > 0 ? bytes - m_retention.maxBytes : 0;
    if (byCount <= 0 && excessBytes <= 0)
        return qint64(0);

    qint64 removed = 0;
    auto done = SqlUtil::transaction(m_db, [&]() -> Result<void> {
        qint64 count = qMax<qint64>(byCount, 0);
        if (excessBytes > 0) {
            // How many of the oldest entries hold the excess bytes.
            QSqlQuery oldest(m_db);
            oldest.setForwardOnly(true);
            if (!oldest.exec(QStringLiteral("SELECT stored_bytes FROM history ORDER BY id")))
                return SqlUtil::error(oldest.lastError(), QStringLiteral("pruning history"));
            qint64 freed = 0;
            qint64 n = 0;
            while (freed < excessBytes && oldest.next()) {
                freed += oldest.value(0).toLongLong();
                ++n;
            }
            count = qMax(count, n);
        }
        auto deleted = deleteOldest(count);
        if (!deleted)
            return deleted.error();
        removed = deleted.value();
        return {};
    });
    if (!done)
        return done.error();
    if (auto tidied = tidyAfterDelete(); !tidied)
        return tidied.error();
    qCDebug(lcStore) << "pruned" << removed << "history entries";
    return removed;
}

Result<void> HistoryWriter::clear()
{
    auto done = SqlUtil::transaction(m_db, [&]() -> Result<void> {
        for (const char *sql :
             {"DELETE FROM payloads", "DELETE FROM history_fts", "DELETE FROM history"}) {
            if (auto ok = SqlUtil::exec(m_db, QString::fromLatin1(sql)); !ok)
                return ok;
        }
        return SqlUtil::exec(m_db, QStringLiteral("UPDATE history_stats SET entries = 0, "
                                                  "bytes = 0 WHERE id = 1"));
    });
    if (!done)
        return done;
    if (auto blobs = m_blobs.removeUnreferenced(m_db); !blobs)
        return blobs.error();
    m_blobs.sweepOrphanFiles(m_db);
    reclaim(0);
    return {};
}

Result<qint64> HistoryWriter::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return qint64(0);
    // SQLite limits the bound values of one statement; delete in slices of this many ids.
    constexpr qsizetype slice = 500;
    qint64 removed = 0;
    // Runs `sql` (with one "%1" for the list of ids) on one slice; returns the rows it changed.
    auto deleteSlice = [this](const QString &sql, const QList<qint64> &part) -> Result<int> {
        QSqlQuery query(m_db);
        query.prepare(sql.arg(QStringList(part.size(), QStringLiteral("?")).join(u',')));
        for (qint64 id : part)
            query.addBindValue(id);
        if (auto ok = SqlUtil::run(query, QStringLiteral("deleting history entries")); !ok)
            return ok.error();
        return query.numRowsAffected();
    };
    auto done = SqlUtil::transaction(m_db, [&]() -> Result<void> {
        for (qsizetype from = 0; from < ids.size(); from += slice) {
            const QList<qint64> part = ids.mid(from, slice);
            auto bodies =
                deleteSlice(QStringLiteral("DELETE FROM payloads WHERE entry_id IN (%1)"), part);
            if (!bodies)
                return bodies.error();
            // The history_deleted trigger drops the search rows and updates the totals.
            auto entries =
                deleteSlice(QStringLiteral("DELETE FROM history WHERE id IN (%1)"), part);
            if (!entries)
                return entries.error();
            removed += entries.value();
        }
        return {};
    });
    if (!done)
        return done.error();
    if (auto tidied = tidyAfterDelete(); !tidied)
        return tidied.error();
    qCDebug(lcStore) << "deleted" << removed << "history entries";
    return removed;
}

Result<void> HistoryWriter::tidyAfterDelete()
{
    if (auto blobs = m_blobs.removeUnreferenced(m_db); !blobs)
        return blobs.error();
    reclaim(4096);
    return {};
}

void HistoryWriter::reclaim(int pages)
{
    // Frees pages at the end of the file; 0 frees all of them.
    // The pragma frees one page per step, so step it to the end.
    QSqlQuery vacuum(m_db);
    if (vacuum.exec(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(pages))) {
        while (vacuum.next()) {
        }
    }
    vacuum.finish();
    // Keep the write-ahead log from growing without bound after large deletes.
    (void)SqlUtil::exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace wb::store
