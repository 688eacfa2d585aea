#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace wb::store {
class Database;
class WorkspaceStore;
} // namespace wb::store

namespace wb::ui {

// Runs work on the workspace store's storage thread and calls back on this thread when it is
// done. Failures are also reported through failed(); idle() says that nothing is pending.
class StoreCalls : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Result<void>(store::Database &)>;
    using Done = std::function<void(const Error &)>;

    explicit StoreCalls(store::WorkspaceStore *store, QObject *parent = nullptr);

    bool hasStore() const { return !m_store.isNull(); }
    // Without a store the call completes at once with no error (nothing is persisted).
    void run(Work work, Done done = {});
    int pending() const { return int(m_pending.size()); }

signals:
    void failed(const wb::Error &error);
    void idle();

private:
    void onFinished(quint64 requestId, const Error &error);

    QPointer<store::WorkspaceStore> m_store;
    QHash<quint64, Done> m_pending;
};

} // namespace wb::ui
