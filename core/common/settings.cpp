#include "core/common/settings.h"

namespace wb {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kSidebarVisible = QStringLiteral("mainWindow/sidebarVisible");
const QString kSidebarPage = QStringLiteral("mainWindow/sidebarPage");
const QString kLanguage = QStringLiteral("general/language");
} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::mainWindowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setMainWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }
QByteArray Settings::mainWindowState() const { return m_settings->value(kState).toByteArray(); }
void Settings::setMainWindowState(const QByteArray &state) { m_settings->setValue(kState, state); }
QByteArray Settings::mainSplitterState() const { return m_settings->value(kSplitter).toByteArray(); }
void Settings::setMainSplitterState(const QByteArray &state) { m_settings->setValue(kSplitter, state); }
bool Settings::sidebarVisible() const { return m_settings->value(kSidebarVisible, true).toBool(); }
void Settings::setSidebarVisible(bool visible) { m_settings->setValue(kSidebarVisible, visible); }

QString Settings::sidebarPage() const
{
    return m_settings->value(kSidebarPage, QStringLiteral("history")).toString();
}

void Settings::setSidebarPage(const QString &page) { m_settings->setValue(kSidebarPage, page); }
QString Settings::language() const { return m_settings->value(kLanguage).toString(); }
void Settings::setLanguage(const QString &language) { m_settings->setValue(kLanguage, language); }
void Settings::sync() { m_settings->sync(); }
QString Settings::fileName() const { return m_settings->fileName(); }

} // namespace wb
