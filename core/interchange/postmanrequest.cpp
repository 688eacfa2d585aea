#include "core/interchange/postmanrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb::interchange {

using wb::http::FormField;
using wb::http::HeaderField;
using wb::http::RequestBody;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::interchange", text);
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return {};
}

const char *const languages[][2] = {
    {"json", "application/json"}, {"xml", "application/xml"},
    {"html", "text/html"},        {"javascript", "application/javascript"},
    {"text", "text/plain"},
};

QString fileSource(const QJsonValue &src)
{
    if (src.isArray())
        return text(src.toArray().first());
    return text(src);
}

QList<FormField> fieldsFromJson(const QJsonValue &value, bool multipart)
{
    QList<FormField> fields;
    for (const auto &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        FormField f;
        f.name = text(o.value(QStringLiteral("key")));
        f.enabled = !o.value(QStringLiteral("disabled")).toBool();
        f.contentType = text(o.value(QStringLiteral("contentType")));
        if (multipart && o.value(QStringLiteral("type")).toString() == QLatin1String("file")) {
            f.isFile = true;
            f.value = fileSource(o.value(QStringLiteral("src")));
        } else {
            f.value = text(o.value(QStringLiteral("value")));
        }
        fields.append(f);
    }
    return fields;
}

QJsonArray fieldsToJson(const QList<FormField> &fields, bool multipart)
{
    QJsonArray array;
    for (const auto &f : fields) {
        QJsonObject o{{QStringLiteral("key"), f.name}};
        if (f.isFile && multipart) {
            o.insert(QStringLiteral("type"), QStringLiteral("file"));
            o.insert(QStringLiteral("src"), f.value);
        } else {
            o.insert(QStringLiteral("value"), f.value);
            o.insert(QStringLiteral("type"), QStringLiteral("text"));
        }
        if (!f.contentType.isEmpty())
            o.insert(QStringLiteral("contentType"), f.contentType);
        if (!f.enabled)
            o.insert(QStringLiteral("disabled"), true);
        array.append(o);
    }
    return array;
}

} // namespace

QString PostmanRequest::description(const QJsonValue &value)
{
    if (value.isObject())
        return text(value.toObject().value(QStringLiteral("content")));
    return text(value);
}

QString PostmanRequest::urlFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return text(value);
    const QJsonObject u = value.toObject();
    if (u.contains(QStringLiteral("raw")))
        return text(u.value(QStringLiteral("raw")));
    // Assemble the URL from its parts, as Postman does when "raw" is missing.
    QString url;
    const QString protocol = text(u.value(QStringLiteral("protocol")));
    if (!protocol.isEmpty())
        url += protocol + QStringLiteral("://");
    const QJsonValue host = u.value(QStringLiteral("host"));
    if (host.isArray()) {
        QStringList parts;
        for (const auto &p : host.toArray())
            parts << text(p);
        url += parts.join(QLatin1Char('.'));
    } else {
        url += text(host);
    }
    const QString port = text(u.value(QStringLiteral("port")));
    if (!port.isEmpty())
        url += QLatin1Char(':') + port;
    const QJsonValue path = u.value(QStringLiteral("path"));
    if (path.isArray()) {
        for (const auto &p : path.toArray())
            url += QLatin1Char('/') +
                   (p.isObject() ? text(p.toObject().value(QStringLiteral("value"))) : text(p));
    } else if (path.isString() && !path.toString().isEmpty()) {
        url += (path.toString().startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) +
               path.toString();
    }
    QStringList query;
    for (const auto &q : u.value(QStringLiteral("query")).toArray()) {
        const QJsonObject o = q.toObject();
        if (o.value(QStringLiteral("disabled")).toBool())
            continue;
        const QJsonValue v = o.value(QStringLiteral("value"));
        query << text(o.value(QStringLiteral("key"))) +
                     (v.isNull() || v.isUndefined() ? QString() : QLatin1Char('=') + text(v));
    }
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    const QString hash = text(u.value(QStringLiteral("hash")));
    if (!hash.isEmpty())
        url += QLatin1Char('#') + hash;
    return url;
}

