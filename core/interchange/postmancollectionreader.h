#pragma once

#include "core/common/result.h"
#include "core/interchange/postmanrequest.h"
#include "core/workspace/collection.h"

#include <QJsonObject>

namespace wb::interchange {

// Imports Postman collections v2.0 and v2.1. Each element keeps its original JSON so that an
// export writes back everything Wirebench does not use. A broken document yields an error that
// says where (line:column or JSON path) and why, and no collection.
class PostmanCollectionReader
{
public:
    static constexpr int maxDepth = 64; // folder nesting

    static Result<wb::workspace::Collection> read(const QByteArray &json);
    static Result<wb::workspace::Collection> read(const QJsonObject &document);

    // What an imported collection uses that Wirebench keeps for export but does not apply
    // (scripts, auth types it does not implement), one sentence each, for the user to see.
    static QStringList notes(const wb::workspace::Collection &collection);

    // 20 or 21 for a collection's info.schema, 0 when it is not a v2 collection schema.
    static int schemaVersion(const QString &schemaUrl);

    static QList<wb::workspace::Variable> variablesFromJson(const QJsonValue &value);
    static QJsonArray variablesToJson(const QList<wb::workspace::Variable> &variables);
};

} // namespace wb::interchange
