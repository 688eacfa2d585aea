#include "ui/collections/storecalls.h"

#include "core/store/workspacestore.h"

namespace wb::ui {

StoreCalls::StoreCalls(store::WorkspaceStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (store)
        connect(store, &store::WorkspaceStore::writeFinished, this, &StoreCalls::onFinished);
}

void StoreCalls::run(Work work, Done done)
{
    if (!m_store) {
        if (done)
            done(Error{});
        return;
    }
    const quint64 id = m_store->write(std::move(work));
    m_pending.insert(id, std::move(done));
}

void StoreCalls::onFinished(quint64 requestId, const Error &error)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return; // another component's write
    const Done done = it.value();
    m_pending.erase(it);
    if (done)
        done(error);
    if (error.isError())
        emit failed(error);
    if (m_pending.isEmpty())
        emit idle();
}

} // namespace wb::ui
