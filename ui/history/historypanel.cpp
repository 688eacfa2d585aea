#include "ui/history/historypanel.h"

#include "core/store/workspacestore.h"
#include "ui/history/historydelegate.h"
#include "ui/history/historymodel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace wb::ui {

HistoryPanel::HistoryPanel(store::WorkspaceStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search history"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words in the method, URL, status, headers or body; end a word with "
                            "* to match its start"));
    auto *searchRow = new QVBoxLayout;
    searchRow->setContentsMargins(6, 0, 6, 6);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 0, 8, 6);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_model = new HistoryModel(this);
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HistoryDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setIndentation(m_view->fontMetrics().averageCharWidth() * 2);
    m_view->setAllColumnsShowFocus(true);
    m_stack->addWidget(m_view);

    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(16, 24, 16, 16);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("historyEmptyTitle"));
    QFont bold = m_emptyTitle->font();
    bold.setBold(true);
    m_emptyTitle->setFont(bold);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyHint = new QLabel(empty);
    m_emptyHint->setObjectName(QStringLiteral("historyEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignHCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch(1);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    // Results as you type, once typing pauses.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    auto applySearch = [this] {
        m_debounce->stop();
        const QString text = m_search->text().trimmed();
        if (text == m_text)
            return;
        m_text = text;
        reload();
    };
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, applySearch);

    // New days open expanded; the empty state follows the rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_view->setExpanded(m_model->index(row, 0), true);
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateEmptyState);

    connect(m_view, &QAbstractItemView::activated, this, &HistoryPanel::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPanel::showContextMenu);
    connect(m_view, &QTreeView::expanded, this, &HistoryPanel::scheduleFetchCheck);
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &HistoryPanel::scheduleFetchCheck);
    connect(bar, &QScrollBar::rangeChanged, this, &HistoryPanel::scheduleFetchCheck);

    connect(m_store, &store::WorkspaceStore::searchFinished, this, &HistoryPanel::onSearchFinished);
    connect(m_store, &store::WorkspaceStore::entriesAppended, this,
            &HistoryPanel::onEntriesAppended);
    connect(m_store, &store::WorkspaceStore::entriesDeleted, this, &HistoryPanel::onEntriesDeleted);
    connect(m_store, &store::WorkspaceStore::writeFinished, this, &HistoryPanel::onWriteFinished);

    buildActions();
    reload();
}

