#include "ui/response/themecolors.h"

namespace wb::ui::themecolors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

static int hueOf(Role role)
{
    switch (role) {
    case Role::Success:
        return 130;
    case Role::Redirect:
        return 210;
    case Role::ClientError:
        return 30;
    case Role::ServerError:
        return 0;
    case Role::Informational:
        return 270;
    case Role::Key:
        return 220;
    case Role::String:
        return 120;
    case Role::Number:
        return 25;
    case Role::Keyword:
        return 290;
    case Role::Punctuation:
        return -1;
    case Role::Tag:
        return 210;
    case Role::Attribute:
        return 30;
    case Role::Comment:
        return -1;
    case Role::Sent:
        return 300;
    case Role::Received:
        return 190;
    }
    return -1;
}

QColor color(const QPalette &palette, Role role)
{
    const int hue = hueOf(role);
    if (hue < 0) {
        QColor text = palette.color(QPalette::Text);
        QColor base = palette.color(QPalette::Base);
        // Half way between text and base: visibly muted but still readable.
        return QColor((text.red() * 3 + base.red() * 2) / 5,
                      (text.green() * 3 + base.green() * 2) / 5,
                      (text.blue() * 3 + base.blue() * 2) / 5);
    }
    // Dark themes need light, less saturated tones; light themes need darker ones.
    return isDark(palette) ? QColor::fromHsl(hue, 170, 170) : QColor::fromHsl(hue, 200, 80);
}

QColor background(const QPalette &palette, Role role)
{
    const int hue = hueOf(role);
    if (hue < 0)
        return palette.color(QPalette::AlternateBase);
    return isDark(palette) ? QColor::fromHsl(hue, 90, 45) : QColor::fromHsl(hue, 160, 225);
}

QColor statusColor(const QPalette &palette, int status)
{
    switch (status / 100) {
    case 1:
        return color(palette, Role::Informational);
    case 2:
        return color(palette, Role::Success);
    case 3:
        return color(palette, Role::Redirect);
    case 4:
        return color(palette, Role::ClientError);
    case 5:
        return color(palette, Role::ServerError);
    default:
        return palette.color(QPalette::WindowText);
    }
}

} // namespace wb::ui::themecolors
