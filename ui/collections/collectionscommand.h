#pragma once

#include "core/workspace/collection.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace wb::ui {

class CollectionsModel;

// One collection before and after an edit; no `before` means it was created, no `after` that it
// was deleted. The index is its place among the collections.
struct CollectionChange
{
    QUuid id;
    std::optional<workspace::Collection> before;
    std::optional<workspace::Collection> after;
    int beforeIndex = -1;
    int afterIndex = -1;
};

// An undoable edit of one or more collections (rename, move, duplicate, delete, new folder...):
// redo puts the `after` states into the model, undo the `before` states.
class CollectionsCommand : public QUndoCommand
{
public:
    CollectionsCommand(CollectionsModel *model, const QString &text,
                       QList<CollectionChange> changes);

    void undo() override;
    void redo() override;

private:
    QPointer<CollectionsModel> m_model;
    QList<CollectionChange> m_changes;
};

} // namespace wb::ui
