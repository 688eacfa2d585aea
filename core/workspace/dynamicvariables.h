#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wb::workspace {

// Postman's dynamic variables ({{$guid}}, {{$timestamp}}, {{$randomInt}}, ...): a fresh value
// each time one is resolved.
class DynamicVariables
{
public:
    // The value for `name` (with its leading '$'), or nullopt when it is not a dynamic variable.
    static std::optional<QString> value(const QString &name);
    static QStringList names();
};

} // namespace wb::workspace
