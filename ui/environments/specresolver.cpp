#include "ui/environments/specresolver.h"

#include "core/workspace/requestresolver.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/environments/environmentmanager.h"

namespace wb::ui {

using workspace::ResolvedRequest;

SpecResolver::SpecResolver(const EnvironmentManager *environments,
                           const CollectionsModel *collections)
    : m_environments(environments)
    , m_collections(collections)
{}

workspace::VariableResolver SpecResolver::variables(const QUuid &collectionId,
                                                    const QUuid &itemId) const
{
    const QList<workspace::Variable> globals =
        m_environments ? m_environments->globals() : QList<workspace::Variable>();
    const workspace::Environment *environment = m_environments ? m_environments->active() : nullptr;
    const workspace::Collection *collection =
        m_collections ? m_collections->collection(collectionId) : nullptr;
    if (collection)
        return workspace::RequestResolver::variablesFor(*collection, itemId, globals, environment);
    workspace::VariableResolver resolver;
    resolver.setVariables(workspace::VariableScope::Global, globals);
    if (environment)
        resolver.setVariables(workspace::VariableScope::Environment, environment->variables);
    return resolver;
}

ResolvedRequest SpecResolver::resolve(const http::RequestSpec &spec, const QUuid &collectionId,
                                      const QUuid &itemId) const
{
    const workspace::Collection *collection =
        m_collections ? m_collections->collection(collectionId) : nullptr;
    if (collection && collection->find(itemId) && !collection->find(itemId)->isFolder()) {
        // The tab's edits in place of the saved request, then inheritance and variables.
        workspace::Collection edited = *collection;
        workspace::CollectionItem *item = edited.find(itemId);
        item->request = spec;
        if (spec.auth.kind != http::AuthSpec::Kind::None)
            item->inheritAuth = false;
        auto resolved = workspace::RequestResolver::resolve(
            edited, itemId,
            m_environments ? m_environments->globals() : QList<workspace::Variable>(),
            m_environments ? m_environments->active() : nullptr);
        if (resolved)
            return std::move(resolved).value();
    }
    return variables(collectionId, itemId).resolve(spec);
}

SpecResolver::Function SpecResolver::forTab(const QUuid &collectionId, const QUuid &itemId) const
{
    return [resolver = *this, collectionId, itemId](const http::RequestSpec &spec) {
        return resolver.resolve(spec, collectionId, itemId);
    };
}

std::function<std::optional<workspace::Substitution>(const QString &)>
SpecResolver::lookup(const QUuid &collectionId, const QUuid &itemId) const
{
    return [resolver = *this, collectionId, itemId](const QString &name) {
        return resolver.variables(collectionId, itemId).lookup(name);
    };
}

} // namespace wb::ui
