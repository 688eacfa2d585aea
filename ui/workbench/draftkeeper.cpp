#include "ui/workbench/draftkeeper.h"

#include "core/common/logging.h"
#include "core/store/workspacestore.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/shell/tabarea.h"
#include "ui/workbench/requestcontroller.h"
#include "ui/workbench/workbench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace wb::ui {

DraftKeeper::DraftKeeper(TabArea *tabs, Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_workbench(workbench)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(autosaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::flush);
    connect(tabs, &TabArea::pageClosed, this, &DraftKeeper::onPageClosed);
    connect(tabs, &TabArea::arrangementChanged, this, &DraftKeeper::schedule);
    if (store::WorkspaceStore *store = workbench->store())
        connect(store, &store::WorkspaceStore::draftsLoaded, this, &DraftKeeper::onDraftsLoaded);
}

void DraftKeeper::track(RequestController *controller)
{
    if (controller->tabId().isEmpty())
        controller->setTabId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString id = controller->tabId();
    m_controllers.insert(id, controller);
    m_pending.insert(id);
    connect(controller, &RequestController::specEdited, this, [this, id] {
        m_pending.insert(id);
        schedule();
    });
    connect(controller, &RequestController::modifiedChanged, this, &DraftKeeper::schedule);
    connect(controller, &RequestController::linkChanged, this, &DraftKeeper::schedule);
    schedule();
}

void DraftKeeper::schedule()
{
    m_timer.start();
}

void DraftKeeper::flush()
{
    m_timer.stop();
    store::WorkspaceStore *store = m_workbench->store();
    if (!store)
        return;
    for (const QString &id : std::as_const(m_pending)) {
        const QPointer<RequestController> controller = m_controllers.value(id);
        if (controller)
            store->saveDraft(id, controller->page()->composer()->spec());
    }
    m_pending.clear();
    // Until the old tabs are back, their order is still the one to keep.
    if (m_restoring)
        return;
    const QString layout = layoutJson();
    if (layout != m_savedLayout) {
        http::RequestSpec record;
        record.description = layout;
        store->saveDraft(layoutKey(), record);
        m_savedLayout = layout;
    }
}

QString DraftKeeper::layoutJson() const
{
    QJsonArray order;
    QJsonArray modified;
    QJsonObject links; // tab id -> [collection, request] it was opened from or saved to
    QString current;
    for (int i = 0; i < m_tabs->count(); ++i) {
        RequestController *controller = RequestController::of(m_tabs->page(i));
        if (!controller || !m_controllers.contains(controller->tabId()))
            continue;
        order.append(controller->tabId());
        if (controller->isModified())
            modified.append(controller->tabId());
        if (!controller->linkedItem().isNull())
            links.insert(controller->tabId(),
                         QJsonArray{controller->linkedCollection().toString(QUuid::WithoutBraces),
                                    controller->linkedItem().toString(QUuid::WithoutBraces)});
        if (i == m_tabs->currentIndex())
            current = controller->tabId();
    }
    const QJsonObject json{{QStringLiteral("order"), order},
                           {QStringLiteral("modified"), modified},
                           {QStringLiteral("links"), links},
                           {QStringLiteral("current"), current}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void DraftKeeper::onPageClosed(QWidget *page)
{
    RequestController *controller = RequestController::of(page);
    if (!controller || !m_controllers.contains(controller->tabId()))
        return;
    const QString id = controller->tabId();
    m_controllers.remove(id);
    m_pending.remove(id);
    if (store::WorkspaceStore *store = m_workbench->store())
        store->removeDraft(id);
    schedule();
}

void DraftKeeper::restore(TabOpener opener)
{
    store::WorkspaceStore *store = m_workbench->store();
    if (!store)
        return;
    m_opener = std::move(opener);
    m_restoring = true;
    m_loadRequest = store->loadDrafts();
}

void DraftKeeper::onDraftsLoaded(quint64 requestId, const QList<store::Draft> &drafts,
                                 const Error &error)
{
    if (requestId != m_loadRequest)
        return;
    m_loadRequest = 0;
    if (error.isError())
        qCWarning(lcUi) << "drafts could not be read:" << error.toString();

    QJsonObject layout;
    QList<store::Draft> requests;
    for (const store::Draft &draft : drafts) {
        if (draft.tabId == layoutKey())
            layout = QJsonDocument::fromJson(draft.spec.description.toUtf8()).object();
        else
            requests.append(draft);
    }
    // The saved order first; drafts it does not know (written after it) follow, oldest first.
    const QStringList order = layout.value(QStringLiteral("order")).toVariant().toStringList();
    auto position = [&order](const store::Draft &d) {
        const qsizetype at = order.indexOf(d.tabId);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(requests.begin(), requests.end(),
                     [&](const store::Draft &a, const store::Draft &b) {
                         const qsizetype pa = position(a), pb = position(b);
                         return pa != pb ? pa < pb : a.updatedAt < b.updatedAt;
                     });
    const QJsonArray modified = layout.value(QStringLiteral("modified")).toArray();
    const QString current = layout.value(QStringLiteral("current")).toString();
    const QJsonObject links = layout.value(QStringLiteral("links")).toObject();
    int currentIndex = -1;
    for (const store::Draft &draft : std::as_const(requests)) {
        RequestController *controller = m_opener ? m_opener(draft.tabId) : nullptr;
        if (!controller)
            continue;
        controller->loadSpec(draft.spec, modified.contains(QJsonValue(draft.tabId)));
        const QJsonArray link = links.value(draft.tabId).toArray();
        if (link.size() == 2)
            controller->setLink(QUuid(link.at(0).toString()), QUuid(link.at(1).toString()));
        if (draft.tabId == current)
            currentIndex = m_tabs->indexOf(controller->page());
    }
    if (currentIndex >= 0)
        m_tabs->setCurrentIndex(currentIndex);
    m_restoring = false;
    m_opener = nullptr;
    schedule();
    emit restored(int(requests.size()));
}

} // namespace wb::ui
