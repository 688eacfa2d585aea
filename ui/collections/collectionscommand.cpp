#include "ui/collections/collectionscommand.h"

#include "ui/collections/collectionsmodel.h"

namespace wb::ui {

CollectionsCommand::CollectionsCommand(CollectionsModel *model, const QString &text,
                                       QList<CollectionChange> changes)
    : QUndoCommand(text)
    , m_model(model)
    , m_changes(std::move(changes))
{}

void CollectionsCommand::undo()
{
    if (!m_model)
        return;
    QList<CollectionChange> reversed;
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        reversed.append({it->id, it->after, it->before, it->afterIndex, it->beforeIndex});
    m_model->apply(reversed);
}

void CollectionsCommand::redo()
{
    if (m_model)
        m_model->apply(m_changes);
}

} // namespace wb::ui
