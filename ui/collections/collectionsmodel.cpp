#include "ui/collections/collectionsmodel.h"

#include <QApplication>
#include <QIODevice>
#include <QMimeData>
#include <QStyle>
#include <QUndoStack>

namespace wb::ui {

using workspace::Collection;
using workspace::CollectionItem;

struct CollectionsModel::Node
{
    Kind kind = Kind::Collection;
    QUuid collectionId;
    QUuid itemId;
    QString name;
    QString method;
    QString url;
    QString description;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind k, const QUuid &cid, const QUuid &iid, const QString &text)
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->collectionId = cid;
        child->itemId = iid;
        child->name = text;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

// Fresh ids for a copy, all the way down.
void renewIds(CollectionItem &item)
{
    item.id = QUuid::createUuid();
    for (auto &child : item.children)
        renewIds(child);
}

// The list an item sits in and its row there.
std::pair<QList<CollectionItem> *, int> placeOf(Collection &collection, const QUuid &id)
{
    const auto path = collection.ancestors(id);
    if (!path)
        return {nullptr, -1};
    QList<CollectionItem> *list = &collection.items;
    if (!path->isEmpty())
        list = &collection.find(path->last()->id)->children;
    for (int i = 0; i < list->size(); ++i) {
        if (list->at(i).id == id)
            return {list, i};
    }
    return {nullptr, -1};
}

bool contains(const CollectionItem &item, const QUuid &id)
{
    if (item.id == id)
        return true;
    for (const auto &child : item.children) {
        if (contains(child, id))
            return true;
    }
    return false;
}

QList<std::pair<QUuid, QUuid>> decode(const QMimeData *data)
{
    QList<std::pair<QUuid, QUuid>> entries;
    if (!data)
        return entries;
    const QList<QByteArray> lines = data->data(CollectionsModel::mimeType()).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> ids = line.split(' ');
        if (ids.size() == 2 && !QUuid::fromString(QLatin1String(ids.at(0))).isNull())
            entries.append({QUuid::fromString(QLatin1String(ids.at(0))),
                            QUuid::fromString(QLatin1String(ids.at(1)))});
    }
    return entries;
}

} // namespace

void CollectionsModel::addItems(Node *parent, const QList<CollectionItem> &items)
{
    for (const auto &item : items) {
        auto *node = parent->add(item.isFolder() ? CollectionsModel::Kind::Folder
                                                 : CollectionsModel::Kind::Request,
                                 parent->collectionId, item.id, item.name);
        node->method = item.request.method.toUpper();
        node->url = item.request.url;
        node->description = item.description;
        addItems(node, item.children);
    }
}

const QString &CollectionsModel::mimeType()
{
    static const QString type = QStringLiteral("application/x-wirebench-collection-items");
    return type;
}

CollectionsModel::CollectionsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

CollectionsModel::~CollectionsModel() = default;

void CollectionsModel::setCollections(const QList<Collection> &collections)
{
    beginResetModel();
    m_collections = collections;
    rebuild();
    endResetModel();
}

const Collection *CollectionsModel::collection(const QUuid &id) const
{
    const int row = collectionRow(id);
    return row < 0 ? nullptr : &m_collections.at(row);
}

int CollectionsModel::collectionRow(const QUuid &id) const
{
    for (int i = 0; i < m_collections.size(); ++i) {
        if (m_collections.at(i).id == id)
            return i;
    }
    return -1;
}

void CollectionsModel::rebuild()
{
    m_root = std::make_unique<Node>();
    for (const auto &c : m_collections) {
        Node *node = m_root->add(Kind::Collection, c.id, {}, c.name);
        addItems(node, c.items);
    }
}

CollectionsModel::Node *CollectionsModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CollectionsModel::indexOf(const QUuid &collectionId, const QUuid &itemId) const
{
    const std::function<QModelIndex(const Node *)> search = [&](const Node *n) -> QModelIndex {
        for (const auto &child : n->children) {
            if (child->collectionId == collectionId && child->itemId == itemId)
                return createIndex(child->row, 0, child.get());
            if (child->collectionId != collectionId)
                continue;
            if (const QModelIndex found = search(child.get()); found.isValid())
                return found;
        }
        return {};
    };
    return search(m_root.get());
}

QUuid CollectionsModel::collectionId(const QModelIndex &index)
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())->collectionId : QUuid();
}

QUuid CollectionsModel::itemId(const QModelIndex &index)
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())->itemId : QUuid();
}

