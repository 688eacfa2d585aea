#include "core/interchange/harreader.h"

#include "core/interchange/jsonsource.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wb::interchange {

using wb::http::Exchange;
using wb::http::RequestBody;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::interchange", text);
}

// "HTTP/2.0" (the HAR spelling; Chrome writes "h2", others "http/2.0") as an exchange records
// it: "HTTP/2". Any other version is kept as written.
QByteArray httpVersion(const QByteArray &har)
{
    const QByteArray v = har.toLower();
    if (v == "http/2.0" || v == "http/2" || v == "h2" || v == "h2c")
        return "HTTP/2";
    return har;
}

QString what()
{
    return tr("HAR archive");
}

// A HAR time in milliseconds as microseconds; -1 (not known) for a negative, missing or absurd one
// (beyond what microseconds in a qint64 can hold).
qint64 us(const QJsonValue &ms)
{
    const double value = ms.isDouble() ? ms.toDouble() * 1000.0 : -1;
    return value >= 0 && value < 9.0e18 ? qint64(value) : -1;
}

// Headers of a HAR message; HTTP/2 pseudo-headers (":authority") are not headers to send.
bool readHeaders(const QJsonValue &value, const QString &path, QList<wb::http::WireHeader> *headers,
                 QString *where)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *where = path;
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject h = array.at(i).toObject();
        if (!h.value(QStringLiteral("name")).isString()) {
            *where = QStringLiteral("%1[%2].name").arg(path).arg(i);
            return false;
        }
        headers->append({h.value(QStringLiteral("name")).toString().toUtf8(),
                         h.value(QStringLiteral("value")).toString().toUtf8()});
    }
    return true;
}

} // namespace

Result<QList<Exchange>> HarReader::read(const QByteArray &json)
{
    const auto doc = JsonSource::parse(json, what());
    if (!doc)
        return doc.error();
    return read(doc->object());
}

