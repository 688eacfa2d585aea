#include "ui/workbench/workbench.h"

namespace wb::ui {

Workbench::Workbench(http::HttpEngine *engine, store::WorkspaceStore *store,
                     const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
    , m_workspacePath(workspacePath)
{}

void Workbench::setSpecResolver(SpecResolver resolver)
{
    m_resolver = std::move(resolver);
}

Result<http::RequestSpec> Workbench::resolve(const http::RequestSpec &spec) const
{
    return m_resolver ? m_resolver(spec) : Result<http::RequestSpec>(spec);
}

} // namespace wb::ui
