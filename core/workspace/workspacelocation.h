#pragma once

#include "core/common/result.h"

#include <QString>

namespace wb::workspace {

// Where the workspace lives: a folder that holds the workspace database and its body files.
class WorkspaceLocation
{
public:
    // The default workspace, under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Resolves `path` (empty means the default) to an absolute folder and creates it if missing
    // (0700, like any parent it creates). Database::open makes an existing one private.
    static Result<QString> prepare(const QString &path);
};

} // namespace wb::workspace
