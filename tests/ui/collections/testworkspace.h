#pragma once

#include "core/store/workspacestore.h"

#include <QTemporaryDir>

namespace wb::test {

// A started WorkspaceStore on a new SQLite workspace in a temporary folder.
struct TestWorkspace
{
    QTemporaryDir dir;
    store::WorkspaceStore store{dir.path()};

    TestWorkspace() { store.start(); }
    QString path() const { return dir.path(); }
    QString filePath(const QString &name) const { return dir.filePath(name); }
};

} // namespace wb::test
