#include "core/store/collectionstore.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

namespace wb::store {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray variablesJson(const QList<workspace::Variable> &variables)
{
    QJsonArray array;
    for (const auto &v : variables)
        array.append(v.toJson());
    return array;
}

QList<workspace::Variable> variablesFrom(const QJsonArray &array)
{
    QList<workspace::Variable> variables;
    for (const auto &v : array)
        variables.append(workspace::Variable::fromJson(v.toObject()));
    return variables;
}

// Auth and headers of a folder or collection travel in a RequestSpec's JSON form.
QJsonObject inheritedJson(const http::AuthSpec &auth, const QList<http::HeaderField> &headers)
{
    http::RequestSpec carrier;
    carrier.auth = auth;
    carrier.headers = headers;
    return carrier.toJson();
}

void readInherited(const QJsonObject &json, http::AuthSpec *auth, QList<http::HeaderField> *headers)
{
    const http::RequestSpec carrier = http::RequestSpec::fromJson(json);
    *auth = carrier.auth;
    *headers = carrier.headers;
}

struct Row
{
    QUuid id;
    QUuid parent;
    workspace::CollectionItem item;
};

} // namespace

CollectionStore::CollectionStore(const Database &database)
    : m_db(database.connection())
{}

Result<void> CollectionStore::save(const workspace::Collection &collection)
{
    return SqlUtil::transaction(m_db, [&]() { return write(collection); });
}

Result<workspace::CollectionImport::Outcome>
CollectionStore::import(workspace::Collection collection, workspace::ExistingCollection existing)
{
    std::optional<workspace::CollectionImport::Outcome> outcome;
    auto done = SqlUtil::transaction(m_db, [&]() -> Result<void> {
        auto ids = taken();
        if (!ids)
            return ids.error();
        auto prepared =
            workspace::CollectionImport::prepare(std::move(collection), ids.value(), existing);
        if (!prepared)
            return prepared.error();
        outcome = std::move(prepared).value();
        return write(outcome->collection);
    });
    if (!done)
        return done.error();
    return std::move(*outcome);
}

