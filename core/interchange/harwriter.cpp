#include "core/interchange/harwriter.h"

#include "core/common/version.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

namespace wb::interchange {

using wb::http::BodyData;
using wb::http::Exchange;
using wb::http::ExchangeChain;
using wb::http::WireHeader;

namespace {

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

// HAR readers (browsers' devtools, Charles, Fiddler) expect HTTP/2 spelled "HTTP/2.0".
bool isHttp2(const Exchange &ex)
{
    const QByteArray v = ex.httpVersion.toLower();
    return v == "h2" || v == "h2c" || v == "http/2" || v == "http/2.0";
}

const QString http2Version = QStringLiteral("HTTP/2.0");

// The request line's version and the header fields of a request head as sent.
struct ParsedHead
{
    QString version;
    QList<WireHeader> headers;
};

ParsedHead parseRequestHead(const QByteArray &head)
{
    ParsedHead parsed;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            const qsizetype space = line.lastIndexOf(' ');
            if (space > 0)
                parsed.version = latin(line.mid(space + 1));
            continue;
        }
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        parsed.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return parsed;
}

QJsonArray headersJson(const QList<WireHeader> &headers)
{
    QJsonArray array;
    for (const auto &h : headers)
        array.append(QJsonObject{{QStringLiteral("name"), latin(h.name)},
                                 {QStringLiteral("value"), latin(h.value)}});
    return array;
}

qint64 headersSize(const QList<WireHeader> &headers)
{
    qint64 size = 0;
    for (const auto &h : headers)
        size += h.name.size() + 2 + h.value.size() + 2;
    return size;
}

QJsonArray cookiesJson(const QList<WireHeader> &headers, bool response)
{
    QJsonArray array;
    for (const auto &h : headers) {
        if (!response && h.name.compare("cookie", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &pair : h.value.split(';')) {
                const QByteArray p = pair.trimmed();
                if (p.isEmpty())
                    continue;
                const qsizetype eq = p.indexOf('=');
                array.append(QJsonObject{
                    {QStringLiteral("name"), latin(p.left(eq))},
                    {QStringLiteral("value"), eq < 0 ? QString() : latin(p.mid(eq + 1))}});
            }
        } else if (response && h.name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
            const QByteArray first = h.value.split(';').value(0).trimmed();
            const qsizetype eq = first.indexOf('=');
            QJsonObject cookie{
                {QStringLiteral("name"), latin(first.left(eq))},
                {QStringLiteral("value"), eq < 0 ? QString() : latin(first.mid(eq + 1))}};
            const QList<QByteArray> attributes = h.value.split(';');
            for (qsizetype i = 1; i < attributes.size(); ++i) {
                const QByteArray a = attributes.at(i).trimmed();
                const qsizetype aeq = a.indexOf('=');
                const QByteArray key = (aeq < 0 ? a : a.left(aeq)).toLower();
                const QString value = aeq < 0 ? QString() : latin(a.mid(aeq + 1));
                if (key == "path")
                    cookie.insert(QStringLiteral("path"), value);
                else if (key == "domain")
                    cookie.insert(QStringLiteral("domain"), value);
                else if (key == "expires")
                    cookie.insert(QStringLiteral("expires"), value);
                else if (key == "httponly")
                    cookie.insert(QStringLiteral("httpOnly"), true);
                else if (key == "secure")
                    cookie.insert(QStringLiteral("secure"), true);
            }
            array.append(cookie);
        }
    }
    return array;
}

// The body as HAR text: UTF-8 when it decodes cleanly, otherwise base64.
void putBodyText(QJsonObject &object, const BodyData &body, bool allowEncoding)
{
    const QByteArray bytes = body.isFile() ? body.head(HarWriter::maxBodyBytes)
                                           : body.bytes.left(HarWriter::maxBodyBytes);
    if (bytes.isEmpty())
        return;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError() && !text.contains(QChar(0))) {
        object.insert(QStringLiteral("text"), text);
    } else if (allowEncoding) {
        object.insert(QStringLiteral("text"), QString::fromLatin1(bytes.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    } else {
        object.insert(QStringLiteral("text"), QString::fromLatin1(bytes.toBase64()));
        object.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
    }
    if (body.size > HarWriter::maxBodyBytes)
        object.insert(QStringLiteral("_truncated"), true);
}

double ms(qint64 us)
{
    return us < 0 ? -1.0 : double(us) / 1000.0;
}

QJsonObject requestJson(const Exchange &ex)
{
    ParsedHead head = parseRequestHead(ex.requestHead);
    if (ex.requestHead.isEmpty()) {
        for (const auto &h : ex.spec.headers) {
            if (h.enabled)
                head.headers.append({h.name.toUtf8(), h.value.toUtf8()});
        }
    }
    const QString url = ex.url.isEmpty() ? ex.spec.url : ex.url;
    QString method = latin(ex.method);
    if (method.isEmpty())
        method = ex.spec.method;
    QString version = head.version;
    if (isHttp2(ex))
        version = http2Version;
    else if (version.isEmpty())
        version = ex.httpVersion.isEmpty() ? QStringLiteral("HTTP/1.1") : latin(ex.httpVersion);

    QJsonArray query;
    const QUrlQuery urlQuery(QUrl(url).query(QUrl::FullyEncoded));
    for (const auto &item : urlQuery.queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{QStringLiteral("name"), item.first},
                                 {QStringLiteral("value"), item.second}});

    QJsonObject request{
        {QStringLiteral("method"), method},
        {QStringLiteral("url"), url},
        {QStringLiteral("httpVersion"), version},
        {QStringLiteral("cookies"), cookiesJson(head.headers, false)},
        {QStringLiteral("headers"), headersJson(head.headers)},
        {QStringLiteral("queryString"), query},
        {QStringLiteral("headersSize"),
         ex.requestHead.isEmpty() ? -1 : double(ex.requestHead.size())},
        {QStringLiteral("bodySize"), double(ex.requestBody.size)},
    };
    if (ex.requestBody.size > 0) {
        QString mime;
        for (const auto &h : head.headers) {
            if (h.name.compare("content-type", Qt::CaseInsensitive) == 0)
                mime = latin(h.value);
        }
        QJsonObject post{{QStringLiteral("mimeType"), mime}};
        putBodyText(post, ex.requestBody, false);
        if (mime.startsWith(QLatin1String("application/x-www-form-urlencoded"))) {
            QJsonArray params;
            const QUrlQuery form(QString::fromUtf8(ex.requestBody.head(HarWriter::maxBodyBytes)));
            for (const auto &item : form.queryItems(QUrl::FullyDecoded))
                params.append(QJsonObject{{QStringLiteral("name"), item.first},
                                          {QStringLiteral("value"), item.second}});
            post.insert(QStringLiteral("params"), params);
        }
        request.insert(QStringLiteral("postData"), post);
    }
    return request;
}

QJsonObject responseJson(const Exchange &ex)
{
    const auto &r = ex.response;
    QString version = latin(r.version);
    if (isHttp2(ex))
        version = http2Version;
    else if (version.isEmpty())
        version = latin(ex.httpVersion);
    const qint64 wireBody = ex.responseWire.size > 0 ? ex.responseWire.size : -1;
    const qint64 headSize = r.status > 0 ? qint64(r.version.size() + 1 + 3 + 1 + r.reason.size() +
                                                  2 + headersSize(r.headers) + 2)
                                         : -1;
    QJsonObject content{
        {QStringLiteral("size"), double(ex.responseBody.size)},
        {QStringLiteral("mimeType"), latin(r.header("content-type"))},
    };
    const qint64 compression = ex.responseBody.size - (wireBody - headSize);
    if (wireBody >= 0 && headSize >= 0 && compression > 0)
        content.insert(QStringLiteral("compression"), double(compression));
    putBodyText(content, ex.responseBody, true);
    QJsonObject response{
        {QStringLiteral("status"), r.status},
        {QStringLiteral("statusText"), latin(r.reason)},
        {QStringLiteral("httpVersion"), version},
        {QStringLiteral("cookies"), cookiesJson(r.headers, true)},
        {QStringLiteral("headers"), headersJson(r.headers)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), latin(r.header("location"))},
        {QStringLiteral("headersSize"), double(headSize)},
        {QStringLiteral("bodySize"),
         wireBody >= 0 && headSize >= 0 ? double(wireBody - headSize) : -1.0},
    };
    if (ex.error.isError())
        response.insert(QStringLiteral("_error"), ex.error.message);
    return response;
}

} // namespace

