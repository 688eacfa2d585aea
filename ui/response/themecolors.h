#pragma once

#include <QColor>
#include <QPalette>

namespace wb::ui {

// Colours derived from the widget palette so that text stays readable in light and dark themes.
namespace themecolors {

enum class Role {
    Success,
    Redirect,
    ClientError,
    ServerError,
    Informational,
    Key,
    String,
    Number,
    Keyword,
    Punctuation,
    Tag,
    Attribute,
    Comment,
    Sent,    // HTTP/2 frames Wirebench sent
    Received // and frames it received
};

bool isDark(const QPalette &palette);
QColor color(const QPalette &palette, Role role);
// A tinted background for `role` that keeps palette text readable on it.
QColor background(const QPalette &palette, Role role);
// The colour of a response status class (1xx to 5xx); the window text colour otherwise.
QColor statusColor(const QPalette &palette, int status);

} // namespace themecolors
} // namespace wb::ui
