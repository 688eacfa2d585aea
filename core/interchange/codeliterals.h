#pragma once

#include <QByteArray>
#include <QString>

namespace wb::interchange {

// String and byte literals for generated code: every value, whatever bytes it holds, reads back
// exactly (quotes, backslashes, newlines, control characters, non-ASCII, NUL).
class CodeLiterals
{
public:
    static bool isText(const QByteArray &bytes);         // valid UTF-8 without NUL
    static QString python(const QString &text);          // "..."
    static QString pythonBytes(const QByteArray &bytes); // b"..."
    static QString javaScript(const QString &text);      // "..."
    static QString go(const QByteArray &bytes);          // "..." (Go strings hold any bytes)
    static QString cSharp(const QString &text);          // "..."
    static QString cpp(const QByteArray &bytes);         // "..." with octal escapes
};

} // namespace wb::interchange
