#include "core/interchange/postmancollectionwriter.h"

#include "core/interchange/postmancollectionreader.h"
#include "core/interchange/postmanrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wb::interchange {

using wb::workspace::Collection;
using wb::workspace::CollectionItem;
using wb::workspace::Variable;

namespace {

struct Context
{
    bool upgrade = false; // the source was v2.0: convert auth to v2.1 attribute lists
    bool includeSecrets = false;
};

void putIfChanged(QJsonObject &out, const QString &key, bool changed, const QJsonValue &value)
{
    if (!changed && out.contains(key))
        return;
    if (!changed && value.isUndefined())
        return;
    if (value.isUndefined())
        out.remove(key);
    else
        out.insert(key, value);
}

QList<Variable> exported(QList<Variable> variables, const Context &ctx)
{
    if (!ctx.includeSecrets) {
        for (auto &v : variables) {
            if (v.secret)
                v.value.clear();
        }
    }
    return variables;
}

void putVariables(QJsonObject &out, const QList<Variable> &variables, const Context &ctx)
{
    const QList<Variable> vars = exported(variables, ctx);
    const bool changed =
        PostmanCollectionReader::variablesFromJson(out.value(QStringLiteral("variable"))) != vars;
    putIfChanged(out, QStringLiteral("variable"), changed,
                 vars.isEmpty() ? QJsonValue::Undefined
                                : QJsonValue(PostmanCollectionReader::variablesToJson(vars)));
}

void putAuth(QJsonObject &out, bool inherit, const wb::http::AuthSpec &spec, const Context &ctx)
{
    const PostmanAuth before = PostmanAuth::fromJson(out.value(QStringLiteral("auth")));
    PostmanAuth now;
    now.inherit = inherit;
    now.spec = inherit ? wb::http::AuthSpec{} : spec;
    if (before == now && before.inherit == now.inherit) {
        if (ctx.upgrade && out.value(QStringLiteral("auth")).isObject())
            out.insert(QStringLiteral("auth"),
                       PostmanAuth::upgradeV20(out.value(QStringLiteral("auth")).toObject()));
        return;
    }
    if (inherit)
        out.remove(QStringLiteral("auth"));
    else
        out.insert(QStringLiteral("auth"), PostmanAuth::toJson(spec));
}

void putHeaders(QJsonObject &out, const QList<wb::http::HeaderField> &headers)
{
    const bool changed =
        PostmanRequest::headersFromJson(out.value(QStringLiteral("header"))) != headers;
    putIfChanged(out, QStringLiteral("header"), changed,
                 headers.isEmpty() ? QJsonValue::Undefined
                                   : QJsonValue(PostmanRequest::headersToJson(headers)));
}

void putDescription(QJsonObject &out, const QString &description)
{
    const bool changed =
        PostmanRequest::description(out.value(QStringLiteral("description"))) != description;
    putIfChanged(out, QStringLiteral("description"), changed,
                 description.isEmpty() ? QJsonValue::Undefined : QJsonValue(description));
}

QJsonArray writeItems(const QList<CollectionItem> &items, const Context &ctx);

QJsonObject writeItem(const CollectionItem &item, const Context &ctx)
{
    QJsonObject out = item.original;
    const bool fresh = out.isEmpty();
    if (fresh || out.value(QStringLiteral("name")).toString() != item.name)
        out.insert(QStringLiteral("name"), item.name);
    if (fresh)
        out.insert(QStringLiteral("id"), item.id.toString(QUuid::WithoutBraces));
    putVariables(out, item.variables, ctx);
    if (item.isFolder()) {
        putDescription(out, item.description);
        putAuth(out, item.inheritAuth, item.auth, ctx);
        putHeaders(out, item.headers);
        out.insert(QStringLiteral("item"), writeItems(item.children, ctx));
        return out;
    }
    // The description lives on the request unless the source kept it on the item.
    const QJsonValue originalRequest = out.value(QStringLiteral("request"));
    const QString itemDescription =
        PostmanRequest::description(out.value(QStringLiteral("description")));
    const bool onItem =
        !itemDescription.isEmpty() &&
        PostmanRequest::description(originalRequest.toObject().value(QStringLiteral("description")))
            .isEmpty();
    PostmanRequestFields fields;
    fields.spec = item.request;
    fields.auth.inherit = item.inheritAuth;
    fields.auth.spec = item.inheritAuth ? wb::http::AuthSpec{} : item.request.auth;
    if (onItem)
        putDescription(out, item.description);
    else
        fields.description = item.description;
    out.insert(QStringLiteral("request"),
               PostmanRequest::write(fields, originalRequest, ctx.upgrade));
    return out;
}

QJsonArray writeItems(const QList<CollectionItem> &items, const Context &ctx)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(writeItem(item, ctx));
    return array;
}

} // namespace

const QString &PostmanCollectionWriter::schemaUrl()
{
    static const QString url =
        QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    return url;
}

QJsonObject PostmanCollectionWriter::write(const Collection &c, bool includeSecrets)
{
    QJsonObject out = c.original;
    QJsonObject info = out.value(QStringLiteral("info")).toObject();
    Context ctx;
    ctx.includeSecrets = includeSecrets;
    const int version =
        PostmanCollectionReader::schemaVersion(info.value(QStringLiteral("schema")).toString());
    ctx.upgrade = version == 20;
    if (version != 21)
        info.insert(QStringLiteral("schema"), schemaUrl());
    if (info.value(QStringLiteral("name")).toString() != c.name ||
        !info.contains(QStringLiteral("name")))
        info.insert(QStringLiteral("name"), c.name);
    if (c.original.isEmpty())
        info.insert(QStringLiteral("_postman_id"), c.id.toString(QUuid::WithoutBraces));
    putDescription(info, c.description);
    out.insert(QStringLiteral("info"), info);
    putVariables(out, c.variables, ctx);
    putAuth(out, !c.hasAuth, c.auth, ctx);
    putHeaders(out, c.headers);
    out.insert(QStringLiteral("item"), writeItems(c.items, ctx));
    return out;
}

QByteArray PostmanCollectionWriter::toJson(const Collection &c, bool includeSecrets)
{
    return QJsonDocument(write(c, includeSecrets)).toJson(QJsonDocument::Indented);
}

} // namespace wb::interchange
