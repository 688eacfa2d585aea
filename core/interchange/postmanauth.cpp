#include "core/interchange/postmanauth.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wb::interchange {

using wb::http::AuthSpec;

namespace {

// The attributes of auth type `type`, from v2.1 [{key, value}] or v2.0 {key: value}.
QString attribute(const QJsonObject &auth, const QString &type, const QString &key)
{
    const QJsonValue params = auth.value(type);
    QJsonValue value;
    if (params.isArray()) {
        for (const auto &p : params.toArray()) {
            const QJsonObject o = p.toObject();
            if (o.value(QStringLiteral("key")).toString() == key)
                value = o.value(QStringLiteral("value"));
        }
    } else if (params.isObject()) {
        value = params.toObject().value(key);
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

QJsonObject attr(const QString &key, const QString &value)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("type"), QStringLiteral("string")}};
}

} // namespace

PostmanAuth PostmanAuth::fromJson(const QJsonValue &value)
{
    PostmanAuth auth;
    if (!value.isObject())
        return auth;
    const QJsonObject o = value.toObject();
    auth.inherit = false;
    auth.type = o.value(QStringLiteral("type")).toString();
    AuthSpec &s = auth.spec;
    if (auth.type == QLatin1String("basic") || auth.type == QLatin1String("digest")) {
        s.kind =
            auth.type == QLatin1String("basic") ? AuthSpec::Kind::Basic : AuthSpec::Kind::Digest;
        s.username = attribute(o, auth.type, QStringLiteral("username"));
        s.password = attribute(o, auth.type, QStringLiteral("password"));
    } else if (auth.type == QLatin1String("bearer")) {
        s.kind = AuthSpec::Kind::Bearer;
        s.token = attribute(o, auth.type, QStringLiteral("token"));
    } else if (auth.type == QLatin1String("apikey")) {
        s.kind = AuthSpec::Kind::ApiKey;
        s.keyName = attribute(o, auth.type, QStringLiteral("key"));
        s.keyValue = attribute(o, auth.type, QStringLiteral("value"));
        s.keyPlace = attribute(o, auth.type, QStringLiteral("in")) == QLatin1String("query")
                         ? AuthSpec::ApiKeyPlace::Query
                         : AuthSpec::ApiKeyPlace::Header;
    }
    return auth;
}

QJsonObject PostmanAuth::toJson(const AuthSpec &s)
{
    switch (s.kind) {
    case AuthSpec::Kind::None:
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("noauth")}};
    case AuthSpec::Kind::Basic:
    case AuthSpec::Kind::Digest: {
        const QString type =
            s.kind == AuthSpec::Kind::Basic ? QStringLiteral("basic") : QStringLiteral("digest");
        return QJsonObject{{QStringLiteral("type"), type},
                           {type, QJsonArray{attr(QStringLiteral("username"), s.username),
                                             attr(QStringLiteral("password"), s.password)}}};
    }
    case AuthSpec::Kind::Bearer:
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("bearer")},
            {QStringLiteral("bearer"), QJsonArray{attr(QStringLiteral("token"), s.token)}}};
    case AuthSpec::Kind::ApiKey:
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("apikey")},
            {QStringLiteral("apikey"),
             QJsonArray{attr(QStringLiteral("key"), s.keyName),
                        attr(QStringLiteral("value"), s.keyValue),
                        attr(QStringLiteral("in"), s.keyPlace == AuthSpec::ApiKeyPlace::Query
                                                       ? QStringLiteral("query")
                                                       : QStringLiteral("header"))}}};
    }
    return {};
}

QJsonObject PostmanAuth::upgradeV20(const QJsonObject &auth)
{
    QJsonObject out = auth;
    for (auto it = auth.begin(); it != auth.end(); ++it) {
        if (it.key() == QLatin1String("type") || !it.value().isObject())
            continue;
        QJsonArray attributes;
        const QJsonObject params = it.value().toObject();
        for (auto p = params.begin(); p != params.end(); ++p) {
            QString type = QStringLiteral("any");
            if (p.value().isString())
                type = QStringLiteral("string");
            else if (p.value().isBool())
                type = QStringLiteral("boolean");
            else if (p.value().isDouble())
                type = QStringLiteral("number");
            attributes.append(QJsonObject{{QStringLiteral("key"), p.key()},
                                          {QStringLiteral("value"), p.value()},
                                          {QStringLiteral("type"), type}});
        }
        out.insert(it.key(), attributes);
    }
    return out;
}

} // namespace wb::interchange
