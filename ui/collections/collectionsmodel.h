#pragma once

#include "core/http/requestspec.h"
#include "core/workspace/collection.h"
#include "core/workspace/collectionimport.h"
#include "ui/collections/collectionscommand.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace wb::ui {

// The saved collections as a tree: collections, their nested folders and requests. Every edit
// goes through the undo stack (when one is set) as a whole-collection before/after change, and
// is announced with collectionStored()/collectionRemoved() so that it can be persisted.
// Dragging items (folders and requests, within and across collections) or collections (to
// reorder them) moves them.
class CollectionsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, MethodRole, CollectionIdRole, ItemIdRole };
    enum class Kind { Collection, Folder, Request };
    static const QString &mimeType();

    explicit CollectionsModel(QObject *parent = nullptr);
    ~CollectionsModel() override;

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces everything (a load from the store): not undoable, not announced.
    void setCollections(const QList<workspace::Collection> &collections);
    const QList<workspace::Collection> &collections() const { return m_collections; }
    const workspace::Collection *collection(const QUuid &id) const;

    QModelIndex indexOf(const QUuid &collectionId, const QUuid &itemId = {}) const;
    static QUuid collectionId(const QModelIndex &index);
    static QUuid itemId(const QModelIndex &index); // null for a collection row
    static Kind kind(const QModelIndex &index);
    // The request as saved, for opening it in a tab: its own headers and auth (the collection's
    // and folders' are applied when it is resolved for sending, see SpecResolver).
    Result<http::RequestSpec> request(const QModelIndex &index) const;

    // Edits; each is one undo step. They return false (and change nothing) when not possible.
    QUuid addCollection(const QString &name);
    // An import: ids other collections use are renewed; a collection that is already here is
    // replaced or copied as `existing` says (Refuse: nothing happens and the id is null).
    QUuid importCollection(workspace::Collection collection,
                           workspace::ExistingCollection existing);
    QUuid addFolder(const QModelIndex &parent, const QString &name);
    QUuid saveRequest(const QUuid &collectionId, const QUuid &folderId,
                      const http::RequestSpec &spec, const QString &name);
    bool updateRequest(const QUuid &collectionId, const QUuid &itemId,
                       const http::RequestSpec &spec);
    bool rename(const QModelIndex &index, const QString &name);
    // What a collection or a folder gives the requests below it.
    struct ScopeSettings
    {
        bool setsAuth = false; // false: its requests take auth from further up
        http::AuthSpec auth;
        QList<http::HeaderField> headers;
        QList<workspace::Variable> variables;
        QString description;
    };
    std::optional<ScopeSettings> scopeSettings(const QModelIndex &index) const;
    bool updateScopeSettings(const QModelIndex &index, const ScopeSettings &settings);
    QModelIndex duplicate(const QModelIndex &index);
    bool remove(const QModelIndex &index);
    // Moves an item under `parent` (a collection or folder) at `row` (-1: at the end), or a
    // collection to position `row` among the collections.
    bool move(const QUuid &collectionId, const QUuid &itemId, const QModelIndex &parent, int row);

    // Puts the given states into the model (used by CollectionsCommand).
    void apply(const QList<CollectionChange> &changes);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A collection was created or changed (with its place among the collections).
    void collectionStored(const wb::workspace::Collection &collection, int index);
    void collectionRemoved(const QUuid &id);

private:
    struct Node;
    static void addItems(Node *parent, const QList<workspace::CollectionItem> &items);

    void commit(const QString &text, QList<CollectionChange> changes);
    CollectionChange change(const workspace::Collection &before) const;
    int collectionRow(const QUuid &id) const;
    Node *node(const QModelIndex &index) const;
    void rebuild();

    QList<workspace::Collection> m_collections;
    std::unique_ptr<Node> m_root;
    QPointer<QUndoStack> m_undo;
};

} // namespace wb::ui
