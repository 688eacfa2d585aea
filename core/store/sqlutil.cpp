#include "core/store/sqlutil.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wb::store {

bool SqlUtil::isBusy(const QSqlError &sqlError)
{
    const int code = sqlError.nativeErrorCode().toInt() % 256;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool SqlUtil::isBusy(const Error &error)
{
    static const QRegularExpression code(QStringLiteral("\\(code (\\d+)\\)$"));
    const auto match = code.match(error.detail);
    if (!match.hasMatch())
        return false;
    const int primary = match.captured(1).toInt() % 256;
    return primary == 5 || primary == 6;
}

bool SqlUtil::isCorrupt(const QSqlError &sqlError)
{
    const int code = sqlError.nativeErrorCode().toInt() % 256;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

Error SqlUtil::error(const QSqlError &sqlError, const QString &doing)
{
    const QString detail =
        QStringLiteral("%1: %2 (code %3)").arg(doing, sqlError.text(), sqlError.nativeErrorCode());
    qCWarning(lcStore) << detail;
    const auto storage = [&detail](const char *sentence) {
        return makeError(ErrorCategory::Storage, QCoreApplication::translate("wb::store", sentence),
                         detail);
    };
    const int extended = sqlError.nativeErrorCode().toInt();
    switch (extended % 256) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return storage(QT_TRANSLATE_NOOP("wb::store",
                                         "The workspace is in use by another program that keeps "
                                         "it locked. Close the other Wirebench window or choose "
                                         "another workspace with --workspace, then try again."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return storage(QT_TRANSLATE_NOOP("wb::store",
                                         "The workspace database is damaged. Restart Wirebench: "
                                         "it keeps the damaged file as a backup and starts a new "
                                         "one."));
    case 13: // SQLITE_FULL
        return storage(QT_TRANSLATE_NOOP("wb::store",
                                         "The disk that holds the workspace is full. Free some "
                                         "space (or lower the history limits), then try again."));
    case 8:  // SQLITE_READONLY
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return storage(QT_TRANSLATE_NOOP("wb::store",
                                         "The workspace database is read-only for Wirebench. "
                                         "Check that you own the workspace folder and its files "
                                         "and may write them, or choose another workspace with "
                                         "--workspace."));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return storage(QT_TRANSLATE_NOOP("wb::store",
                                         "The workspace database could not be read or written "
                                         "(an input/output error from the disk). Check the disk "
                                         "and that the workspace folder is still there, then try "
                                         "again."));
    case 19: { // SQLITE_CONSTRAINT (the extended code says which; SQLite's text too)
        const QString text = sqlError.databaseText();
        if (extended == 1555 /* PRIMARYKEY */ || extended == 2067 /* UNIQUE */ ||
            text.contains(QLatin1String("UNIQUE constraint"))) {
            return storage(QT_TRANSLATE_NOOP(
                "wb::store", "The workspace already holds an entry with the same id as one "
                             "being saved, so nothing was saved. Import it again as a copy, or "
                             "replace the one that is there."));
        }
        if (extended == 787 /* FOREIGNKEY */ || text.contains(QLatin1String("FOREIGN KEY"))) {
            return storage(QT_TRANSLATE_NOOP(
                "wb::store", "What was being saved refers to something the workspace no longer "
                             "holds (deleted meanwhile, perhaps in another window), so nothing "
                             "was saved. Reload and try again."));
        }
        return storage(QT_TRANSLATE_NOOP("wb::store",
                                         "What was being saved is not valid for the workspace "
                                         "database (a required value is missing or out of "
                                         "range), so nothing was saved."));
    }
    default:
        break;
    }
    return makeError(
        ErrorCategory::Storage,
        QCoreApplication::translate("wb::store", "The workspace database refused a change (%1). "
                                                 "Nothing was saved; the details say more.")
            .arg(sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText()),
        detail);
}

Result<void> SqlUtil::exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return error(query.lastError(), sql.left(80));
    return {};
}

Result<QVariant> SqlUtil::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return error(query.lastError(), sql.left(80));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Result<void> SqlUtil::run(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return error(query.lastError(), doing);
    return {};
}

Result<void> SqlUtil::transaction(QSqlDatabase db, const std::function<Result<void>()> &work)
{
    if (auto started = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !started)
        return started;
    Result<void> result = work();
    if (!result.ok()) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return result;
    }
    auto committed = exec(db, QStringLiteral("COMMIT"));
    if (!committed)
        (void)exec(db, QStringLiteral("ROLLBACK"));
    return committed;
}

} // namespace wb::store