QJsonObject HarWriter::entry(const Exchange &ex)
{
    const auto &t = ex.timings;
    // HAR counts TLS inside connect; ssl is reported separately as well.
    qint64 connectUs = t.connectUs;
    if (t.tlsUs >= 0)
        connectUs = (connectUs < 0 ? 0 : connectUs) + t.tlsUs;
    QJsonObject timings{
        {QStringLiteral("blocked"), ms(t.queuedUs)},
        {QStringLiteral("dns"), ms(t.dnsUs)},
        {QStringLiteral("connect"), ms(connectUs)},
        {QStringLiteral("ssl"), ms(t.tlsUs)},
        {QStringLiteral("send"), qMax(0.0, ms(t.sendUs))},
        {QStringLiteral("wait"), qMax(0.0, ms(t.waitUs))},
        {QStringLiteral("receive"), qMax(0.0, ms(t.downloadUs))},
    };
    double total = ms(t.totalUs);
    if (total < 0) {
        total = 0;
        for (const char *key : {"blocked", "dns", "connect", "send", "wait", "receive"})
            total += qMax(0.0, timings.value(QLatin1String(key)).toDouble());
    }
    QDateTime started = t.startedAt.isValid() ? t.startedAt : QDateTime::fromMSecsSinceEpoch(0);
    QJsonObject entry{
        {QStringLiteral("startedDateTime"), started.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), total},
        {QStringLiteral("request"), requestJson(ex)},
        {QStringLiteral("response"), responseJson(ex)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timings},
    };
    if (!ex.remoteAddress.isEmpty())
        entry.insert(QStringLiteral("serverIPAddress"), ex.remoteAddress);
    if (ex.localPort != 0)
        entry.insert(QStringLiteral("connection"), QString::number(ex.localPort));
    return entry;
}

QJsonObject HarWriter::toHar(const QList<ExchangeChain> &chains)
{
    QJsonArray entries;
    for (const auto &chain : chains) {
        for (const auto &hop : chain.hops)
            entries.append(entry(hop));
    }
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("name"), QString::fromLatin1(wb::applicationName)},
                     {QStringLiteral("version"), QString::fromLatin1(wb::applicationVersion)}}},
        {QStringLiteral("pages"), QJsonArray()},
        {QStringLiteral("entries"), entries},
    };
    return QJsonObject{{QStringLiteral("log"), log}};
}

} // namespace wb::interchange
