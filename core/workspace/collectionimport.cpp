#include "core/workspace/collectionimport.h"

#include "core/common/logging.h"

#include <QCoreApplication>

#include <functional>

namespace wb::workspace {

namespace {

void collectItems(const QList<CollectionItem> &items, const QUuid &collectionId,
                  QHash<QUuid, QUuid> &into)
{
    for (const auto &item : items) {
        into.insert(item.id, collectionId);
        collectItems(item.children, collectionId, into);
    }
}

int renewAll(QList<CollectionItem> &items)
{
    int renewed = 0;
    for (auto &item : items) {
        item.id = QUuid::createUuid();
        renewed += 1 + renewAll(item.children);
    }
    return renewed;
}

} // namespace

CollectionImport::Taken CollectionImport::Taken::of(const QList<Collection> &collections)
{
    Taken taken;
    for (const auto &c : collections) {
        taken.collections.insert(c.id, c.name);
        collectItems(c.items, c.id, taken.items);
    }
    return taken;
}

QString CollectionImport::existingName(const Collection &incoming, const Taken &taken)
{
    const auto it = taken.collections.constFind(incoming.id);
    if (it == taken.collections.constEnd())
        return {};
    return it->isNull() ? QStringLiteral("") : *it;
}

Result<CollectionImport::Outcome> CollectionImport::prepare(Collection incoming, const Taken &taken,
                                                            ExistingCollection choice)
{
    Outcome outcome;
    if (!incoming.id.isNull() && taken.collections.contains(incoming.id)) {
        switch (choice) {
        case ExistingCollection::Refuse:
            return makeError(
                ErrorCategory::InvalidInput,
                QCoreApplication::translate(
                    "wb::workspace",
                    "The workspace already holds the collection “%1” (%2), imported before. "
                    "Choose whether the import replaces it (edits made to it since are lost) "
                    "or comes in as a copy beside it.")
                    .arg(existingName(incoming, taken),
                         incoming.id.toString(QUuid::WithoutBraces)));
        case ExistingCollection::Replace:
            outcome.replaces = true;
            break;
        case ExistingCollection::ImportAsCopy:
            incoming.id = QUuid::createUuid();
            outcome.renewedIds = renewAll(incoming.items);
            outcome.collection = std::move(incoming);
            return outcome;
        }
    }
    if (incoming.id.isNull())
        incoming.id = QUuid::createUuid();
    // Ids another collection uses, or that the file gives twice, make way for fresh ones.
    QSet<QUuid> seen;
    const std::function<void(QList<CollectionItem> &)> fix = [&](QList<CollectionItem> &items) {
        for (auto &item : items) {
            const QUuid owner = taken.items.value(item.id);
            const bool elsewhere = !owner.isNull() && !(outcome.replaces && owner == incoming.id);
            if (item.id.isNull() || elsewhere || seen.contains(item.id)) {
                item.id = QUuid::createUuid();
                ++outcome.renewedIds;
            }
            seen.insert(item.id);
            fix(item.children);
        }
    };
    fix(incoming.items);
    if (outcome.renewedIds > 0) {
        qCInfo(lcWorkspace) << "import of" << incoming.name << "got" << outcome.renewedIds
                            << "fresh item ids";
    }
    outcome.collection = std::move(incoming);
    return outcome;
}

} // namespace wb::workspace
