#pragma once

#include "core/workspace/variable.h"

#include <QJsonObject>
#include <QUuid>

namespace wb::workspace {

// A named set of variables the user switches between (local, staging, production), or the globals.
struct Environment
{
    QUuid id = QUuid::createUuid();
    QString name;
    QList<Variable> variables;
    QJsonObject original; // the imported file, so that export keeps what Wirebench does not use
};

} // namespace wb::workspace
