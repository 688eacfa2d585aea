#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wb::workspace {

// A named value in a scope (globals, collection, folder, environment, data row, local).
struct Variable
{
    QString key;
    QString value;
    bool enabled = true;
    bool secret = false; // masked in the UI; left out of exports unless the user opts in
    QString description;

    friend bool operator==(const Variable &, const Variable &) = default;

    QJsonObject toJson() const;
    static Variable fromJson(const QJsonObject &json);
};

// The enabled value of `key` in `variables` (the last definition wins), or nullptr.
const Variable *findVariable(const QList<Variable> &variables, const QString &key);

} // namespace wb::workspace
