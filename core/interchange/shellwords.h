#pragma once

#include "core/common/result.h"

#include <QStringList>

namespace wb::interchange {

// Splits a command line into words the way a shell would, without expanding anything.
// Posix: 'single', "double" (\" \\ \$ \` and \newline), $'ANSI-C' escapes, backslash escapes
// and backslash-newline continuations. WindowsCmd: cmd.exe's ^ escapes and ^ line
// continuations, then the Microsoft C runtime's "double quote" and backslash rules, as
// browsers write "Copy as cURL (cmd)". Auto picks WindowsCmd when lines end with " ^".
class ShellWords
{
public:
    enum class Dialect { Auto, Posix, WindowsCmd };

    static Result<QStringList> split(const QString &text, Dialect dialect = Dialect::Auto);
    static Dialect detect(const QString &text);

    // Words hold text; bytes that are not UTF-8 (from $'\xHH') are kept as the lone surrogates
    // U+DC80..U+DCFF, and toBytes() turns such a word back into the exact bytes.
    static QString fromBytes(const QByteArray &bytes);
    static QByteArray toBytes(const QString &word);

    // A word quoted for a POSIX shell: bare when safe, 'single' quotes, or $'...' when it holds
    // control characters.
    static QString quote(const QString &word);
};

} // namespace wb::interchange
