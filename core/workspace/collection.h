#pragma once

#include "core/common/result.h"
#include "core/workspace/collectionitem.h"

#include <optional>

namespace wb::workspace {

// A tree of folders and requests with stable ids. Auth, headers and variables set on the
// collection or a folder apply to every request below it unless the request sets its own auth.
struct Collection
{
    QUuid id = QUuid::createUuid();
    QString name;
    QString description;
    bool hasAuth = false; // the collection sets auth for its requests
    wb::http::AuthSpec auth;
    QList<wb::http::HeaderField> headers;
    QList<Variable> variables;
    QList<CollectionItem> items;
    QJsonObject original; // the imported document without its items

    const CollectionItem *find(const QUuid &id) const;
    CollectionItem *find(const QUuid &id);
    // The folders from the top down to the item's parent, or nullopt when the id is unknown.
    std::optional<QList<const CollectionItem *>> ancestors(const QUuid &id) const;

    // The request as it will be sent, before variables: inherited auth and headers applied.
    Result<wb::http::RequestSpec> effectiveRequest(const QUuid &requestId) const;
    // Collection variables overlaid with those of the folders above the item (inner wins).
    QList<Variable> effectiveVariables(const QUuid &itemId) const;

    // Inserts an item under `parentId` (null: top level) at `index` (-1: at the end).
    Result<void> insert(const QUuid &parentId, int index, CollectionItem item);
    // Removes and returns an item and its children.
    std::optional<CollectionItem> take(const QUuid &id);
    // Moves an item under another folder or the top level; a folder cannot move into itself.
    Result<void> move(const QUuid &id, const QUuid &newParentId, int index);
    int requestCount() const;
};

} // namespace wb::workspace
