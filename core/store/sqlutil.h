#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace wb::store {

// Small functions shared by the store classes: every failure becomes a wb::Error with a sentence.
class SqlUtil
{
public:
    // Runs one statement that returns no rows.
    static Result<void> exec(QSqlDatabase db, const QString &sql);
    // Runs one statement and returns the first column of its first row (invalid when no row).
    static Result<QVariant> scalar(QSqlDatabase db, const QString &sql);
    // The error for a failed query: "the workspace is in use" for a busy database, otherwise a
    // storage error that names what was being done.
    static Error error(const QSqlError &sqlError, const QString &doing);
    static bool isBusy(const QSqlError &sqlError);
    static bool isCorrupt(const QSqlError &sqlError);
    // True for an error made by error() from a busy database (another program held the lock
    // longer than the busy timeout): worth retrying later.
    static bool isBusy(const Error &error);
    // A string for a NOT NULL text column: a null QString binds as '' instead of NULL.
    static QString text(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }
    // Runs a prepared query and turns a failure into an error.
    static Result<void> run(QSqlQuery &query, const QString &doing);
    // BEGIN IMMEDIATE ... COMMIT around `work`; rolls back when it fails.
    static Result<void> transaction(QSqlDatabase db, const std::function<Result<void>()> &work);
};

} // namespace wb::store
