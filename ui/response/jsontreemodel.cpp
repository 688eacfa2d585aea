#include "ui/response/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wb::ui {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoot(const QJsonValue &root)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    auto top = std::make_unique<Node>();
    top->key = tr("(root)");
    top->value = root;
    top->parent = m_root.get();
    m_root->children.push_back(std::move(top));
    m_root->populated = true;
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int JsonTreeModel::childCount(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

void JsonTreeModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    int row = 0;
    auto add = [&](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = row++;
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    if (row < 0 || row >= int(node->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, node->children[row].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child)->parent;
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *node = nodeFor(parent);
    return node->populated ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    if (node == m_root.get())
        return !node->children.empty();
    return childCount(node->value) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    return !node->populated && childCount(node->value) > 0;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    const int count = childCount(node->value);
    if (node->populated || count == 0)
        return;
    beginInsertRows(parent, 0, count - 1);
    populate(node);
    endInsertRows();
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *node = nodeFor(index);
    const QJsonValue &v = node->value;
    switch (index.column()) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("{%n key(s)}", nullptr, childCount(v));
        case QJsonValue::Array:
            return tr("[%n item(s)]", nullptr, childCount(v));
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 17);
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Undefined:
            return {};
        }
        return {};
    case TypeColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("object");
        case QJsonValue::Array:
            return tr("array");
        case QJsonValue::String:
            return tr("string");
        case QJsonValue::Double:
            return tr("number");
        case QJsonValue::Bool:
            return tr("boolean");
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Undefined:
            return {};
        }
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace wb::ui