QJsonObject PostmanRequest::urlToJson(const QString &url)
{
    QJsonObject u{{QStringLiteral("raw"), url}};
    QString rest = url;
    const qsizetype hashAt = rest.indexOf(QLatin1Char('#'));
    if (hashAt >= 0) {
        u.insert(QStringLiteral("hash"), rest.mid(hashAt + 1));
        rest.truncate(hashAt);
    }
    const qsizetype queryAt = rest.indexOf(QLatin1Char('?'));
    if (queryAt >= 0) {
        QJsonArray query;
        for (const QString &pair : rest.mid(queryAt + 1).split(QLatin1Char('&'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            query.append(QJsonObject{
                {QStringLiteral("key"), eq < 0 ? pair : pair.left(eq)},
                {QStringLiteral("value"), eq < 0 ? QJsonValue() : QJsonValue(pair.mid(eq + 1))}});
        }
        u.insert(QStringLiteral("query"), query);
        rest.truncate(queryAt);
    }
    const qsizetype scheme = rest.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        u.insert(QStringLiteral("protocol"), rest.left(scheme));
        rest = rest.mid(scheme + 3);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? rest : rest.left(slash);
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && !authority.endsWith(QLatin1Char(']')) &&
        !authority.mid(colon + 1).contains(QLatin1Char('}'))) {
        u.insert(QStringLiteral("port"), authority.mid(colon + 1));
        authority.truncate(colon);
    }
    QJsonArray host;
    if (!authority.isEmpty()) {
        for (const QString &part : authority.split(QLatin1Char('.')))
            host.append(part);
    }
    u.insert(QStringLiteral("host"), host);
    QJsonArray path;
    if (slash >= 0) {
        for (const QString &part : rest.mid(slash + 1).split(QLatin1Char('/')))
            path.append(part);
    }
    u.insert(QStringLiteral("path"), path);
    return u;
}

QList<HeaderField> PostmanRequest::headersFromJson(const QJsonValue &value)
{
    QList<HeaderField> headers;
    if (value.isString()) {
        // v2.0 allows "Name: value\nName: value".
        for (const QString &line : value.toString().split(QLatin1Char('\n'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (line.trimmed().isEmpty())
                continue;
            headers.append({colon < 0 ? line.trimmed() : line.left(colon).trimmed(),
                            colon < 0 ? QString() : line.mid(colon + 1).trimmed()});
        }
        return headers;
    }
    for (const auto &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        headers.append({text(o.value(QStringLiteral("key"))),
                        text(o.value(QStringLiteral("value"))),
                        !o.value(QStringLiteral("disabled")).toBool()});
    }
    return headers;
}

QJsonArray PostmanRequest::headersToJson(const QList<HeaderField> &headers)
{
    QJsonArray array;
    for (const auto &h : headers) {
        QJsonObject o{{QStringLiteral("key"), h.name}, {QStringLiteral("value"), h.value}};
        if (!h.enabled)
            o.insert(QStringLiteral("disabled"), true);
        array.append(o);
    }
    return array;
}

RequestBody PostmanRequest::bodyFromJson(const QJsonValue &value)
{
    RequestBody body;
    const QJsonObject o = value.toObject();
    if (o.value(QStringLiteral("disabled")).toBool())
        return body;
    const QString mode = o.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("raw")) {
        body.kind = RequestBody::Kind::Raw;
        body.raw = text(o.value(QStringLiteral("raw"))).toUtf8();
        const QString language = o.value(QStringLiteral("options"))
                                     .toObject()
                                     .value(QStringLiteral("raw"))
                                     .toObject()
                                     .value(QStringLiteral("language"))
                                     .toString();
        for (const auto &l : languages) {
            if (language == QLatin1String(l[0]))
                body.contentType = QLatin1String(l[1]);
        }
    } else if (mode == QLatin1String("urlencoded")) {
        body.kind = RequestBody::Kind::UrlEncoded;
        body.fields = fieldsFromJson(o.value(QStringLiteral("urlencoded")), false);
    } else if (mode == QLatin1String("formdata")) {
        body.kind = RequestBody::Kind::Multipart;
        body.fields = fieldsFromJson(o.value(QStringLiteral("formdata")), true);
    } else if (mode == QLatin1String("file")) {
        body.kind = RequestBody::Kind::File;
        body.filePath =
            fileSource(o.value(QStringLiteral("file")).toObject().value(QStringLiteral("src")));
    } else if (mode == QLatin1String("graphql")) {
        const QJsonObject g = o.value(QStringLiteral("graphql")).toObject();
        QJsonObject payload{{QStringLiteral("query"), text(g.value(QStringLiteral("query")))}};
        const QJsonValue vars = g.value(QStringLiteral("variables"));
        if (vars.isString() && !vars.toString().trimmed().isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(vars.toString().toUtf8());
            payload.insert(QStringLiteral("variables"),
                           doc.isObject() ? QJsonValue(doc.object()) : vars);
        } else if (vars.isObject()) {
            payload.insert(QStringLiteral("variables"), vars);
        }
        body.kind = RequestBody::Kind::Raw;
        body.raw = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        body.contentType = QStringLiteral("application/json");
    }
    return body;
}

QJsonValue PostmanRequest::bodyToJson(const RequestBody &body)
{
    switch (body.kind) {
    case RequestBody::Kind::None:
        return QJsonValue::Undefined;
    case RequestBody::Kind::Raw: {
        QJsonObject o{{QStringLiteral("mode"), QStringLiteral("raw")},
                      {QStringLiteral("raw"), QString::fromUtf8(body.raw)}};
        for (const auto &l : languages) {
            if (body.contentType == QLatin1String(l[1]))
                o.insert(
                    QStringLiteral("options"),
                    QJsonObject{{QStringLiteral("raw"),
                                 QJsonObject{{QStringLiteral("language"), QLatin1String(l[0])}}}});
        }
        return o;
    }
    case RequestBody::Kind::File:
        return QJsonObject{
            {QStringLiteral("mode"), QStringLiteral("file")},
            {QStringLiteral("file"), QJsonObject{{QStringLiteral("src"), body.filePath}}}};
    case RequestBody::Kind::UrlEncoded:
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("urlencoded")},
                           {QStringLiteral("urlencoded"), fieldsToJson(body.fields, false)}};
    case RequestBody::Kind::Multipart:
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("formdata")},
                           {QStringLiteral("formdata"), fieldsToJson(body.fields, true)}};
    }
    return QJsonValue::Undefined;
}

