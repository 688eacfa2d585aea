#include "core/workspace/collection.h"

#include <QCoreApplication>

namespace wb::workspace {

using wb::http::AuthSpec;
using wb::http::RequestSpec;

namespace {

template <typename Item> Item *findIn(QList<Item> &items, const QUuid &id)
{
    for (auto &item : items) {
        if (item.id == id)
            return &item;
        if (Item *found = findIn(item.children, id))
            return found;
    }
    return nullptr;
}

const CollectionItem *findIn(const QList<CollectionItem> &items, const QUuid &id)
{
    for (const auto &item : items) {
        if (item.id == id)
            return &item;
        if (const CollectionItem *found = findIn(item.children, id))
            return found;
    }
    return nullptr;
}

bool pathTo(const QList<CollectionItem> &items, const QUuid &id,
            QList<const CollectionItem *> &path)
{
    for (const auto &item : items) {
        if (item.id == id)
            return true;
        path.append(&item);
        if (pathTo(item.children, id, path))
            return true;
        path.removeLast();
    }
    return false;
}

std::optional<CollectionItem> takeFrom(QList<CollectionItem> &items, const QUuid &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return items.takeAt(i);
        if (auto taken = takeFrom(items[i].children, id))
            return taken;
    }
    return std::nullopt;
}

int countRequests(const QList<CollectionItem> &items)
{
    int n = 0;
    for (const auto &item : items)
        n += item.isFolder() ? countRequests(item.children) : 1;
    return n;
}

Error unknownItem()
{
    return makeError(
        ErrorCategory::InvalidInput,
        QCoreApplication::translate(
            "wb::workspace",
            "The item is not in this collection. Reload the collection and try again."));
}

} // namespace

const CollectionItem *Collection::find(const QUuid &id) const
{
    return findIn(items, id);
}

CollectionItem *Collection::find(const QUuid &id)
{
    return findIn(items, id);
}

std::optional<QList<const CollectionItem *>> Collection::ancestors(const QUuid &id) const
{
    QList<const CollectionItem *> path;
    if (!pathTo(items, id, path))
        return std::nullopt;
    return path;
}

Result<RequestSpec> Collection::effectiveRequest(const QUuid &requestId) const
{
    const CollectionItem *item = find(requestId);
    const auto path = ancestors(requestId);
    if (!item || !path)
        return unknownItem();
    if (item->isFolder())
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate(
                             "wb::workspace", "“%1” is a folder, not a request. Choose a request.")
                             .arg(item->name));
    RequestSpec spec = item->request;
    spec.name = item->name;
    spec.description = item->description;

    // Headers: collection first, then each folder down, then the request's own; a header the
    // request sets itself replaces an inherited one of the same name.
    QList<wb::http::HeaderField> inherited = headers;
    for (const CollectionItem *folder : *path)
        inherited += folder->headers;
    QList<wb::http::HeaderField> merged;
    for (const auto &h : inherited) {
        bool overridden = false;
        for (const auto &own : item->request.headers)
            overridden |= own.enabled && own.name.compare(h.name, Qt::CaseInsensitive) == 0;
        for (auto &m : merged) {
            if (m.name.compare(h.name, Qt::CaseInsensitive) == 0 && h.enabled) {
                m = h;
                overridden = true;
            }
        }
        if (!overridden)
            merged.append(h);
    }
    spec.headers = merged + item->request.headers;

    if (item->inheritAuth) {
        spec.auth = hasAuth ? auth : AuthSpec{};
        for (const CollectionItem *folder : *path) {
            if (!folder->inheritAuth)
                spec.auth = folder->auth;
        }
    }
    return spec;
}

QList<Variable> Collection::effectiveVariables(const QUuid &itemId) const
{
    QList<Variable> result = variables;
    if (const auto path = ancestors(itemId)) {
        for (const CollectionItem *folder : *path)
            result += folder->variables;
    }
    return result;
}

Result<void> Collection::insert(const QUuid &parentId, int index, CollectionItem item)
{
    QList<CollectionItem> *list = &items;
    if (!parentId.isNull()) {
        CollectionItem *parent = find(parentId);
        if (!parent)
            return unknownItem();
        if (!parent->isFolder())
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate(
                                 "wb::workspace",
                                 "A request cannot hold other items. Choose a folder instead."));
        list = &parent->children;
    }
    if (index < 0 || index > list->size())
        index = int(list->size());
    list->insert(index, std::move(item));
    return {};
}

std::optional<CollectionItem> Collection::take(const QUuid &id)
{
    return takeFrom(items, id);
}

Result<void> Collection::move(const QUuid &id, const QUuid &newParentId, int index)
{
    const CollectionItem *item = find(id);
    if (!item)
        return unknownItem();
    if (!newParentId.isNull()) {
        if (newParentId == id || findIn(item->children, newParentId))
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate(
                                 "wb::workspace", "A folder cannot be moved into itself. Choose "
                                                  "another destination."));
        const CollectionItem *parent = find(newParentId);
        if (!parent)
            return unknownItem();
        if (!parent->isFolder())
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate(
                                 "wb::workspace",
                                 "A request cannot hold other items. Choose a folder instead."));
    }
    std::optional<CollectionItem> taken = take(id);
    return insert(newParentId, index, std::move(*taken));
}

int Collection::requestCount() const
{
    return countRequests(items);
}

} // namespace wb::workspace
