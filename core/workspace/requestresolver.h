#pragma once

#include "core/common/result.h"
#include "core/workspace/collection.h"
#include "core/workspace/environment.h"
#include "core/workspace/variableresolver.h"

namespace wb::workspace {

// The variables in effect for a request and the request as it will be sent: inherited auth and
// headers applied, then {{variables}} resolved with Postman's precedence (globals < collection
// and its folders < environment < data row < local).
class RequestResolver
{
public:
    static VariableResolver variablesFor(const Collection &collection, const QUuid &itemId,
                                         const QList<Variable> &globals,
                                         const Environment *environment,
                                         const QList<Variable> &data = {},
                                         const QList<Variable> &local = {});
    static Result<ResolvedRequest> resolve(const Collection &collection, const QUuid &requestId,
                                           const QList<Variable> &globals,
                                           const Environment *environment,
                                           const QList<Variable> &data = {},
                                           const QList<Variable> &local = {});
};

} // namespace wb::workspace
