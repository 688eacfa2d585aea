#include "core/workspace/workspacelocation.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wb::workspace {

QString WorkspaceLocation::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("workspace"));
}

Result<QString> WorkspaceLocation::prepare(const QString &path)
{
    const QString chosen = path.isEmpty() ? defaultPath() : path;
    const QFileInfo info(chosen);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() && !info.isDir()) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate(
                             "wb::workspace",
                             "The workspace path %1 is a file, not a folder. Choose a folder "
                             "with --workspace.")
                             .arg(absolute));
    }
    // Private from the start: only its owner may read what the workspace keeps.
    if (!PrivateFiles::makeFolder(absolute)) {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate(
                             "wb::workspace",
                             "The workspace folder %1 could not be created. Check that its parent "
                             "exists and is writable, or choose another with --workspace.")
                             .arg(absolute));
    }
    qCDebug(lcWorkspace) << "workspace at" << absolute;
    return absolute;
}

} // namespace wb::workspace
