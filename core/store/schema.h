#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace wb::store {

// The workspace schema and its forward migrations. The version lives in PRAGMA user_version;
// each step runs in its own transaction, so an interrupted migration leaves the previous version.
class Schema
{
public:
    static constexpr int currentVersion = 4;
    // PRAGMA application_id of a Wirebench workspace ("WBws").
    static constexpr qint32 applicationId = 0x57427773;

    // Brings the database up to currentVersion. Refuses databases from a newer Wirebench.
    static Result<void> migrate(QSqlDatabase db);

    // The statements of schema version 1, the first released schema.
    static QStringList version1();
};

} // namespace wb::store
