#include "core/interchange/postmancollectionreader.h"

#include "core/common/logging.h"
#include "core/interchange/jsonsource.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wb::interchange {

using wb::workspace::Collection;
using wb::workspace::CollectionItem;
using wb::workspace::Variable;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::interchange", text, disambiguation, n);
}

QString what()
{
    return tr("Postman collection");
}

QUuid idOf(const QJsonObject &element)
{
    for (const char *key : {"id", "_postman_id"}) {
        const QUuid id = QUuid::fromString(element.value(QLatin1String(key)).toString());
        if (!id.isNull())
            return id;
    }
    return QUuid::createUuid();
}

bool readItems(const QJsonValue &value, const QString &path, int depth,
               QList<CollectionItem> *items, ImportIssue *issue);

bool readItem(const QJsonValue &value, const QString &path, int depth, CollectionItem *item,
              ImportIssue *issue)
{
    if (!value.isObject()) {
        *issue = {path, tr("an item must be an object")};
        return false;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString()) {
        *issue = {path + QStringLiteral(".name"), tr("the name must be a string")};
        return false;
    }
    item->id = idOf(o);
    item->name = name.toString();
    item->variables =
        PostmanCollectionReader::variablesFromJson(o.value(QStringLiteral("variable")));
    const QString itemDescription =
        PostmanRequest::description(o.value(QStringLiteral("description")));
    if (o.contains(QStringLiteral("item"))) {
        item->kind = CollectionItem::Kind::Folder;
        item->description = itemDescription;
        const PostmanAuth auth = PostmanAuth::fromJson(o.value(QStringLiteral("auth")));
        item->inheritAuth = auth.inherit;
        item->auth = auth.spec;
        item->headers = PostmanRequest::headersFromJson(o.value(QStringLiteral("header")));
        item->original = o;
        item->original.remove(QStringLiteral("item"));
        if (depth >= PostmanCollectionReader::maxDepth) {
            *issue = {path, tr("folders are nested too deeply")};
            return false;
        }
        return readItems(o.value(QStringLiteral("item")), path + QStringLiteral(".item"), depth + 1,
                         &item->children, issue);
    }
    item->kind = CollectionItem::Kind::Request;
    PostmanRequestFields fields;
    const QJsonValue request = o.value(QStringLiteral("request"));
    if (!request.isUndefined() && !request.isNull() &&
        !PostmanRequest::read(request, path + QStringLiteral(".request"), &fields, issue)) {
        return false;
    }
    item->request = fields.spec;
    item->request.name = item->name;
    item->inheritAuth = fields.auth.inherit;
    item->request.auth = fields.auth.spec;
    item->description = fields.description.isEmpty() ? itemDescription : fields.description;
    item->request.description = item->description;
    item->original = o;
    return true;
}

bool readItems(const QJsonValue &value, const QString &path, int depth,
               QList<CollectionItem> *items, ImportIssue *issue)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *issue = {path, tr("\"item\" must be a list")};
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        CollectionItem item;
        if (!readItem(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), depth, &item, issue))
            return false;
        items->append(std::move(item));
    }
    return true;
}

// Why a JSON object is not a Postman v2 collection, or empty when it is one.
QString notACollection(const QJsonObject &doc)
{
    if (doc.value(QStringLiteral("info")).isObject())
        return {};
    if (doc.value(QStringLiteral("values")).isArray() ||
        doc.contains(QStringLiteral("_postman_variable_scope")))
        return tr("this is a Postman environment, not a collection; import it as an environment");
    if (doc.value(QStringLiteral("log")).isObject())
        return tr("this is a HAR archive, not a Postman collection; import it as HAR");
    if (doc.value(QStringLiteral("requests")).isArray() || doc.contains(QStringLiteral("order")))
        return tr("this is a Postman v1 collection; export it from Postman as v2.1 and import "
                  "that file");
    return tr("it has no \"info\" object, so it is not a Postman v2.0 or v2.1 collection");
}

bool supportedAuth(const QString &type)
{
    static const QStringList types{QStringLiteral("noauth"), QStringLiteral("basic"),
                                   QStringLiteral("digest"), QStringLiteral("bearer"),
                                   QStringLiteral("apikey")};
    return type.isEmpty() || types.contains(type);
}

void collectNotes(const QJsonObject &element, const QString &name, int *scripts, QStringList *notes)
{
    *scripts += int(element.value(QStringLiteral("event")).toArray().size());
    QString type = element.value(QStringLiteral("auth"))[QStringLiteral("type")].toString();
    if (type.isEmpty())
        type =
            element.value(QStringLiteral("request"))[QStringLiteral("auth")][QStringLiteral("type")]
                .toString();
    if (!supportedAuth(type))
        notes->append(tr("“%1” uses %2 auth, which Wirebench keeps for export but does not apply: "
                         "requests that use it are sent without auth.")
                          .arg(name, type));
}

