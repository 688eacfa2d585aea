#include "core/interchange/postmanenvironment.h"

#include "core/interchange/jsonsource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace wb::interchange {

using wb::workspace::Environment;
using wb::workspace::Variable;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::interchange", text);
}

QString what()
{
    return tr("Postman environment");
}

Variable variableFromJson(const QJsonObject &o)
{
    Variable v;
    v.key = o.value(QStringLiteral("key")).toString();
    const QJsonValue value = o.value(QStringLiteral("value"));
    v.value = value.isString()
                  ? value.toString()
                  : (value.isDouble() || value.isBool() ? value.toVariant().toString() : QString());
    v.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    v.secret = o.value(QStringLiteral("type")).toString() == QLatin1String("secret");
    v.description = o.value(QStringLiteral("description")).toString();
    return v;
}

} // namespace

Result<Environment> PostmanEnvironment::read(const QByteArray &json)
{
    const auto doc = JsonSource::parse(json, what());
    if (!doc)
        return doc.error();
    return read(doc->object());
}

Result<Environment> PostmanEnvironment::read(const QJsonObject &doc)
{
    if (doc.value(QStringLiteral("info")).isObject() && doc.contains(QStringLiteral("item")))
        return JsonSource::importError(
            what(), QStringLiteral("$"),
            tr("this is a Postman collection, not an environment; import it as a collection"));
    const QJsonValue values = doc.value(QStringLiteral("values"));
    if (!values.isArray())
        return JsonSource::importError(what(), QStringLiteral("$.values"),
                                       tr("an environment needs a \"values\" list"));
    const QJsonValue name = doc.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString())
        return JsonSource::importError(what(), QStringLiteral("$.name"),
                                       tr("the name must be a string"));
    Environment env;
    const QUuid id = QUuid::fromString(doc.value(QStringLiteral("id")).toString());
    if (!id.isNull())
        env.id = id;
    env.name = name.toString();
    const QJsonArray array = values.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject() || !array.at(i)[QStringLiteral("key")].isString())
            return JsonSource::importError(
                what(), QStringLiteral("$.values[%1]").arg(i),
                tr("each value must be an object with a \"key\" string"));
        env.variables.append(variableFromJson(array.at(i).toObject()));
    }
    env.original = doc;
    return env;
}

QJsonObject PostmanEnvironment::write(const Environment &env, bool includeSecrets)
{
    QJsonObject out = env.original;
    const QJsonArray before = out.value(QStringLiteral("values")).toArray();
    if (out.isEmpty()) {
        out.insert(QStringLiteral("id"), env.id.toString(QUuid::WithoutBraces));
        out.insert(QStringLiteral("_postman_variable_scope"), QStringLiteral("environment"));
    }
    out.insert(QStringLiteral("name"), env.name);
    QJsonArray values;
    for (qsizetype i = 0; i < env.variables.size(); ++i) {
        Variable v = env.variables.at(i);
        if (v.secret && !includeSecrets)
            v.value.clear();
        // An unchanged value keeps its original object (and any key Wirebench does not use).
        if (i < before.size() && variableFromJson(before.at(i).toObject()) == v) {
            values.append(before.at(i));
            continue;
        }
        QJsonObject o = i < before.size() && before.at(i)[QStringLiteral("key")] == v.key
                            ? before.at(i).toObject()
                            : QJsonObject();
        o.insert(QStringLiteral("key"), v.key);
        o.insert(QStringLiteral("value"), v.value);
        o.insert(QStringLiteral("type"),
                 v.secret ? QStringLiteral("secret") : QStringLiteral("default"));
        o.insert(QStringLiteral("enabled"), v.enabled);
        if (!v.description.isEmpty())
            o.insert(QStringLiteral("description"), v.description);
        values.append(o);
    }
    out.insert(QStringLiteral("values"), values);
    return out;
}

QByteArray PostmanEnvironment::toJson(const Environment &env, bool includeSecrets)
{
    return QJsonDocument(write(env, includeSecrets)).toJson(QJsonDocument::Indented);
}

} // namespace wb::interchange