CollectionsModel::Kind CollectionsModel::kind(const QModelIndex &index)
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())->kind : Kind::Collection;
}

Result<http::RequestSpec> CollectionsModel::request(const QModelIndex &index) const
{
    const Collection *c = collection(collectionId(index));
    if (!c || kind(index) != Kind::Request)
        return makeError(ErrorCategory::InvalidInput, tr("Choose a request."));
    const CollectionItem *item = c->find(itemId(index));
    http::RequestSpec spec = item->request;
    spec.name = item->name;
    spec.description = item->description;
    return spec;
}

QModelIndex CollectionsModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = node(parent);
    if (!p || row < 0 || column != 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex CollectionsModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!child.isValid() || !n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int CollectionsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int CollectionsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return n->name;
    case Qt::ToolTipRole: {
        QString tip = n->kind == Kind::Request ? n->method + QLatin1Char(' ') + n->url : n->name;
        if (!n->description.isEmpty())
            tip += QStringLiteral("\n\n") + n->description.left(400);
        return tip;
    }
    case Qt::DecorationRole:
        if (n->kind == Kind::Folder)
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        return {};
    case KindRole:
        return int(n->kind);
    case MethodRole:
        return n->method;
    case CollectionIdRole:
        return n->collectionId;
    case ItemIdRole:
        return n->itemId;
    default:
        return {};
    }
}

bool CollectionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || value.toString().trimmed().isEmpty())
        return false;
    // Renaming rebuilds the tree; not while the view is still closing its editor.
    QMetaObject::invokeMethod(
        this,
        [this, cid = collectionId(index), iid = itemId(index), name = value.toString()] {
            rename(indexOf(cid, iid), name);
        },
        Qt::QueuedConnection);
    return true;
}

Qt::ItemFlags CollectionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // collections reorder at the top level
    Qt::ItemFlags f =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (kind(index) != Kind::Request)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions CollectionsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CollectionsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CollectionsModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *CollectionsModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0) {
            bytes += collectionId(index).toByteArray() + ' ' + itemId(index).toByteArray() + '\n';
        }
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

bool CollectionsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(mimeType()))
        return false;
    const auto entries = decode(data);
    if (entries.isEmpty())
        return false;
    for (const auto &[cid, iid] : entries) {
        if (iid.isNull())
            continue; // a collection: reordered among the collections wherever it lands
        if (!parent.isValid())
            return false; // an item needs a collection or folder to land in
        if (collectionId(parent) == cid) {
            const Collection *c = collection(cid);
            const CollectionItem *item = c ? c->find(iid) : nullptr;
            if (!item || contains(*item, itemId(parent)))
                return false; // not into itself
        }
    }
    return true;
}

bool CollectionsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto entries = decode(data);
    // Each move rebuilds the tree: find the target again by its ids every time.
    const QUuid targetCollection = collectionId(parent);
    const QUuid targetItem = itemId(parent);
    const bool topLevel = !parent.isValid();
    if (m_undo)
        m_undo->beginMacro(tr("Move"));
    bool moved = false;
    for (const auto &[cid, iid] : entries) {
        QModelIndex target = topLevel ? QModelIndex() : indexOf(targetCollection, targetItem);
        int at = row;
        if (iid.isNull() && target.isValid()) { // a collection: reorder at the top level
            while (target.parent().isValid())
                target = target.parent();
            at = target.row();
            target = {};
        }
        if (move(cid, iid, target, at)) {
            moved = true;
            if (row >= 0)
                ++row; // later entries go after earlier ones
        }
    }
    if (m_undo)
        m_undo->endMacro();
    return moved;
}

void CollectionsModel::commit(const QString &text, QList<CollectionChange> changes)
{
    if (m_undo)
        m_undo->push(new CollectionsCommand(this, text, std::move(changes)));
    else
        apply(changes);
}

CollectionChange CollectionsModel::change(const Collection &before) const
{
    const int row = collectionRow(before.id);
    return {before.id, before, before, row, row};
}

void CollectionsModel::apply(const QList<CollectionChange> &changes)
{
    beginResetModel();
    for (const auto &c : changes) {
        const int row = collectionRow(c.id);
        if (row >= 0)
            m_collections.removeAt(row);
        if (c.after) {
            int at = c.afterIndex < 0 ? (row < 0 ? int(m_collections.size()) : row) : c.afterIndex;
            m_collections.insert(qBound(0, at, int(m_collections.size())), *c.after);
        }
    }
    rebuild();
    endResetModel();
    for (const auto &c : changes) {
        if (c.after)
            emit collectionStored(*c.after, collectionRow(c.id));
        else
            emit collectionRemoved(c.id);
    }
}

