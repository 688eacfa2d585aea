#include "core/store/schema.h"

#include "core/common/logging.h"
#include "core/store/historyindexer.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wb::store {

namespace {

const char *const v1[] = {
    "CREATE TABLE history ("
    " id INTEGER PRIMARY KEY,"
    " kind INTEGER NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " method TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " host TEXT NOT NULL DEFAULT '',"
    " status INTEGER NOT NULL DEFAULT 0,"
    " duration_us INTEGER NOT NULL DEFAULT -1,"
    " error TEXT NOT NULL DEFAULT '',"
    " stored_bytes INTEGER NOT NULL DEFAULT 0,"
    " detail BLOB NOT NULL)",
    "CREATE INDEX history_created ON history(created_at)",
    "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE payloads ("
    " entry_id INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,"
    " slot INTEGER NOT NULL,"
    " size INTEGER NOT NULL,"
    " compressed INTEGER NOT NULL DEFAULT 0,"
    " data BLOB,"
    " sha256 TEXT REFERENCES blobs(sha256),"
    " PRIMARY KEY (entry_id, slot)) WITHOUT ROWID",
    "CREATE INDEX payloads_sha256 ON payloads(sha256) WHERE sha256 IS NOT NULL",
    "CREATE TABLE collections ("
    " uuid TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " data_json TEXT NOT NULL)",
    "CREATE TABLE collection_items ("
    " uuid TEXT PRIMARY KEY,"
    " collection_uuid TEXT NOT NULL REFERENCES collections(uuid) ON DELETE CASCADE,"
    " parent_uuid TEXT REFERENCES collection_items(uuid) ON DELETE CASCADE,"
    " kind INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " spec_json TEXT,"
    " data_json TEXT NOT NULL)",
    "CREATE INDEX collection_items_parent ON collection_items(collection_uuid, parent_uuid, "
    "position)",
    "CREATE TABLE environments ("
    " uuid TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " is_global INTEGER NOT NULL DEFAULT 0,"
    " position INTEGER NOT NULL,"
    " original_json TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE variables ("
    " environment_uuid TEXT NOT NULL REFERENCES environments(uuid) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " enabled INTEGER NOT NULL,"
    " secret INTEGER NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (environment_uuid, position))",
    "CREATE TABLE cookies ("
    " name TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " path TEXT NOT NULL,"
    " expires_at INTEGER,"
    " secure INTEGER NOT NULL,"
    " http_only INTEGER NOT NULL,"
    " PRIMARY KEY (domain, path, name))",
};

// Version 2: full-text search, running totals for retention, SameSite on cookies, drafts of open
// tabs, the global variables row, and a host index for the host filter.
const char *const v2[] = {
    "CREATE VIRTUAL TABLE history_fts USING fts5("
    " method, url, status, headers, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE history_stats ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " entries INTEGER NOT NULL,"
    " bytes INTEGER NOT NULL)",
    "INSERT INTO history_stats (id, entries, bytes)"
    " SELECT 1, count(*), coalesce(sum(stored_bytes), 0) FROM history",
    "CREATE TRIGGER history_inserted AFTER INSERT ON history BEGIN"
    " UPDATE history_stats SET entries = entries + 1, bytes = bytes + new.stored_bytes"
    " WHERE id = 1; END",
    "CREATE TRIGGER history_deleted AFTER DELETE ON history BEGIN"
    " UPDATE history_stats SET entries = entries - 1, bytes = bytes - old.stored_bytes"
    " WHERE id = 1;"
    " DELETE FROM history_fts WHERE rowid = old.id; END",
    "CREATE INDEX history_host ON history(host)",
    "ALTER TABLE cookies ADD COLUMN same_site TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE drafts ("
    " tab_id TEXT PRIMARY KEY,"
    " spec_json TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO environments (uuid, name, is_global, position)"
    " VALUES ('00000000-0000-0000-0000-000000000000', 'Globals', 1, -1)",
};

// Version 3: the chunks of live socket console sessions, spooled as they arrive so that the
// console can page old chunks back and export or archive a session of any length.
const char *const v3[] = {
    "CREATE TABLE socket_spools ("
    " id INTEGER PRIMARY KEY,"
    " touched_at INTEGER NOT NULL)",
    "CREATE TABLE socket_chunks ("
    " spool_id INTEGER NOT NULL REFERENCES socket_spools(id) ON DELETE CASCADE,"
    " serial INTEGER NOT NULL,"
    " at_ms INTEGER NOT NULL,"
    " direction INTEGER NOT NULL,"
    " peer TEXT NOT NULL DEFAULT '',"
    " is_error INTEGER NOT NULL DEFAULT 0,"
    " size INTEGER NOT NULL,"
    " data BLOB NOT NULL,"
    " PRIMARY KEY (spool_id, serial))",
};

// Version 4: the size of each entry's response as received (history rows show it; stored_bytes
// is what the entry takes in the workspace). Entries from before are -1: not known.
const char *const v4[] = {
    "ALTER TABLE history ADD COLUMN response_bytes INTEGER NOT NULL DEFAULT -1",
};

Result<void> runAll(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = SqlUtil::exec(db, sql); !done)
            return done;
    }
    return {};
}

QStringList toList(const char *const *begin, const char *const *end)
{
    QStringList list;
    for (auto it = begin; it != end; ++it)
        list.append(QString::fromLatin1(*it));
    return list;
}

Result<void> step(QSqlDatabase db, int from)
{
    switch (from) {
    case 0:
        return runAll(db, Schema::version1());
    case 1:
        if (auto done = runAll(db, toList(std::begin(v2), std::end(v2))); !done)
            return done;
        // Rows written by version 1 become searchable.
        return HistoryIndexer::reindexAll(db);
    case 2:
        return runAll(db, toList(std::begin(v3), std::end(v3)));
    case 3:
        return runAll(db, toList(std::begin(v4), std::end(v4)));
    default:
        return makeError(ErrorCategory::Internal, QStringLiteral("no migration from %1").arg(from));
    }
}

} // namespace

QStringList Schema::version1()
{
    return toList(std::begin(v1), std::end(v1));
}

Result<void> Schema::migrate(QSqlDatabase db)
{
    auto version = SqlUtil::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    int current = version.value().toInt();
    if (current > currentVersion) {
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate(
                             "wb::store",
                             "The workspace was written by a newer Wirebench (schema %1, this one "
                             "knows %2). Update Wirebench or choose another workspace.")
                             .arg(current)
                             .arg(currentVersion));
    }
    while (current < currentVersion) {
        int from = current;
        auto migrated = SqlUtil::transaction(db, [&]() -> Result<void> {
            // Another process may have migrated while this one waited for the write lock.
            auto locked = SqlUtil::scalar(db, QStringLiteral("PRAGMA user_version"));
            if (!locked)
                return locked.error();
            from = locked.value().toInt();
            if (from >= currentVersion)
                return {};
            if (auto done = step(db, from); !done)
                return done;
            if (from == 0) {
                if (auto id = SqlUtil::exec(
                        db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
                    !id)
                    return id;
            }
            return SqlUtil::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(from + 1));
        });
        if (!migrated)
            return migrated;
        qCDebug(lcStore) << "workspace schema migrated from" << from << "to" << from + 1;
        current = from + 1;
    }
    return {};
}

} // namespace wb::store
