#pragma once

#include <QCoreApplication>
#include <QString>

namespace wb::cli {

// Translates the command-line tool's text in the one "wb::cli" context. Pass n to fill %n and
// pick the plural form: tr("%n file(s)", nullptr, count).
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation, n);
}

} // namespace wb::cli
