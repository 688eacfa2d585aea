#pragma once

#include "core/workspace/variableresolver.h"

#include <QPointer>
#include <QUuid>

#include <functional>

namespace wb::ui {

class CollectionsModel;
class EnvironmentManager;

// Resolves a tab's request as it will be sent: the active environment, the globals and, when the
// tab belongs to a collection, the collection's (and its folders') variables, auth and headers,
// with Postman's precedence. It reads the current state at every call, so switching the
// environment changes the next resolution.
class SpecResolver
{
public:
    using Function = std::function<workspace::ResolvedRequest(const http::RequestSpec &)>;

    SpecResolver(const EnvironmentManager *environments, const CollectionsModel *collections);

    // The variables in effect for an item of a collection (null ids: globals and environment).
    workspace::VariableResolver variables(const QUuid &collectionId = {},
                                          const QUuid &itemId = {}) const;
    // `spec` is the tab's current (perhaps unsaved) request; when `itemId` names a request of
    // the collection, inherited auth and headers apply to it as if it were saved.
    workspace::ResolvedRequest resolve(const http::RequestSpec &spec,
                                       const QUuid &collectionId = {},
                                       const QUuid &itemId = {}) const;
    // The resolver of one tab, to hand to the tab's request controller.
    Function forTab(const QUuid &collectionId = {}, const QUuid &itemId = {}) const;
    // Looks a name up in what is in effect at the moment of the call (for VariableHighlighter).
    std::function<std::optional<workspace::Substitution>(const QString &)>
    lookup(const QUuid &collectionId = {}, const QUuid &itemId = {}) const;

private:
    QPointer<const EnvironmentManager> m_environments;
    QPointer<const CollectionsModel> m_collections;
};

} // namespace wb::ui
