#include "core/workspace/variable.h"

namespace wb::workspace {

QJsonObject Variable::toJson() const
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("secret"), secret},
                       {QStringLiteral("description"), description}};
}

Variable Variable::fromJson(const QJsonObject &json)
{
    Variable v;
    v.key = json.value(QStringLiteral("key")).toString();
    v.value = json.value(QStringLiteral("value")).toString();
    v.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    v.secret = json.value(QStringLiteral("secret")).toBool(false);
    v.description = json.value(QStringLiteral("description")).toString();
    return v;
}

const Variable *findVariable(const QList<Variable> &variables, const QString &key)
{
    for (auto it = variables.crbegin(); it != variables.crend(); ++it) {
        if (it->enabled && it->key == key)
            return &*it;
    }
    return nullptr;
}

} // namespace wb::workspace
