#include "core/workspace/requestresolver.h"

namespace wb::workspace {

VariableResolver RequestResolver::variablesFor(const Collection &collection, const QUuid &itemId,
                                               const QList<Variable> &globals,
                                               const Environment *environment,
                                               const QList<Variable> &data,
                                               const QList<Variable> &local)
{
    VariableResolver resolver;
    resolver.setVariables(VariableScope::Global, globals);
    resolver.setVariables(VariableScope::Collection, collection.effectiveVariables(itemId));
    if (environment)
        resolver.setVariables(VariableScope::Environment, environment->variables);
    resolver.setVariables(VariableScope::Data, data);
    resolver.setVariables(VariableScope::Local, local);
    return resolver;
}

Result<ResolvedRequest>
RequestResolver::resolve(const Collection &collection, const QUuid &requestId,
                         const QList<Variable> &globals, const Environment *environment,
                         const QList<Variable> &data, const QList<Variable> &local)
{
    const auto spec = collection.effectiveRequest(requestId);
    if (!spec)
        return spec.error();
    return variablesFor(collection, requestId, globals, environment, data, local)
        .resolve(spec.value());
}

} // namespace wb::workspace