Result<QList<Exchange>> HarReader::read(const QJsonObject &doc)
{
    const QJsonObject log = doc.value(QStringLiteral("log")).toObject();
    if (log.isEmpty())
        return JsonSource::importError(what(), QStringLiteral("$.log"),
                                       tr("a HAR archive has a \"log\" object"));
    const QJsonValue entriesValue = log.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return JsonSource::importError(what(), QStringLiteral("$.log.entries"),
                                       tr("\"entries\" must be a list"));
    const QJsonArray entries = entriesValue.toArray();
    if (entries.size() > maxEntries)
        return JsonSource::importError(what(), QStringLiteral("$.log.entries"),
                                       tr("the archive has more than %1 entries").arg(maxEntries));
    QList<Exchange> exchanges;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("$.log.entries[%1]").arg(i);
        const QJsonObject e = entries.at(i).toObject();
        const QJsonObject req = e.value(QStringLiteral("request")).toObject();
        if (req.isEmpty())
            return JsonSource::importError(what(), path + QStringLiteral(".request"),
                                           tr("an entry needs a request object"));
        if (!req.value(QStringLiteral("method")).isString() ||
            !req.value(QStringLiteral("url")).isString())
            return JsonSource::importError(what(), path + QStringLiteral(".request"),
                                           tr("a request needs a method and a URL"));
        Exchange ex;
        ex.method = req.value(QStringLiteral("method")).toString().toUtf8();
        ex.url = req.value(QStringLiteral("url")).toString();
        ex.spec.method = QString::fromUtf8(ex.method);
        ex.spec.url = ex.url;
        QList<wb::http::WireHeader> requestHeaders;
        QString where;
        if (!readHeaders(req.value(QStringLiteral("headers")),
                         path + QStringLiteral(".request.headers"), &requestHeaders, &where))
            return JsonSource::importError(what(), where,
                                           tr("headers must be a list of {name, value}"));
        for (const auto &h : requestHeaders) {
            if (!h.name.startsWith(':'))
                ex.spec.headers.append({QString::fromUtf8(h.name), QString::fromUtf8(h.value)});
        }
        const QJsonObject post = req.value(QStringLiteral("postData")).toObject();
        if (!post.isEmpty()) {
            ex.spec.body.contentType = post.value(QStringLiteral("mimeType")).toString();
            const QJsonValue text = post.value(QStringLiteral("text"));
            if (text.isString()) {
                ex.spec.body.kind = RequestBody::Kind::Raw;
                ex.spec.body.raw =
                    post.value(QStringLiteral("_encoding")).toString() == QLatin1String("base64")
                        ? QByteArray::fromBase64(text.toString().toLatin1())
                        : text.toString().toUtf8();
            } else if (post.value(QStringLiteral("params")).isArray()) {
                const bool multipart =
                    ex.spec.body.contentType.startsWith(QLatin1String("multipart/"));
                ex.spec.body.kind =
                    multipart ? RequestBody::Kind::Multipart : RequestBody::Kind::UrlEncoded;
                for (const auto &p : post.value(QStringLiteral("params")).toArray()) {
                    const QJsonObject o = p.toObject();
                    wb::http::FormField f;
                    f.name = o.value(QStringLiteral("name")).toString();
                    f.value = o.value(QStringLiteral("value")).toString();
                    f.fileName = o.value(QStringLiteral("fileName")).toString();
                    f.contentType = o.value(QStringLiteral("contentType")).toString();
                    f.isFile = multipart && !f.fileName.isEmpty();
                    if (f.isFile)
                        f.value = f.fileName;
                    ex.spec.body.fields.append(f);
                }
            }
            ex.requestBody.bytes = ex.spec.body.raw;
            ex.requestBody.size = ex.spec.body.raw.size();
        }

        const QJsonObject resp = e.value(QStringLiteral("response")).toObject();
        ex.response.status = resp.value(QStringLiteral("status")).toInt();
        ex.response.reason = resp.value(QStringLiteral("statusText")).toString().toUtf8();
        ex.response.version =
            httpVersion(resp.value(QStringLiteral("httpVersion")).toString().toUtf8());
        ex.httpVersion = ex.response.version;
        if (!readHeaders(resp.value(QStringLiteral("headers")),
                         path + QStringLiteral(".response.headers"), &ex.response.headers, &where))
            return JsonSource::importError(what(), where,
                                           tr("headers must be a list of {name, value}"));
        const QJsonObject content = resp.value(QStringLiteral("content")).toObject();
        const QString text = content.value(QStringLiteral("text")).toString();
        ex.responseBody.bytes =
            content.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")
                ? QByteArray::fromBase64(text.toLatin1())
                : text.toUtf8();
        ex.responseBody.size = ex.responseBody.bytes.size();

        ex.timings.startedAt = QDateTime::fromString(
            e.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs);
        const QJsonObject t = e.value(QStringLiteral("timings")).toObject();
        ex.timings.queuedUs = us(t.value(QStringLiteral("blocked")));
        ex.timings.dnsUs = us(t.value(QStringLiteral("dns")));
        ex.timings.tlsUs = us(t.value(QStringLiteral("ssl")));
        ex.timings.connectUs = us(t.value(QStringLiteral("connect")));
        if (ex.timings.connectUs >= 0 && ex.timings.tlsUs >= 0) // HAR counts TLS inside connect
            ex.timings.connectUs = qMax<qint64>(0, ex.timings.connectUs - ex.timings.tlsUs);
        ex.timings.sendUs = us(t.value(QStringLiteral("send")));
        ex.timings.waitUs = us(t.value(QStringLiteral("wait")));
        ex.timings.downloadUs = us(t.value(QStringLiteral("receive")));
        ex.timings.totalUs = us(e.value(QStringLiteral("time")));
        ex.remoteAddress = e.value(QStringLiteral("serverIPAddress")).toString();
        exchanges.append(std::move(ex));
    }
    return exchanges;
}

} // namespace wb::interchange