bool PostmanRequest::read(const QJsonValue &value, const QString &path, PostmanRequestFields *out,
                          ImportIssue *issue)
{
    *out = {};
    if (value.isString()) {
        out->spec.url = value.toString();
        return true;
    }
    if (!value.isObject()) {
        *issue = {path, tr("a request must be a URL string or an object")};
        return false;
    }
    const QJsonObject r = value.toObject();
    const QJsonValue method = r.value(QStringLiteral("method"));
    if (!method.isUndefined() && !method.isNull() && !method.isString()) {
        *issue = {path + QStringLiteral(".method"), tr("the method must be a string")};
        return false;
    }
    const QJsonValue url = r.value(QStringLiteral("url"));
    if (!url.isUndefined() && !url.isNull() && !url.isString() && !url.isObject()) {
        *issue = {path + QStringLiteral(".url"), tr("the URL must be a string or an object")};
        return false;
    }
    const QJsonValue header = r.value(QStringLiteral("header"));
    if (!header.isUndefined() && !header.isNull() && !header.isArray() && !header.isString()) {
        *issue = {path + QStringLiteral(".header"), tr("the headers must be a list")};
        return false;
    }
    const QJsonValue body = r.value(QStringLiteral("body"));
    if (!body.isUndefined() && !body.isNull() && !body.isObject()) {
        *issue = {path + QStringLiteral(".body"), tr("the body must be an object")};
        return false;
    }
    const QJsonValue auth = r.value(QStringLiteral("auth"));
    if (!auth.isUndefined() && !auth.isNull() && !auth.isObject()) {
        *issue = {path + QStringLiteral(".auth"), tr("the auth must be an object")};
        return false;
    }
    out->spec.method = method.isString() ? method.toString() : QStringLiteral("GET");
    out->spec.url = urlFromJson(url);
    out->spec.headers = headersFromJson(header);
    out->spec.body = bodyFromJson(body);
    out->auth = PostmanAuth::fromJson(auth);
    out->description = description(r.value(QStringLiteral("description")));
    return true;
}

QJsonValue PostmanRequest::write(const PostmanRequestFields &fields, const QJsonValue &original,
                                 bool upgradeAuth)
{
    PostmanRequestFields before;
    ImportIssue ignored;
    const bool hadOriginal = read(original, QString(), &before, &ignored);
    QJsonObject r = original.isObject() ? original.toObject() : QJsonObject();
    const auto &spec = fields.spec;
    // A URL-only request stays a string while nothing else is set.
    if (original.isString() && hadOriginal && before.spec == spec && before.auth == fields.auth &&
        fields.description.isEmpty())
        return original;
    if (!hadOriginal || !original.isObject() || before.spec.method != spec.method)
        r.insert(QStringLiteral("method"), spec.method);
    if (!hadOriginal || !original.isObject() || before.spec.url != spec.url)
        r.insert(QStringLiteral("url"), urlToJson(spec.url));
    if (!hadOriginal || before.spec.headers != spec.headers)
        r.insert(QStringLiteral("header"), headersToJson(spec.headers));
    if (!hadOriginal || before.spec.body != spec.body) {
        const QJsonValue body = bodyToJson(spec.body);
        if (body.isUndefined())
            r.remove(QStringLiteral("body"));
        else
            r.insert(QStringLiteral("body"), body);
    }
    if (!hadOriginal || !(before.auth == fields.auth)) {
        if (fields.auth.inherit)
            r.remove(QStringLiteral("auth"));
        else
            r.insert(QStringLiteral("auth"), PostmanAuth::toJson(fields.auth.spec));
    } else if (upgradeAuth && r.value(QStringLiteral("auth")).isObject()) {
        r.insert(QStringLiteral("auth"),
                 PostmanAuth::upgradeV20(r.value(QStringLiteral("auth")).toObject()));
    }
    if (!hadOriginal || before.description != fields.description) {
        if (fields.description.isEmpty())
            r.remove(QStringLiteral("description"));
        else
            r.insert(QStringLiteral("description"), fields.description);
    }
    return r;
}

} // namespace wb::interchange
