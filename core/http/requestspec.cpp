#include "core/http/requestspec.h"

#include <QJsonArray>

namespace wb::http {

namespace {

template <typename Enum> struct EnumNames
{
    Enum value;
    const char *name;
};

constexpr EnumNames<RequestBody::Kind> bodyKinds[] = {
    {RequestBody::Kind::None, "none"},           {RequestBody::Kind::Raw, "raw"},
    {RequestBody::Kind::File, "file"},           {RequestBody::Kind::UrlEncoded, "urlencoded"},
    {RequestBody::Kind::Multipart, "multipart"},
};
constexpr EnumNames<AuthSpec::Kind> authKinds[] = {
    {AuthSpec::Kind::None, "none"},     {AuthSpec::Kind::Basic, "basic"},
    {AuthSpec::Kind::Bearer, "bearer"}, {AuthSpec::Kind::ApiKey, "apikey"},
    {AuthSpec::Kind::Digest, "digest"},
};
constexpr EnumNames<HttpProtocol> protocols[] = {
    {HttpProtocol::Auto, "auto"},
    {HttpProtocol::Http1, "http1.1"},
    {HttpProtocol::Http2, "http2"},
    {HttpProtocol::Http2PriorKnowledge, "http2-prior-knowledge"},
};

template <typename Enum, size_t N> QString enumName(const EnumNames<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return QString::fromLatin1(table[0].name);
}

template <typename Enum, size_t N>
Enum enumValue(const EnumNames<Enum> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return table[0].value;
}

QJsonArray headersToJson(const QList<HeaderField> &headers)
{
    QJsonArray array;
    for (const auto &h : headers)
        array.append(QJsonObject{{QStringLiteral("name"), h.name},
                                 {QStringLiteral("value"), h.value},
                                 {QStringLiteral("enabled"), h.enabled}});
    return array;
}

QList<HeaderField> headersFromJson(const QJsonArray &array)
{
    QList<HeaderField> headers;
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        headers.append({o.value(QStringLiteral("name")).toString(),
                        o.value(QStringLiteral("value")).toString(),
                        o.value(QStringLiteral("enabled")).toBool(true)});
    }
    return headers;
}

QJsonArray fieldsToJson(const QList<FormField> &fields)
{
    QJsonArray array;
    for (const auto &f : fields)
        array.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("value"), f.value},
                                 {QStringLiteral("isFile"), f.isFile},
                                 {QStringLiteral("fileName"), f.fileName},
                                 {QStringLiteral("contentType"), f.contentType},
                                 {QStringLiteral("enabled"), f.enabled}});
    return array;
}

QList<FormField> fieldsFromJson(const QJsonArray &array)
{
    QList<FormField> fields;
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        fields.append({o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("value")).toString(),
                       o.value(QStringLiteral("isFile")).toBool(),
                       o.value(QStringLiteral("fileName")).toString(),
                       o.value(QStringLiteral("contentType")).toString(),
                       o.value(QStringLiteral("enabled")).toBool(true)});
    }
    return fields;
}

} // namespace

QString httpProtocolName(HttpProtocol protocol)
{
    return enumName(protocols, protocol);
}

HttpProtocol httpProtocolFromName(const QString &name)
{
    return enumValue(protocols, name);
}

QJsonObject RequestSpec::toJson() const
{
    const QJsonObject bodyJson{
        {QStringLiteral("kind"), enumName(bodyKinds, body.kind)},
        {QStringLiteral("raw"), QString::fromLatin1(body.raw.toBase64())},
        {QStringLiteral("contentType"), body.contentType},
        {QStringLiteral("filePath"), body.filePath},
        {QStringLiteral("fields"), fieldsToJson(body.fields)},
    };
    const QJsonObject authJson{
        {QStringLiteral("kind"), enumName(authKinds, auth.kind)},
        {QStringLiteral("username"), auth.username},
        {QStringLiteral("password"), auth.password},
        {QStringLiteral("token"), auth.token},
        {QStringLiteral("keyName"), auth.keyName},
        {QStringLiteral("keyValue"), auth.keyValue},
        {QStringLiteral("keyPlace"), auth.keyPlace == AuthSpec::ApiKeyPlace::Query
                                         ? QStringLiteral("query")
                                         : QStringLiteral("header")},
    };
    const QJsonObject optionsJson{
        {QStringLiteral("followRedirects"), options.followRedirects},
        {QStringLiteral("maxRedirects"), options.maxRedirects},
        {QStringLiteral("verifyTls"), options.verifyTls},
        {QStringLiteral("caFile"), options.caFile},
        {QStringLiteral("clientCertificateFile"), options.clientCertificateFile},
        {QStringLiteral("clientKeyFile"), options.clientKeyFile},
        {QStringLiteral("clientKeyPassword"), options.clientKeyPassword},
        {QStringLiteral("connectTimeoutMs"), options.connectTimeoutMs},
        {QStringLiteral("totalTimeoutMs"), options.totalTimeoutMs},
        {QStringLiteral("idleTimeoutMs"), options.idleTimeoutMs},
        {QStringLiteral("proxy"), options.proxy},
        {QStringLiteral("decodeContent"), options.decodeContent},
        {QStringLiteral("strict"), options.strict},
        {QStringLiteral("maxDecodedBytes"), double(options.maxDecodedBytes)},
        {QStringLiteral("protocol"), httpProtocolName(options.protocol)},
    };
    return QJsonObject{
        {QStringLiteral("method"), method},
        {QStringLiteral("url"), url},
        {QStringLiteral("headers"), headersToJson(headers)},
        {QStringLiteral("body"), bodyJson},
        {QStringLiteral("auth"), authJson},
        {QStringLiteral("options"), optionsJson},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
    };
}

