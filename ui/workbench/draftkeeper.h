#pragma once

#include "core/common/result.h"
#include "core/store/draftstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wb::ui {

class RequestController;
class TabArea;
class Workbench;

// Keeps the open request tabs in the workspace as drafts while they are edited (a short pause
// after each edit, so a crash loses at most that pause), with their order, which one is current
// and which have unsaved edits; restores them when a window opens. Closing a tab drops its draft.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    // Opens a request tab for a restored draft and returns its controller.
    using TabOpener = std::function<RequestController *(const QString &tabId)>;

    static constexpr int autosaveDelayMs = 400;
    // The draft row that holds the order of the tabs rather than a request.
    static QString layoutKey() { return QStringLiteral("@tabs"); }

    DraftKeeper(TabArea *tabs, Workbench *workbench, QObject *parent = nullptr);

    // Starts saving `controller`'s tab (giving it a tab id when it has none).
    void track(RequestController *controller);
    // Loads the drafts and reopens them through `opener`; emits restored() when done.
    void restore(TabOpener opener);
    // Writes what is waiting for the autosave pause now.
    void flush();
    bool isRestoring() const { return m_restoring; }

signals:
    void restored(int tabCount);

private:
    void schedule();
    void onPageClosed(QWidget *page);
    void onDraftsLoaded(quint64 requestId, const QList<wb::store::Draft> &drafts,
                        const wb::Error &error);
    QString layoutJson() const;

    TabArea *m_tabs = nullptr;
    Workbench *m_workbench = nullptr;
    TabOpener m_opener;
    QHash<QString, QPointer<RequestController>> m_controllers;
    QSet<QString> m_pending;
    QTimer m_timer;
    QString m_savedLayout;
    quint64 m_loadRequest = 0;
    bool m_restoring = false;
};

} // namespace wb::ui
