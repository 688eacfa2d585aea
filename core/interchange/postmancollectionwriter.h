#pragma once

#include "core/workspace/collection.h"

#include <QJsonObject>

namespace wb::interchange {

// Exports a collection as Postman v2.1. Every element starts from the JSON it was imported from
// (scripts, examples, unknown auth types, protocolProfileBehavior and unknown keys stay as they
// were) and only the fields whose meaning changed are written anew. Secret variable values are
// left empty unless `includeSecrets`.
class PostmanCollectionWriter
{
public:
    static QJsonObject write(const wb::workspace::Collection &collection,
                             bool includeSecrets = false);
    static QByteArray toJson(const wb::workspace::Collection &collection,
                             bool includeSecrets = false);
    static const QString &schemaUrl();
};

} // namespace wb::interchange
