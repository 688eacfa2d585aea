#pragma once

#include "core/common/result.h"
#include "core/store/historytypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace wb::store {
class WorkspaceStore;
}

namespace wb::ui {

class HistoryModel;

// The History place of the sidebar: a search box, then the history newest first, grouped by day.
// It asks the workspace store for one page at a time (the next when the list is scrolled near its
// end), so a workspace with a million entries opens as fast as an empty one; entries the store
// appends appear at the top as they are committed. Delete removes the selected entries from the
// workspace; Clear History asks first. Activating an entry (double click, Enter) emits
// entryActivated().
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // `store` must outlive the panel.
    explicit HistoryPanel(store::WorkspaceStore *store, QWidget *parent = nullptr);

    static constexpr int pageSize = 100;
    static constexpr int searchDelayMs = 200;

    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QAction *openAction() const { return m_openAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *clearAction() const { return m_clearAction; }
    // True while a page is being fetched.
    bool isLoading() const { return m_pageRequest != 0; }
    // True when every entry that matches the search is loaded.
    bool isComplete() const { return m_loadedFirstPage && m_nextBeforeId == 0; }

    // Drops what is shown and loads the first page again.
    void reload();
    void deleteSelected();
    // Asks whether to clear the whole history (a window-modal question), then clears it.
    void confirmClear();

signals:
    void entryActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildActions();
    void requestPage();
    void maybeFetchMore();
    void scheduleFetchCheck();
    void showContextMenu(const QPoint &pos);
    void activate(const QModelIndex &index);
    QList<qint64> selectedIds() const;
    void updateEmptyState();
    void showError(const wb::Error &error);

    void onSearchFinished(quint64 requestId, const wb::store::HistoryPage &page,
                          const wb::Error &error);
    void onEntriesAppended(const QList<wb::store::HistorySummary> &entries);
    void refreshMatches();
    void onEntriesDeleted(quint64 requestId, const QList<qint64> &ids, const wb::Error &error);
    void onWriteFinished(quint64 requestId, const wb::Error &error);

    store::WorkspaceStore *m_store = nullptr;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_clearAction = nullptr;

    QString m_text;               // the search text the shown entries match
    quint64 m_pageRequest = 0;    // the page being fetched, 0 when none
    quint64 m_refreshRequest = 0; // new matches for the search after entries were appended
    qint64 m_refreshAfterId = 0;  // only entries newer than this come from that refresh
    qint64 m_pendingAfterId = 0;  // appended since the refresh started: newer than this,
    int m_pendingCount = 0;       // this many
    quint64 m_clearRequest = 0;
    QList<quint64> m_deleteRequests;
    qint64 m_nextBeforeId = 0;
    bool m_loadedFirstPage = false;
    bool m_fetchCheckScheduled = false;
};

} // namespace wb::ui
