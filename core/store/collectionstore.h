#pragma once

#include "core/common/result.h"
#include "core/workspace/collection.h"

#include <QSqlDatabase>

namespace wb::store {

class Database;

// Saved collections: each collection, folder and request is a row with its stable UUID, its
// parent and its position; requests keep their RequestSpec JSON.
class CollectionStore
{
public:
    struct Listing
    {
        QUuid id;
        QString name;
    };

    explicit CollectionStore(const Database &database);

    // Writes the whole collection, replacing what was stored under its id.
    Result<void> save(const workspace::Collection &collection);
    Result<workspace::Collection> load(const QUuid &id) const;
    // Every collection, in display order.
    Result<QList<Listing>> list() const;
    Result<void> remove(const QUuid &id);
    // Moves a collection to `index` in the display order.
    Result<void> reorder(const QUuid &id, int index);

private:
    QSqlDatabase m_db;
};

} // namespace wb::store
