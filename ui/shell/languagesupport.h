#pragma once

#include <QString>

class QCoreApplication;

namespace wb::ui {

// Installs Wirebench's embedded translation (:/i18n/wirebench_<lang>.qm) and Qt's own for
// `language` (e.g. "de", "zh_CN"), or for the system locale when `language` is empty.
// Returns the name of the locale whose translation was installed, or an empty string.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace wb::ui