RequestSpec RequestSpec::fromJson(const QJsonObject &json)
{
    RequestSpec spec;
    spec.method = json.value(QStringLiteral("method")).toString(QStringLiteral("GET"));
    spec.url = json.value(QStringLiteral("url")).toString();
    spec.headers = headersFromJson(json.value(QStringLiteral("headers")).toArray());
    spec.name = json.value(QStringLiteral("name")).toString();
    spec.description = json.value(QStringLiteral("description")).toString();

    const QJsonObject b = json.value(QStringLiteral("body")).toObject();
    spec.body.kind = enumValue(bodyKinds, b.value(QStringLiteral("kind")).toString());
    spec.body.raw = QByteArray::fromBase64(b.value(QStringLiteral("raw")).toString().toLatin1());
    spec.body.contentType = b.value(QStringLiteral("contentType")).toString();
    spec.body.filePath = b.value(QStringLiteral("filePath")).toString();
    spec.body.fields = fieldsFromJson(b.value(QStringLiteral("fields")).toArray());

    const QJsonObject a = json.value(QStringLiteral("auth")).toObject();
    spec.auth.kind = enumValue(authKinds, a.value(QStringLiteral("kind")).toString());
    spec.auth.username = a.value(QStringLiteral("username")).toString();
    spec.auth.password = a.value(QStringLiteral("password")).toString();
    spec.auth.token = a.value(QStringLiteral("token")).toString();
    spec.auth.keyName = a.value(QStringLiteral("keyName")).toString();
    spec.auth.keyValue = a.value(QStringLiteral("keyValue")).toString();
    spec.auth.keyPlace = a.value(QStringLiteral("keyPlace")).toString() == QLatin1String("query")
                             ? AuthSpec::ApiKeyPlace::Query
                             : AuthSpec::ApiKeyPlace::Header;

    const QJsonObject o = json.value(QStringLiteral("options")).toObject();
    const RequestOptions d;
    spec.options.followRedirects =
        o.value(QStringLiteral("followRedirects")).toBool(d.followRedirects);
    spec.options.maxRedirects = o.value(QStringLiteral("maxRedirects")).toInt(d.maxRedirects);
    spec.options.verifyTls = o.value(QStringLiteral("verifyTls")).toBool(d.verifyTls);
    spec.options.caFile = o.value(QStringLiteral("caFile")).toString();
    spec.options.clientCertificateFile =
        o.value(QStringLiteral("clientCertificateFile")).toString();
    spec.options.clientKeyFile = o.value(QStringLiteral("clientKeyFile")).toString();
    spec.options.clientKeyPassword = o.value(QStringLiteral("clientKeyPassword")).toString();
    spec.options.connectTimeoutMs =
        o.value(QStringLiteral("connectTimeoutMs")).toInt(d.connectTimeoutMs);
    spec.options.totalTimeoutMs = o.value(QStringLiteral("totalTimeoutMs")).toInt(d.totalTimeoutMs);
    spec.options.idleTimeoutMs = o.value(QStringLiteral("idleTimeoutMs")).toInt(d.idleTimeoutMs);
    spec.options.proxy = o.value(QStringLiteral("proxy")).toString();
    spec.options.decodeContent = o.value(QStringLiteral("decodeContent")).toBool(d.decodeContent);
    spec.options.strict = o.value(QStringLiteral("strict")).toBool(d.strict);
    spec.options.maxDecodedBytes = o.value(QStringLiteral("maxDecodedBytes")).toInteger();
    spec.options.protocol = httpProtocolFromName(o.value(QStringLiteral("protocol")).toString());
    return spec;
}

} // namespace wb::http
