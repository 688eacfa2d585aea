#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/store/sockettranscript.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace wb::store {

// The words of one history entry for FTS5: method, URL, status, headers and the start of the
// text bodies (binary bodies are left out).
struct IndexText
{
    QString method;
    QString url;
    QString status;
    QString headers;
    QString body;
};

// Feeds history_fts. Keeps its INSERT prepared on one connection.
class HistoryIndexer
{
public:
    // How much of each text body is searchable.
    static constexpr qint64 bodyTextLimit = 2048;

    explicit HistoryIndexer(QSqlDatabase db);
    Result<void> add(qint64 id, const IndexText &text);

    // `bodyHead(hop, slot)` returns the first bytes of a body (slot 0 request, 2 decoded response).
    static IndexText forChain(const http::ExchangeChain &chain,
                              const std::function<QByteArray(int hop, int slot)> &bodyHead);
    static IndexText forSession(const SocketSession &session);
    // The searchable text of a body start, or empty when it is not text.
    static QString bodyText(const QByteArray &head);

    // Rebuilds history_fts from every history row (used by the migration to schema 2).
    static Result<void> reindexAll(QSqlDatabase db);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace wb::store
