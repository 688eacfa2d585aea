#pragma once

#include "core/common/result.h"
#include "core/workspace/environment.h"

#include <QJsonObject>

namespace wb::interchange {

// Postman environment and globals files ({"name", "values": [{key, value, type, enabled}]}).
// Export starts from the imported file, so unknown keys are kept; secret values are left empty
// unless `includeSecrets`.
class PostmanEnvironment
{
public:
    static Result<wb::workspace::Environment> read(const QByteArray &json);
    static Result<wb::workspace::Environment> read(const QJsonObject &document);
    static QJsonObject write(const wb::workspace::Environment &environment,
                             bool includeSecrets = false);
    static QByteArray toJson(const wb::workspace::Environment &environment,
                             bool includeSecrets = false);
};

} // namespace wb::interchange
