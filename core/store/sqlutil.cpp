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
    if (isBusy(sqlError)) {
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate(
                             "wb::store",
                             "The workspace is in use by another program that keeps it locked. "
                             "Close the other Wirebench window or choose another workspace with "
                             "--workspace, then try again."),
                         detail);
    }
    if (isCorrupt(sqlError)) {
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate(
                             "wb::store",
                             "The workspace database is damaged. Restart Wirebench: it keeps the "
                             "damaged file as a backup and starts a new one."),
                         detail);
    }
    return makeError(ErrorCategory::Storage,
                     QCoreApplication::translate("wb::store",
                                                 "The workspace database could not be updated. "
                                                 "Check that the disk is not full and the "
                                                 "workspace folder is writable."),
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
