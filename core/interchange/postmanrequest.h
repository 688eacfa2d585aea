#pragma once

#include "core/http/requestspec.h"
#include "core/interchange/postmanauth.h"

#include <QJsonValue>

namespace wb::interchange {

// Where an element of an imported document is wrong ("$.item[2].request.url") and why.
struct ImportIssue
{
    QString path;
    QString why;
};

// The fields of a Postman "request" element that Wirebench models.
struct PostmanRequestFields
{
    wb::http::RequestSpec spec; // method, url, headers, body (auth is in `auth`)
    PostmanAuth auth;
    QString description;
};

// Converts the request element of a Postman v2.0/v2.1 item. Writing starts from the element as
// it was imported and replaces only the fields whose meaning changed, so that everything
// Wirebench does not use (proxy, certificate, unknown keys, the exact form of a URL) survives.
class PostmanRequest
{
public:
    static bool read(const QJsonValue &value, const QString &path, PostmanRequestFields *out,
                     ImportIssue *issue);
    static QJsonValue write(const PostmanRequestFields &fields, const QJsonValue &original,
                            bool upgradeAuth);

    static QString description(const QJsonValue &value); // string or {content}
    static QString urlFromJson(const QJsonValue &value);
    static QJsonObject urlToJson(const QString &url);
    static QList<wb::http::HeaderField> headersFromJson(const QJsonValue &value);
    static QJsonArray headersToJson(const QList<wb::http::HeaderField> &headers);
    static wb::http::RequestBody bodyFromJson(const QJsonValue &value);
    static QJsonValue bodyToJson(const wb::http::RequestBody &body);
};

} // namespace wb::interchange
