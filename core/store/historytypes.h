#pragma once

#include "core/http/exchange.h"
#include "core/store/sockettranscript.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wb::store {

enum class HistoryKind { Http = 0, Socket = 1 };

// One history row as lists show it: no bodies, no wire bytes.
struct HistorySummary
{
    qint64 id = 0;
    HistoryKind kind = HistoryKind::Http;
    QDateTime createdAt; // UTC
    QString method;      // HTTP method, or the socket protocol in upper case
    QString url;         // final URL, or the socket target
    QString host;
    int status = 0; // final status, 0 when there was none
    qint64 durationUs = -1;
    QString error;             // the error sentence, empty on success
    qint64 storedBytes = 0;    // what the entry takes in the workspace (compressed)
    qint64 responseBytes = -1; // the final response's body as received, or the bytes a socket
                               // session received; -1 when there was none or it is not known
    QByteArray protocol;       // the final hop's HTTP version ("HTTP/1.1", "HTTP/2"); set on
                               // append, empty for rows read back (the history table has no column)
};

// A whole history entry: the exchange chain (Http) or the socket session (Socket).
// Large bodies point at their content-addressed file (BodyData::filePath); treat it as read-only.
struct HistoryEntry
{
    HistorySummary summary;
    http::ExchangeChain chain;
    SocketSession session;
};

// What to look for. Empty fields do not filter. Results come newest first.
struct HistoryQuery
{
    QString text;        // full-text words over method, URL, status, headers and body text
    QString method;      // exact, case-insensitive
    int statusClass = 0; // 1..5 for 1xx..5xx, 0 for any
    QString host;        // exact, case-insensitive
    QDateTime from;      // inclusive
    QDateTime to;        // exclusive
    int limit = 50;      // page size, capped at 1000
    qint64 beforeId = 0; // paging: only entries older than this id; 0 starts at the newest
};

struct HistoryPage
{
    QList<HistorySummary> entries;
    qint64 nextBeforeId = 0; // pass as HistoryQuery::beforeId for the next page; 0 when done
};

// How much history to keep; the oldest entries go first. 0 means no limit.
struct RetentionSettings
{
    qint64 maxEntries = 100000;
    qint64 maxBytes = qint64(2) * 1024 * 1024 * 1024;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::HistorySummary)
Q_DECLARE_METATYPE(wb::store::HistoryEntry)
Q_DECLARE_METATYPE(wb::store::HistoryQuery)
Q_DECLARE_METATYPE(wb::store::HistoryPage)