QUuid CollectionsModel::addCollection(const QString &name)
{
    Collection c;
    c.name = name;
    const QUuid id = c.id;
    const QString text = tr("New Collection “%1”").arg(c.name);
    commit(text, {{id, std::nullopt, std::move(c), -1, int(m_collections.size())}});
    return id;
}

QUuid CollectionsModel::importCollection(Collection collection,
                                         workspace::ExistingCollection existing)
{
    using workspace::CollectionImport;
    auto prepared = CollectionImport::prepare(std::move(collection),
                                              CollectionImport::Taken::of(m_collections), existing);
    if (!prepared)
        return {};
    Collection &incoming = prepared.value().collection;
    const QUuid id = incoming.id;
    if (prepared->replaces) {
        // One undo step puts the collection as it was back.
        const Collection *before = this->collection(id);
        CollectionChange ch = change(*before);
        ch.after = std::move(incoming);
        commit(tr("Replace “%1”").arg(before->name), {ch});
        return id;
    }
    const QString text = tr("Import “%1”").arg(incoming.name);
    commit(text, {{id, std::nullopt, std::move(incoming), -1, int(m_collections.size())}});
    return id;
}

QUuid CollectionsModel::addFolder(const QModelIndex &parent, const QString &name)
{
    const Collection *c = collection(collectionId(parent));
    if (!c || kind(parent) == Kind::Request)
        return {};
    CollectionChange ch = change(*c);
    CollectionItem folder;
    folder.kind = CollectionItem::Kind::Folder;
    folder.name = name;
    const QUuid id = folder.id;
    if (!ch.after->insert(itemId(parent), -1, std::move(folder)))
        return {};
    commit(tr("New Folder “%1”").arg(name), {ch});
    return id;
}

QUuid CollectionsModel::saveRequest(const QUuid &collectionId, const QUuid &folderId,
                                    const http::RequestSpec &spec, const QString &name)
{
    const Collection *c = collection(collectionId);
    if (!c)
        return {};
    CollectionChange ch = change(*c);
    CollectionItem item;
    item.name = name;
    item.description = spec.description;
    item.request = spec;
    item.request.name = name;
    item.inheritAuth = spec.auth.kind == http::AuthSpec::Kind::None;
    const QUuid id = item.id;
    if (!ch.after->insert(folderId, -1, std::move(item)))
        return {};
    commit(tr("Save “%1”").arg(name), {ch});
    return id;
}

bool CollectionsModel::updateRequest(const QUuid &collectionId, const QUuid &itemId,
                                     const http::RequestSpec &spec)
{
    const Collection *c = collection(collectionId);
    if (!c)
        return false;
    CollectionChange ch = change(*c);
    CollectionItem *item = ch.after->find(itemId);
    if (!item || item->isFolder())
        return false;
    item->request = spec;
    item->request.name = item->name;
    item->description = spec.description;
    if (spec.auth.kind != http::AuthSpec::Kind::None)
        item->inheritAuth = false;
    commit(tr("Save “%1”").arg(item->name), {ch});
    return true;
}

std::optional<CollectionsModel::ScopeSettings>
CollectionsModel::scopeSettings(const QModelIndex &index) const
{
    const Collection *c = collection(collectionId(index));
    if (!c || kind(index) == Kind::Request)
        return std::nullopt;
    if (kind(index) == Kind::Collection)
        return ScopeSettings{c->hasAuth, c->auth, c->headers, c->variables, c->description};
    const CollectionItem *folder = c->find(itemId(index));
    if (!folder)
        return std::nullopt;
    return ScopeSettings{!folder->inheritAuth, folder->auth, folder->headers, folder->variables,
                         folder->description};
}

bool CollectionsModel::updateScopeSettings(const QModelIndex &index, const ScopeSettings &settings)
{
    const Collection *c = collection(collectionId(index));
    if (!c || kind(index) == Kind::Request)
        return false;
    CollectionChange ch = change(*c);
    QString name;
    if (kind(index) == Kind::Collection) {
        ch.after->hasAuth = settings.setsAuth;
        ch.after->auth = settings.auth;
        ch.after->headers = settings.headers;
        ch.after->variables = settings.variables;
        ch.after->description = settings.description;
        name = ch.after->name;
    } else {
        CollectionItem *folder = ch.after->find(itemId(index));
        if (!folder)
            return false;
        folder->inheritAuth = !settings.setsAuth;
        folder->auth = settings.auth;
        folder->headers = settings.headers;
        folder->variables = settings.variables;
        folder->description = settings.description;
        name = folder->name;
    }
    commit(tr("Change the settings of “%1”").arg(name), {ch});
    return true;
}

