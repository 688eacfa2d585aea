#pragma once

#include "core/common/result.h"
#include "core/workspace/collection.h"

#include <QHash>
#include <QSet>
#include <QUuid>

namespace wb::workspace {

// What to do when an imported collection is already in the workspace (the same collection id,
// for example the same Postman export imported a second time). The caller asks the user; there is
// no silent default.
enum class ExistingCollection {
    Refuse,       // import nothing and say that it exists
    Replace,      // the import takes the stored collection's place (its edits are gone)
    ImportAsCopy, // keep both: the import gets fresh ids throughout
};

// Brings an imported collection in beside what the workspace holds without replacing or
// colliding with anything it was not asked to: ids that another stored collection already uses
// (a fork of the same export shares its folder and request ids), or that appear twice in the file
// itself, are replaced by fresh ones; a collection whose own id is taken is replaced or copied as
// the caller chose.
class CollectionImport
{
public:
    // The ids the workspace holds.
    struct Taken
    {
        QHash<QUuid, QString> collections; // id -> name
        QHash<QUuid, QUuid> items;         // folder or request id -> its collection's id

        static Taken of(const QList<Collection> &collections);
    };

    struct Outcome
    {
        Collection collection; // as it is to be stored
        bool replaces = false; // it takes the place of the stored collection with its id
        int renewedIds = 0;    // folder and request ids that were replaced by fresh ones
    };

    // The stored collection's name when `incoming` has the id of one, else a null string.
    static QString existingName(const Collection &incoming, const Taken &taken);
    // Prepares `incoming` for storing. With Refuse, fails (InvalidInput) when its id is taken.
    static Result<Outcome> prepare(Collection incoming, const Taken &taken,
                                   ExistingCollection choice);
};

} // namespace wb::workspace