Result<workspace::CollectionImport::Taken> CollectionStore::taken() const
{
    workspace::CollectionImport::Taken ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, name FROM collections")))
        return SqlUtil::error(q.lastError(), QStringLiteral("listing collections"));
    while (q.next())
        ids.collections.insert(QUuid(q.value(0).toString()), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT uuid, collection_uuid FROM collection_items")))
        return SqlUtil::error(q.lastError(), QStringLiteral("listing collection items"));
    while (q.next())
        ids.items.insert(QUuid(q.value(0).toString()), QUuid(q.value(1).toString()));
    return ids;
}

Result<void> CollectionStore::write(const workspace::Collection &collection)
{
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT position FROM collections WHERE uuid = ?"));
        q.addBindValue(uuidText(collection.id));
        if (auto done = SqlUtil::run(q, QStringLiteral("saving a collection")); !done)
            return done;
        QVariant position;
        if (q.next())
            position = q.value(0);
        q.finish();
        if (!position.isValid()) {
            auto next = SqlUtil::scalar(
                m_db, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM collections"));
            if (!next)
                return next.error();
            position = next.value();
        }
        QJsonObject data{
            {QStringLiteral("description"), collection.description},
            {QStringLiteral("hasAuth"), collection.hasAuth},
            {QStringLiteral("inherited"), inheritedJson(collection.auth, collection.headers)},
            {QStringLiteral("variables"), variablesJson(collection.variables)},
            {QStringLiteral("original"), collection.original}};
        q.prepare(QStringLiteral("INSERT INTO collections (uuid, name, position, data_json) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                                 "name = excluded.name, data_json = excluded.data_json"));
        q.addBindValue(uuidText(collection.id));
        q.addBindValue(SqlUtil::text(collection.name));
        q.addBindValue(position);
        q.addBindValue(jsonText(data));
        if (auto done = SqlUtil::run(q, QStringLiteral("saving a collection")); !done)
            return done;
        q.prepare(QStringLiteral("DELETE FROM collection_items WHERE collection_uuid = ?"));
        q.addBindValue(uuidText(collection.id));
        if (auto done = SqlUtil::run(q, QStringLiteral("saving a collection")); !done)
            return done;

        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO collection_items (uuid, collection_uuid, parent_uuid, kind, name, "
            "position, spec_json, data_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        std::function<Result<void>(const QList<workspace::CollectionItem> &, const QUuid &)> add;
        add = [&](const QList<workspace::CollectionItem> &items, const QUuid &parent) {
            for (int i = 0; i < items.size(); ++i) {
                const auto &item = items.at(i);
                QJsonObject itemData{
                    {QStringLiteral("description"), item.description},
                    {QStringLiteral("inheritAuth"), item.inheritAuth},
                    {QStringLiteral("inherited"), inheritedJson(item.auth, item.headers)},
                    {QStringLiteral("variables"), variablesJson(item.variables)},
                    {QStringLiteral("original"), item.original}};
                insert.addBindValue(uuidText(item.id));
                insert.addBindValue(uuidText(collection.id));
                insert.addBindValue(parent.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(uuidText(parent)));
                insert.addBindValue(item.isFolder() ? 0 : 1);
                insert.addBindValue(SqlUtil::text(item.name));
                insert.addBindValue(i);
                insert.addBindValue(item.isFolder() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(jsonText(item.request.toJson())));
                insert.addBindValue(jsonText(itemData));
                if (auto done = SqlUtil::run(insert, QStringLiteral("saving a collection item"));
                    !done)
                    return done;
                if (item.isFolder()) {
                    if (auto done = add(item.children, item.id); !done)
                        return done;
                }
            }
            return Result<void>();
        };
        return add(collection.items, QUuid());
    }
}

Result<workspace::Collection> CollectionStore::load(const QUuid &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, data_json FROM collections WHERE uuid = ?"));
    q.addBindValue(uuidText(id));
    if (auto done = SqlUtil::run(q, QStringLiteral("loading a collection")); !done)
        return done.error();
    if (!q.next()) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::store",
                                                     "There is no collection %1 in this "
                                                     "workspace.")
                             .arg(uuidText(id)));
    }
    workspace::Collection collection;
    collection.id = id;
    collection.name = q.value(0).toString();
    const QJsonObject data = parseJson(q.value(1).toString());
    collection.description = data.value(QStringLiteral("description")).toString();
    collection.hasAuth = data.value(QStringLiteral("hasAuth")).toBool();
    readInherited(data.value(QStringLiteral("inherited")).toObject(), &collection.auth,
                  &collection.headers);
    collection.variables = variablesFrom(data.value(QStringLiteral("variables")).toArray());
    collection.original = data.value(QStringLiteral("original")).toObject();

    q.prepare(QStringLiteral("SELECT uuid, parent_uuid, kind, name, spec_json, data_json FROM "
                             "collection_items WHERE collection_uuid = ? ORDER BY position"));
    q.addBindValue(uuidText(id));
    if (auto done = SqlUtil::run(q, QStringLiteral("loading a collection")); !done)
        return done.error();
    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.id = QUuid(q.value(0).toString());
        row.parent = q.value(1).isNull() ? QUuid() : QUuid(q.value(1).toString());
        row.item.id = row.id;
        row.item.kind = q.value(2).toInt() == 0 ? workspace::CollectionItem::Kind::Folder
                                                : workspace::CollectionItem::Kind::Request;
        row.item.name = q.value(3).toString();
        if (!row.item.isFolder())
            row.item.request = http::RequestSpec::fromJson(parseJson(q.value(4).toString()));
        const QJsonObject itemData = parseJson(q.value(5).toString());
        row.item.description = itemData.value(QStringLiteral("description")).toString();
        row.item.inheritAuth = itemData.value(QStringLiteral("inheritAuth")).toBool(true);
        readInherited(itemData.value(QStringLiteral("inherited")).toObject(), &row.item.auth,
                      &row.item.headers);
        row.item.variables = variablesFrom(itemData.value(QStringLiteral("variables")).toArray());
        row.item.original = itemData.value(QStringLiteral("original")).toObject();
        rows.append(row);
    }
    // Build the tree bottom-up: children by parent, in position order.
    QHash<QUuid, QList<int>> children;
    for (int i = 0; i < rows.size(); ++i)
        children[rows.at(i).parent].append(i);
    std::function<QList<workspace::CollectionItem>(const QUuid &, int)> build;
    build = [&](const QUuid &parent, int depth) {
        QList<workspace::CollectionItem> items;
        if (depth > 256)
            return items;
        for (int index : children.value(parent)) {
            workspace::CollectionItem item = rows.at(index).item;
            if (item.isFolder())
                item.children = build(item.id, depth + 1);
            items.append(item);
        }
        return items;
    };
    collection.items = build(QUuid(), 0);
    return collection;
}

Result<QList<CollectionStore::Listing>> CollectionStore::list() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT uuid, name FROM collections ORDER BY position")))
        return SqlUtil::error(q.lastError(), QStringLiteral("listing collections"));
    QList<Listing> listing;
    while (q.next())
        listing.append({QUuid(q.value(0).toString()), q.value(1).toString()});
    return listing;
}

Result<void> CollectionStore::remove(const QUuid &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM collections WHERE uuid = ?"));
    q.addBindValue(uuidText(id));
    return SqlUtil::run(q, QStringLiteral("deleting a collection"));
}

Result<void> CollectionStore::reorder(const QUuid &id, int index)
{
    auto listing = list();
    if (!listing)
        return listing.error();
    QList<QUuid> order;
    for (const auto &entry : listing.value()) {
        if (entry.id != id)
            order.append(entry.id);
    }
    order.insert(qBound(0, index, int(order.size())), id);
    return SqlUtil::transaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE collections SET position = ? WHERE uuid = ?"));
        for (int i = 0; i < order.size(); ++i) {
            q.addBindValue(i);
            q.addBindValue(uuidText(order.at(i)));
            if (auto done = SqlUtil::run(q, QStringLiteral("reordering collections")); !done)
                return done;
        }
        return {};
    });
}

} // namespace wb::store