void collectNotes(const QList<CollectionItem> &items, int *scripts, QStringList *notes)
{
    for (const auto &item : items) {
        collectNotes(item.original, item.name, scripts, notes);
        collectNotes(item.children, scripts, notes);
    }
}

} // namespace

QStringList PostmanCollectionReader::notes(const Collection &collection)
{
    QStringList notes;
    int scripts = 0;
    collectNotes(collection.original, collection.name, &scripts, &notes);
    collectNotes(collection.items, &scripts, &notes);
    if (scripts > 0)
        notes.prepend(tr("The collection has %n script(s) (pre-request and tests); they are kept "
                         "for export but Wirebench does not run them.",
                         nullptr, scripts));
    return notes;
}

int PostmanCollectionReader::schemaVersion(const QString &schemaUrl)
{
    if (schemaUrl.contains(QLatin1String("/collection/v2.1")))
        return 21;
    if (schemaUrl.contains(QLatin1String("/collection/v2.0")))
        return 20;
    return 0;
}

QList<Variable> PostmanCollectionReader::variablesFromJson(const QJsonValue &value)
{
    QList<Variable> variables;
    for (const auto &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        Variable v;
        v.key = o.contains(QStringLiteral("key")) ? o.value(QStringLiteral("key")).toString()
                                                  : o.value(QStringLiteral("id")).toString();
        const QJsonValue val = o.value(QStringLiteral("value"));
        v.value = val.isString()
                      ? val.toString()
                      : (val.isDouble() || val.isBool() ? val.toVariant().toString() : QString());
        v.enabled = !o.value(QStringLiteral("disabled")).toBool();
        // Postman's newer apps write type "secret", which schema v2.1.0 does not allow; the
        // export writes type "string" and "secret": true instead.
        v.secret = o.value(QStringLiteral("type")).toString() == QLatin1String("secret") ||
                   o.value(QStringLiteral("secret")).toBool();
        v.description = PostmanRequest::description(o.value(QStringLiteral("description")));
        variables.append(v);
    }
    return variables;
}

QJsonArray PostmanCollectionReader::variablesToJson(const QList<Variable> &variables)
{
    QJsonArray array;
    for (const auto &v : variables) {
        QJsonObject o{{QStringLiteral("key"), v.key},
                      {QStringLiteral("value"), v.value},
                      {QStringLiteral("type"), QStringLiteral("string")}};
        if (v.secret)
            o.insert(QStringLiteral("secret"), true);
        if (!v.enabled)
            o.insert(QStringLiteral("disabled"), true);
        if (!v.description.isEmpty())
            o.insert(QStringLiteral("description"), v.description);
        array.append(o);
    }
    return array;
}

Result<Collection> PostmanCollectionReader::read(const QByteArray &json)
{
    const auto doc = JsonSource::parse(json, what());
    if (!doc)
        return doc.error();
    return read(doc->object());
}

Result<Collection> PostmanCollectionReader::read(const QJsonObject &doc)
{
    const QString why = notACollection(doc);
    if (!why.isEmpty())
        return JsonSource::importError(what(), QStringLiteral("$"), why);
    const QJsonObject info = doc.value(QStringLiteral("info")).toObject();
    const QJsonValue schema = info.value(QStringLiteral("schema"));
    if (!schema.isString() || schemaVersion(schema.toString()) == 0)
        return JsonSource::importError(
            what(), QStringLiteral("$.info.schema"),
            tr("the schema is not Postman collection v2.0 or v2.1 (found \"%1\")")
                .arg(schema.toVariant().toString()));
    if (!info.value(QStringLiteral("name")).isString())
        return JsonSource::importError(what(), QStringLiteral("$.info.name"),
                                       tr("the collection has no name"));
    if (!doc.value(QStringLiteral("item")).isArray())
        return JsonSource::importError(what(), QStringLiteral("$.item"),
                                       tr("\"item\" must be a list"));

    Collection c;
    const QUuid id = QUuid::fromString(info.value(QStringLiteral("_postman_id")).toString());
    if (!id.isNull())
        c.id = id;
    c.name = info.value(QStringLiteral("name")).toString();
    c.description = PostmanRequest::description(info.value(QStringLiteral("description")));
    c.variables = variablesFromJson(doc.value(QStringLiteral("variable")));
    const PostmanAuth auth = PostmanAuth::fromJson(doc.value(QStringLiteral("auth")));
    c.hasAuth = !auth.inherit;
    c.auth = auth.spec;
    c.headers = PostmanRequest::headersFromJson(doc.value(QStringLiteral("header")));
    ImportIssue issue;
    if (!readItems(doc.value(QStringLiteral("item")), QStringLiteral("$.item"), 0, &c.items,
                   &issue))
        return JsonSource::importError(what(), issue.path, issue.why);
    c.original = doc;
    c.original.remove(QStringLiteral("item"));
    qCDebug(lcInterchange) << "imported collection" << c.name << c.requestCount() << "requests";
    return c;
}

} // namespace wb::interchange
