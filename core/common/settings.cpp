#include "core/common/settings.h"

namespace wb {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kSidebarVisible = QStringLiteral("mainWindow/sidebarVisible");
const QString kSidebarPage = QStringLiteral("mainWindow/sidebarPage");
const QString kLanguage = QStringLiteral("general/language");
const QString kHistoryMaxEntries = QStringLiteral("history/maxEntries");
const QString kHistoryMaxBytes = QStringLiteral("history/maxBytes");
const QString kKeepSecrets = QStringLiteral("history/keepSecretValues");
const QString kRecordCliSends = QStringLiteral("history/recordCliSends");
const QString kActiveEnvironment = QStringLiteral("workspace/activeEnvironment");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}
QByteArray Settings::mainSplitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}
void Settings::setMainSplitterState(const QByteArray &state)
{
    m_settings->setValue(kSplitter, state);
}
bool Settings::sidebarVisible() const
{
    return m_settings->value(kSidebarVisible, true).toBool();
}
void Settings::setSidebarVisible(bool visible)
{
    m_settings->setValue(kSidebarVisible, visible);
}

QString Settings::sidebarPage() const
{
    return m_settings->value(kSidebarPage, QStringLiteral("history")).toString();
}

void Settings::setSidebarPage(const QString &page)
{
    m_settings->setValue(kSidebarPage, page);
}
QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

qint64 Settings::historyMaxEntries() const
{
    return qMax<qint64>(0, m_settings->value(kHistoryMaxEntries, 100000).toLongLong());
}

void Settings::setHistoryMaxEntries(qint64 entries)
{
    m_settings->setValue(kHistoryMaxEntries, entries);
}

qint64 Settings::historyMaxBytes() const
{
    return qMax<qint64>(0, m_settings->value(kHistoryMaxBytes, qint64(2) << 30).toLongLong());
}

void Settings::setHistoryMaxBytes(qint64 bytes)
{
    m_settings->setValue(kHistoryMaxBytes, bytes);
}
bool Settings::keepSecretsInHistory() const
{
    return m_settings->value(kKeepSecrets, false).toBool();
}
void Settings::setKeepSecretsInHistory(bool keep)
{
    m_settings->setValue(kKeepSecrets, keep);
}

bool Settings::recordCliSends() const
{
    return m_settings->value(kRecordCliSends, false).toBool();
}

void Settings::setRecordCliSends(bool record)
{
    m_settings->setValue(kRecordCliSends, record);
}

QString Settings::activeEnvironment() const
{
    return m_settings->value(kActiveEnvironment).toString();
}

void Settings::setActiveEnvironment(const QString &id)
{
    m_settings->setValue(kActiveEnvironment, id);
}

void Settings::sync()
{
    m_settings->sync();
}
QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace wb
