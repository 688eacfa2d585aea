#pragma once

#include "core/common/result.h"
#include "core/workspace/collection.h"
#include "core/workspace/collectionimport.h"

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
    // Stores an imported collection in one transaction, with fresh ids where the workspace
    // already uses them and the stored collection of the same id replaced or kept beside a copy
    // as `existing` says (see CollectionImport).
    Result<workspace::CollectionImport::Outcome> import(workspace::Collection collection,
                                                        workspace::ExistingCollection existing);
    // The collection and item ids the workspace holds.
    Result<workspace::CollectionImport::Taken> taken() const;
    Result<workspace::Collection> load(const QUuid &id) const;
    // Every collection, in display order.
    Result<QList<Listing>> list() const;
    Result<void> remove(const QUuid &id);
    // Moves a collection to `index` in the display order.
    Result<void> reorder(const QUuid &id, int index);

private:
    Result<void> write(const workspace::Collection &collection);

    QSqlDatabase m_db;
};

} // namespace wb::store
