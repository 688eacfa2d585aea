#include "core/store/historyreader.h"

#include "core/store/database.h"
#include "core/store/historycodec.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace wb::store {

namespace {

const QString summaryColumns = QStringLiteral(
    "h.id, h.kind, h.created_at, h.method, h.url, h.host, h.status, h.duration_us, h.error, "
    "h.stored_bytes, h.response_bytes");
// The column after summaryColumns.
constexpr int afterSummary = 11;

HistorySummary readSummary(const QSqlQuery &q)
{
    HistorySummary s;
    s.id = q.value(0).toLongLong();
    s.kind = HistoryKind(q.value(1).toInt());
    s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    s.method = q.value(3).toString();
    s.url = q.value(4).toString();
    s.host = q.value(5).toString();
    s.status = q.value(6).toInt();
    s.durationUs = q.value(7).toLongLong();
    s.error = q.value(8).toString();
    s.storedBytes = q.value(9).toLongLong();
    s.responseBytes = q.value(10).toLongLong();
    return s;
}

} // namespace

HistoryReader::HistoryReader(const Database &database)
    : m_db(database.connection())
    , m_blobs(database.blobsFolder())
{}

QString HistoryReader::matchExpression(const QString &text)
{
    QStringList terms;
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        while (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        const bool searchable =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1Char('"') +
                     (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QLatin1Char(' '));
}

Result<HistoryPage> HistoryReader::search(const HistoryQuery &query) const
{
    const int limit = qBound(1, query.limit, 1000);
    const QString match = matchExpression(query.text);
    const bool fts = !match.isEmpty();
    QStringList where;
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + summaryColumns;
    if (fts) {
        sql += QStringLiteral(" FROM history_fts f CROSS JOIN history h ON h.id = f.rowid");
        where << QStringLiteral("history_fts MATCH ?");
        values << match;
    } else if (!query.text.trimmed().isEmpty()) {
        return HistoryPage{}; // only punctuation: nothing can match
    } else {
        sql += QStringLiteral(" FROM history h");
    }
    const QString idColumn = fts ? QStringLiteral("f.rowid") : QStringLiteral("h.id");
    if (query.beforeId > 0) {
        where << idColumn + QStringLiteral(" < ?");
        values << query.beforeId;
    }
    if (!query.method.isEmpty()) {
        where << QStringLiteral("h.method = ? COLLATE NOCASE");
        values << query.method;
    }
    if (query.statusClass >= 1 && query.statusClass <= 5) {
        where << QStringLiteral("h.status BETWEEN ? AND ?");
        values << query.statusClass * 100 << query.statusClass * 100 + 99;
    }
    if (!query.host.isEmpty()) {
        where << QStringLiteral("h.host = ?");
        values << query.host.toLower();
    }
    if (query.from.isValid()) {
        where << QStringLiteral("h.created_at >= ?");
        values << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        where << QStringLiteral("h.created_at < ?");
        values << query.to.toMSecsSinceEpoch();
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 DESC LIMIT %2").arg(idColumn).arg(limit + 1);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (fts && q.lastError().databaseText().contains(QLatin1String("fts5"))) {
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate("wb::store",
                                                         "The search text could not be used. "
                                                         "Search for plain words."),
                             q.lastError().text());
        }
        return SqlUtil::error(q.lastError(), QStringLiteral("searching the history"));
    }
    HistoryPage page;
    while (q.next()) {
        if (page.entries.size() == limit) {
            page.nextBeforeId = page.entries.last().id;
            break;
        }
        page.entries.append(readSummary(q));
    }
    return page;
}

Result<HistoryEntry> HistoryReader::entry(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + summaryColumns +
              QStringLiteral(", h.detail FROM history h WHERE h.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlUtil::error(q.lastError(), QStringLiteral("reading a history entry"));
    if (!q.next()) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::store",
                                                     "There is no history entry %1. It may have "
                                                     "been pruned or cleared.")
                             .arg(id));
    }
    HistoryEntry entry;
    entry.summary = readSummary(q);
    auto record =
        HistoryCodec::decodeRecord(HistoryCodec::unpack(q.value(afterSummary).toByteArray()));
    if (!record)
        return record.error();
    const QByteArray &meta = record.value().meta;

    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT slot, size, compressed, data, sha256 FROM payloads "
                             "WHERE entry_id = ? ORDER BY slot"));
    p.addBindValue(id);
    if (!p.exec())
        return SqlUtil::error(p.lastError(), QStringLiteral("reading history bodies"));
    QList<QPair<int, StoredPayload>> payloads;
    for (const auto &[slot, bytes] : record.value().bodies) {
        StoredPayload inlined;
        inlined.size = bytes.size();
        inlined.data = bytes;
        payloads.append({slot, inlined});
    }
    while (p.next()) {
        StoredPayload payload;
        payload.size = p.value(1).toLongLong();
        payload.compressed = p.value(2).toBool();
        payload.data = p.value(3).toByteArray();
        payload.sha256 = p.value(4).toString();
        payloads.append({p.value(0).toInt(), payload});
    }

    if (entry.summary.kind == HistoryKind::Socket) {
        QByteArray transcript;
        for (const auto &[slot, payload] : payloads) {
            if (slot != 0)
                continue;
            auto body = m_blobs.load(payload);
            if (!body)
                return body.error();
            if (body.value().isFile()) {
                QFile file(body.value().filePath);
                if (!file.open(QIODevice::ReadOnly))
                    return makeError(ErrorCategory::Io, file.errorString());
                transcript = file.readAll();
            } else {
                transcript = body.value().bytes;
            }
        }
        auto session = HistoryCodec::decodeSession(meta, transcript);
        if (!session)
            return session.error();
        entry.session = session.value();
        return entry;
    }

    auto chain = HistoryCodec::decodeChain(meta);
    if (!chain)
        return chain.error();
    entry.chain = chain.value();
    for (const auto &[slot, payload] : payloads) {
        const int hop = slot / 3;
        if (hop >= entry.chain.hops.size())
            continue;
        auto body = m_blobs.load(payload);
        if (!body)
            return body.error();
        http::Exchange &e = entry.chain.hops[hop];
        http::BodyData *targets[] = {&e.requestBody, &e.responseWire, &e.responseBody};
        *targets[slot % 3] = body.value();
    }
    return entry;
}

Result<QPair<qint64, qint64>> HistoryReader::totals() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT entries, bytes FROM history_stats WHERE id = 1")))
        return SqlUtil::error(q.lastError(), QStringLiteral("reading history totals"));
    if (!q.next())
        return QPair<qint64, qint64>(0, 0);
    return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

} // namespace wb::store
