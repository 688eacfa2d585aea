#include "core/store/historyindexer.h"

#include "core/store/blobstore.h"
#include "core/store/historycodec.h"
#include "core/store/historytypes.h"
#include "core/store/sqlutil.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace wb::store {

HistoryIndexer::HistoryIndexer(QSqlDatabase db)
    : m_db(db)
    , m_insert(db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO history_fts (rowid, method, url, status, headers, "
                                    "body) VALUES (?, ?, ?, ?, ?, ?)"));
}

Result<void> HistoryIndexer::add(qint64 id, const IndexText &text)
{
    m_insert.addBindValue(id);
    m_insert.addBindValue(text.method);
    m_insert.addBindValue(text.url);
    m_insert.addBindValue(text.status);
    m_insert.addBindValue(text.headers);
    m_insert.addBindValue(text.body);
    return SqlUtil::run(m_insert, QStringLiteral("indexing a history entry"));
}

QString HistoryIndexer::bodyText(const QByteArray &head)
{
    const QByteArray part = head.left(bodyTextLimit);
    if (part.isEmpty() || part.contains('\0'))
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(part);
    if (decoder.hasError())
        return {};
    return text;
}

IndexText HistoryIndexer::forChain(const http::ExchangeChain &chain,
                                   const std::function<QByteArray(int, int)> &bodyHead)
{
    IndexText text;
    if (chain.isEmpty())
        return text;
    const http::Exchange &last = chain.last();
    text.method =
        QString::fromLatin1(last.method.isEmpty() ? last.spec.method.toLatin1() : last.method);
    QStringList urls;
    QStringList headers;
    for (int i = 0; i < chain.hops.size(); ++i) {
        const http::Exchange &hop = chain.hops.at(i);
        urls.append(hop.url.isEmpty() ? hop.spec.url : hop.url);
        headers.append(QString::fromLatin1(hop.requestHead));
        for (const auto &h : hop.response.headers)
            headers.append(QString::fromLatin1(h.name + ": " + h.value));
    }
    text.url = urls.join(QLatin1Char(' '));
    text.status = last.response.status > 0 ? QString::number(last.response.status) : QString();
    if (!last.response.reason.isEmpty())
        text.status += QLatin1Char(' ') + QString::fromLatin1(last.response.reason);
    text.headers = headers.join(QLatin1Char('\n'));
    const int lastHop = int(chain.hops.size()) - 1;
    const QString request = bodyText(bodyHead(lastHop, 0));
    const QString response = bodyText(bodyHead(lastHop, 2));
    text.body = request.isEmpty() ? response : request + QLatin1Char('\n') + response;
    return text;
}

IndexText HistoryIndexer::forSession(const SocketSession &session)
{
    IndexText text;
    text.method = session.protocol.toUpper();
    text.url = session.target;
    QStringList peers;
    QStringList events;
    qint64 budget = bodyTextLimit;
    for (const auto &chunk : session.chunks) {
        if (!chunk.peer.isEmpty() && !peers.contains(chunk.peer))
            peers.append(chunk.peer);
        if (chunk.direction == SessionChunk::Direction::Event) {
            events.append(QString::fromUtf8(chunk.bytes));
            continue;
        }
        if (budget <= 0)
            continue;
        const QString part = bodyText(chunk.bytes.left(budget));
        if (!part.isEmpty()) {
            text.body += part + QLatin1Char('\n');
            budget -= part.size();
        }
    }
    text.headers = (peers + events).join(QLatin1Char('\n'));
    text.status = session.error;
    return text;
}

Result<void> HistoryIndexer::reindexAll(QSqlDatabase db)
{
    if (auto done = SqlUtil::exec(db, QStringLiteral("DELETE FROM history_fts")); !done)
        return done;
    const BlobStore blobs(QFileInfo(db.databaseName()).absolutePath() + QStringLiteral("/blobs"));
    HistoryIndexer indexer(db);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, kind, method, url, status, detail FROM history")))
        return SqlUtil::error(rows.lastError(), QStringLiteral("reading history to index it"));
    QSqlQuery payload(db);
    payload.prepare(QStringLiteral(
        "SELECT size, compressed, data, sha256 FROM payloads WHERE entry_id = ? AND slot = ?"));
    auto head = [&](qint64 id, int slot, qint64 limit) -> QByteArray {
        payload.addBindValue(id);
        payload.addBindValue(slot);
        if (!payload.exec() || !payload.next())
            return {};
        StoredPayload p;
        p.size = payload.value(0).toLongLong();
        p.compressed = payload.value(1).toBool();
        p.data = payload.value(2).toByteArray();
        p.sha256 = payload.value(3).toString();
        payload.finish();
        return blobs.head(p, limit);
    };
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        IndexText text;
        const auto record =
            HistoryCodec::decodeRecord(HistoryCodec::unpack(rows.value(5).toByteArray()));
        const HistoryCodec::Record empty;
        const HistoryCodec::Record &r = record.ok() ? record.value() : empty;
        // A body inside the record, or else in the payloads table.
        auto body = [&](int slot, qint64 limit) {
            for (const auto &[s, bytes] : r.bodies) {
                if (s == slot)
                    return bytes.left(limit);
            }
            return head(id, slot, limit);
        };
        if (rows.value(1).toInt() == int(HistoryKind::Http)) {
            auto chain = HistoryCodec::decodeChain(r.meta);
            if (chain.ok()) {
                text = forChain(chain.value(), [&](int hop, int slot) {
                    return body(hop * 3 + slot, bodyTextLimit);
                });
            }
        } else {
            auto session = HistoryCodec::decodeSession(r.meta, body(0, BlobStore::inlineLimit));
            if (session.ok())
                text = forSession(session.value());
        }
        if (text.method.isEmpty()) { // undecodable rows are still found by their columns
            text.method = rows.value(2).toString();
            text.url = rows.value(3).toString();
            text.status = rows.value(4).toInt() > 0 ? rows.value(4).toString() : QString();
        }
        if (auto added = indexer.add(id, text); !added)
            return added;
    }
    return {};
}

} // namespace wb::store
