#pragma once

#include "ui/response/themecolors.h"

#include <QList>
#include <QString>

namespace wb::ui {

enum class Syntax { Plain, Json, Xml };

// A coloured run inside one line of formatted text.
struct SyntaxSpan
{
    int start;
    int length;
    themecolors::Role role;
};

// Spans of one line of pretty-printed JSON (keys, strings, numbers, literals, punctuation), or of
// XML/HTML (tags, attributes, comments). Used by the highlighter and by the paged viewer alike.
QList<SyntaxSpan> syntaxSpans(Syntax syntax, const QString &line);

} // namespace wb::ui