bool CollectionsModel::rename(const QModelIndex &index, const QString &name)
{
    const Collection *c = collection(collectionId(index));
    const QString trimmed = name.trimmed();
    if (!c || trimmed.isEmpty() || trimmed == data(index).toString())
        return false;
    CollectionChange ch = change(*c);
    if (kind(index) == Kind::Collection) {
        ch.after->name = trimmed;
    } else {
        CollectionItem *item = ch.after->find(itemId(index));
        item->name = trimmed;
        item->request.name = trimmed;
    }
    commit(tr("Rename “%1”").arg(trimmed), {ch});
    return true;
}

QModelIndex CollectionsModel::duplicate(const QModelIndex &index)
{
    const Collection *c = collection(collectionId(index));
    if (!c)
        return {};
    if (kind(index) == Kind::Collection) {
        Collection copy = *c;
        copy.id = QUuid::createUuid();
        copy.name = tr("%1 Copy").arg(c->name);
        for (auto &item : copy.items)
            renewIds(item);
        const QUuid id = copy.id;
        commit(tr("Duplicate “%1”").arg(c->name),
               {{id, std::nullopt, std::move(copy), -1, index.row() + 1}});
        return indexOf(id);
    }
    CollectionChange ch = change(*c);
    auto [list, row] = placeOf(*ch.after, itemId(index));
    if (!list)
        return {};
    CollectionItem copy = list->at(row);
    renewIds(copy);
    copy.name = tr("%1 Copy").arg(copy.name);
    copy.request.name = copy.name;
    const QUuid id = copy.id;
    const QUuid cid = c->id; // the tree and `c` are rebuilt by the commit
    list->insert(row + 1, std::move(copy));
    commit(tr("Duplicate “%1”").arg(data(index).toString()), {ch});
    return indexOf(cid, id);
}

bool CollectionsModel::remove(const QModelIndex &index)
{
    const Collection *c = collection(collectionId(index));
    if (!c)
        return false;
    CollectionChange ch = change(*c);
    const QString name = data(index).toString();
    if (kind(index) == Kind::Collection)
        ch.after.reset();
    else if (!ch.after->take(itemId(index)))
        return false;
    commit(tr("Delete “%1”").arg(name), {ch});
    return true;
}

bool CollectionsModel::move(const QUuid &collectionId, const QUuid &itemId,
                            const QModelIndex &parent, int row)
{
    const Collection *source = collection(collectionId);
    if (!source)
        return false;
    if (itemId.isNull()) { // reorder collections
        const int from = collectionRow(collectionId);
        int to = row < 0 ? int(m_collections.size()) : row;
        if (from < to)
            --to;
        if (parent.isValid() || from == to)
            return false;
        CollectionChange ch = change(*source);
        ch.afterIndex = to;
        commit(tr("Move “%1”").arg(source->name), {ch});
        return true;
    }
    const Collection *target = this->collection(CollectionsModel::collectionId(parent));
    if (!target || kind(parent) == Kind::Request)
        return false;
    const QUuid folderId = CollectionsModel::itemId(parent);
    CollectionChange from = change(*source);
    auto [list, oldRow] = placeOf(*from.after, itemId);
    if (!list || (target == source && contains(list->at(oldRow), folderId)))
        return false;
    const CollectionItem *folder = folderId.isNull() ? nullptr : from.after->find(folderId);
    const bool sameList =
        target == source && list == (folder ? &folder->children : &from.after->items);
    if (sameList && row > oldRow)
        --row;
    if (sameList && (row == oldRow || (row < 0 && oldRow == list->size() - 1)))
        return false;
    CollectionItem item = list->takeAt(oldRow);
    const QString text = tr("Move “%1”").arg(item.name);
    if (target == source) {
        if (!from.after->insert(folderId, row, std::move(item)))
            return false;
        commit(text, {from});
        return true;
    }
    CollectionChange to = change(*target);
    if (!to.after->insert(folderId, row, std::move(item)))
        return false;
    commit(text, {from, to});
    return true;
}

} // namespace wb::ui
