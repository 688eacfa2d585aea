#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace wb {

// Every user preference in one typed place. Backed by QSettings (an INI file per user);
// tests and portable setups pass their own file.
class Settings
{
public:
    Settings();
    explicit Settings(const QString &iniFile);
    ~Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);

    bool sidebarVisible() const;
    void setSidebarVisible(bool visible);
    // "collections" or "history".
    QString sidebarPage() const;
    void setSidebarPage(const QString &page);

    // Empty means "follow the system locale".
    QString language() const;
    void setLanguage(const QString &language);

    // History retention: the oldest entries go once either limit is passed (0: no limit).
    qint64 historyMaxEntries() const;
    void setHistoryMaxEntries(qint64 entries);
    qint64 historyMaxBytes() const;
    void setHistoryMaxBytes(qint64 bytes);
    // Whether values of secret variables may be kept in the history (off: they are masked).
    bool keepSecretsInHistory() const;
    void setKeepSecretsInHistory(bool keep);
    // Whether `wirebench-cli send` keeps every exchange in the history as if --history were given
    // (off: only with --history).
    bool recordCliSends() const;
    void setRecordCliSends(bool record);
    // The environment requests use (an id; empty: none).
    QString activeEnvironment() const;
    void setActiveEnvironment(const QString &id);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace wb
