#include "core/common/privatefiles.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wb {

namespace {

#ifdef Q_OS_UNIX

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

Error looseError(const QString &path, const QString &why, int count)
{
    return makeError(ErrorCategory::Io,
                     QCoreApplication::translate(
                         "wb",
                         "%1 can be read by other users of this computer, and its permissions "
                         "could not be changed (%2; %n path(s) in all). The workspace keeps "
                         "Authorization headers, cookies and tokens: move it to a folder you "
                         "own, or make it private with chmod -R go= on its folder.",
                         nullptr, count)
                         .arg(QDir::toNativeSeparators(path), why),
                     why);
}

struct TreeResult
{
    QString firstPath;
    QString firstWhy;
    int failures = 0;
};

void note(TreeResult &tree, const QString &path, const Error &error)
{
    if (tree.failures++ == 0) {
        tree.firstPath = path;
        tree.firstWhy = error.detail;
    }
}

// Tightens the folders below `folder` and, in a folder that was loose, its files.
void tightenBelow(const QString &folder, bool checkFiles, int depth, TreeResult &tree)
{
    if (depth > 16)
        return;
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        const QString path = folder + QLatin1Char('/') + QFile::decodeName(name);
        struct stat info;
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            continue;
        if (S_ISDIR(info.st_mode)) {
            bool changed = false;
            if (auto done = PrivateFiles::tighten(path, &changed); !done)
                note(tree, path, done.error());
            tightenBelow(path, changed, depth + 1, tree);
        } else if (S_ISREG(info.st_mode) && checkFiles) {
            if (auto done = PrivateFiles::tighten(path); !done)
                note(tree, path, done.error());
        }
    }
    ::closedir(dir);
}

#endif

} // namespace

Result<void> PrivateFiles::makeFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders from the top down.
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &folder : missing) {
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdir(name.constData(), folderMode) != 0 && errno != EEXIST) {
            return makeError(ErrorCategory::Io,
                             QCoreApplication::translate(
                                 "wb", "The folder %1 could not be created (%2). Check that "
                                       "its parent exists and is writable.")
                                 .arg(QDir::toNativeSeparators(folder), systemError(errno)));
        }
        // Whatever the umask took away, the owner gets exactly folderMode.
        ::chmod(name.constData(), folderMode);
    }
    if (!QFileInfo(absolute).isDir()) {
        return makeError(ErrorCategory::Io, QCoreApplication::translate("wb", "%1 is not a folder.")
                                                .arg(QDir::toNativeSeparators(absolute)));
    }
    return {};
#else
    if (!QDir().mkpath(path)) {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate(
                             "wb", "The folder %1 could not be created (%2). Check that its "
                                   "parent exists and is writable.")
                             .arg(QDir::toNativeSeparators(path), QStringLiteral("mkpath")));
    }
    return {};
#endif
}

Result<void> PrivateFiles::createFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate(
                             "wb", "The file %1 could not be created (%2). Check that the "
                                   "disk is not full and the folder is writable.")
                             .arg(QDir::toNativeSeparators(path), systemError(errno)));
    }
    ::fchmod(fd, fileMode);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
    return {};
}

Result<void> PrivateFiles::tighten(const QString &path, bool *changed)
{
    if (changed)
        *changed = false;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::lstat(name.constData(), &info) != 0) {
        if (errno == ENOENT)
            return {};
        return looseError(path, systemError(errno), 1);
    }
    if (S_ISLNK(info.st_mode) || (info.st_mode & 077) == 0)
        return {};
    if (::chmod(name.constData(), info.st_mode & 07700) != 0) {
        return looseError(path, systemError(errno), 1);
    }
    qCInfo(lcStore).noquote() << "made" << path << "private (it was"
                              << QString::number(info.st_mode & 0777, 8) << ")";
    if (changed)
        *changed = true;
#else
    Q_UNUSED(path);
#endif
    return {};
}

Result<void> PrivateFiles::tightenTree(const QString &folder)
{
#ifdef Q_OS_UNIX
    TreeResult tree;
    if (auto done = tighten(folder); !done)
        note(tree, folder, done.error());
    // The files directly in the workspace (the database, its -wal and -shm, backups) always.
    tightenBelow(folder, true, 0, tree);
    if (tree.failures > 0)
        return looseError(tree.firstPath, tree.firstWhy, tree.failures);
#else
    Q_UNUSED(folder);
#endif
    return {};
}

int PrivateFiles::mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

} // namespace wb
