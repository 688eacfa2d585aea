#pragma once

#include "core/common/result.h"

#include <QString>

namespace wb {

// Files only their owner may read or write. The workspace keeps Authorization headers, cookies
// and tokens, so its folders are 0700 and its files 0600 (POSIX; elsewhere these do nothing).
class PrivateFiles
{
public:
    static constexpr unsigned folderMode = 0700;
    static constexpr unsigned fileMode = 0600;

    // Creates `path` and any missing parents, each new folder with folderMode. An existing
    // folder is left as it is.
    static Result<void> makeFolder(const QString &path);
    // Creates an empty file with fileMode when `path` does not exist yet (so that a program that
    // creates it later, such as SQLite, keeps that mode); an existing file is left as it is.
    static Result<void> createFile(const QString &path);
    // Takes the group and other permission bits off one folder or file (symbolic links are left
    // alone). Fails when the mode is looser and cannot be changed (for example because another
    // user owns the file); `changed` says whether it was tightened.
    static Result<void> tighten(const QString &path, bool *changed = nullptr);
    // Tightens `folder`, the files directly in it and every folder below it; the files in a
    // folder below are checked when that folder itself was loose (a 0700 folder was made by
    // Wirebench, and so were its files). Fails with a sentence that names the first path that
    // could not be tightened and how many there were.
    static Result<void> tightenTree(const QString &folder);
    // The permission bits of `path` (0777 mask), or -1 when it cannot be read.
    static int mode(const QString &path);
};

} // namespace wb