void HistoryPanel::buildActions()
{
    m_openAction = new QAction(tr("Open"), this);
    m_openAction->setObjectName(QStringLiteral("historyOpen"));
    connect(m_openAction, &QAction::triggered, this, [this] { activate(m_view->currentIndex()); });

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("historyDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setEnabled(false);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_deleteAction->setEnabled(!selectedIds().isEmpty()); });

    m_clearAction = new QAction(tr("Clear History…"), this);
    m_clearAction->setObjectName(QStringLiteral("historyClear"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_clearAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_clearAction);
    connect(m_clearAction, &QAction::triggered, this, &HistoryPanel::confirmClear);
}

void HistoryPanel::reload()
{
    m_model->clear();
    m_nextBeforeId = 0;
    m_loadedFirstPage = false;
    m_refreshRequest = 0;
    m_pendingCount = 0;
    m_message->hide();
    requestPage();
}

void HistoryPanel::requestPage()
{
    store::HistoryQuery query;
    query.text = m_text;
    query.limit = pageSize;
    query.beforeId = m_nextBeforeId;
    m_pageRequest = m_store->search(query);
    updateEmptyState();
}

void HistoryPanel::scheduleFetchCheck()
{
    if (m_fetchCheckScheduled)
        return;
    m_fetchCheckScheduled = true;
    // After the view has laid out the rows it was just given.
    QTimer::singleShot(0, this, [this] {
        m_fetchCheckScheduled = false;
        maybeFetchMore();
    });
}

void HistoryPanel::maybeFetchMore()
{
    if (m_pageRequest != 0 || !m_loadedFirstPage || m_nextBeforeId == 0 || !m_view->isVisible())
        return;
    // The last row on show: the last entry of the last day, or that day when it is collapsed.
    const int days = m_model->rowCount();
    if (days > 0) {
        QModelIndex last = m_model->index(days - 1, 0);
        const int entries = m_model->rowCount(last);
        if (m_view->isExpanded(last) && entries > 0)
            last = m_model->index(entries - 1, 0, last);
        const QRect rect = m_view->visualRect(last);
        // Fetch while less than about two screens are left below the visible part.
        if (!rect.isValid() || rect.top() > m_view->viewport()->height() * 3)
            return;
    }
    requestPage();
}

void HistoryPanel::onSearchFinished(quint64 requestId, const store::HistoryPage &page,
                                    const Error &error)
{
    if (requestId == m_refreshRequest) {
        m_refreshRequest = 0;
        QList<store::HistorySummary> fresh;
        for (const store::HistorySummary &s : page.entries) {
            if (s.id > m_refreshAfterId)
                fresh.append(s);
        }
        if (!error.isError())
            m_model->addEntries(fresh);
        refreshMatches();
        return;
    }
    if (requestId != m_pageRequest)
        return; // someone else's search, or one for text that was changed since
    m_pageRequest = 0;
    m_loadedFirstPage = true;
    if (error.isError()) {
        m_nextBeforeId = 0;
        showError(error);
        updateEmptyState();
        return;
    }
    m_model->addEntries(page.entries);
    m_nextBeforeId = page.nextBeforeId;
    updateEmptyState();
    scheduleFetchCheck();
}

void HistoryPanel::onEntriesAppended(const QList<store::HistorySummary> &entries)
{
    if (entries.isEmpty())
        return;
    if (m_text.isEmpty()) {
        m_model->addEntries(entries); // every entry matches an empty search
        return;
    }
    // Which of the new entries match is the database's to say: ask for the newest matches and
    // keep those newer than the entries that were there before.
    qint64 oldest = entries.first().id;
    for (const store::HistorySummary &s : entries)
        oldest = std::min(oldest, s.id);
    m_pendingAfterId = m_pendingCount == 0 ? oldest - 1 : std::min(m_pendingAfterId, oldest - 1);
    m_pendingCount += int(entries.size());
    refreshMatches();
}

void HistoryPanel::refreshMatches()
{
    if (m_refreshRequest != 0 || m_pendingCount == 0)
        return;
    store::HistoryQuery query;
    query.text = m_text;
    query.limit = std::min(1000, m_pendingCount + pageSize);
    m_refreshAfterId = m_pendingAfterId;
    m_pendingCount = 0;
    m_refreshRequest = m_store->search(query);
}

void HistoryPanel::onEntriesDeleted(quint64 requestId, const QList<qint64> &ids, const Error &error)
{
    const bool ours = m_deleteRequests.removeOne(requestId);
    if (error.isError()) {
        if (ours)
            showError(error);
        return;
    }
    m_model->removeEntries(ids); // whoever asked, these entries are gone
}

void HistoryPanel::onWriteFinished(quint64 requestId, const Error &error)
{
    if (requestId == 0 || requestId != m_clearRequest)
        return;
    m_clearRequest = 0;
    if (error.isError()) {
        showError(error);
        return;
    }
    reload();
}

QList<qint64> HistoryPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = index.data(HistoryModel::EntryIdRole).toLongLong(); id > 0)
            ids.append(id);
    }
    return ids;
}

void HistoryPanel::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_deleteRequests.append(m_store->deleteEntries(ids));
}

void HistoryPanel::confirmClear()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear History"),
                                tr("Delete every entry in the history of this workspace? "
                                   "This cannot be undone."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearHistoryQuestion"));
    box->button(QMessageBox::Yes)->setText(tr("Clear History"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            m_clearRequest = m_store->clearHistory();
    });
    box->open();
}

void HistoryPanel::activate(const QModelIndex &index)
{
    if (const qint64 id = index.data(HistoryModel::EntryIdRole).toLongLong(); id > 0)
        emit entryActivated(id);
}

void HistoryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isSelected(index) &&
        (index.flags() & Qt::ItemIsSelectable)) {
        m_view->setCurrentIndex(index);
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_openAction->setEnabled(m_view->currentIndex().data(HistoryModel::EntryIdRole).toLongLong() >
                             0);
    menu->addAction(m_openAction);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_clearAction);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void HistoryPanel::updateEmptyState()
{
    const bool empty = m_model->entryCount() == 0 && m_loadedFirstPage;
    if (empty && m_text.isEmpty()) {
        m_emptyTitle->setText(tr("No history yet"));
        m_emptyHint->setText(tr("Every request you send and every socket session appears here, "
                                "newest first and grouped by day. Search it above, open an entry "
                                "with a double click or Enter, delete it with Delete."));
    } else if (empty) {
        m_emptyTitle->setText(tr("No matches"));
        m_emptyHint->setText(tr("Nothing in the history matches “%1”.").arg(m_text));
    }
    m_stack->setCurrentIndex(empty ? 1 : 0);
}

void HistoryPanel::showError(const Error &error)
{
    m_message->setText(error.message);
    m_message->setToolTip(error.detail);
    m_message->setVisible(!error.message.isEmpty());
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleFetchCheck();
}

void HistoryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleFetchCheck();
}

} // namespace wb::ui
