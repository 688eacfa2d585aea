#pragma once

#include "core/common/result.h"

#include <QJsonDocument>

namespace wb::interchange {

// Parses a JSON document; a syntax error names its line and column.
class JsonSource
{
public:
    static Result<QJsonDocument> parse(const QByteArray &bytes, const QString &what);
    // 1-based line and column of a byte offset.
    static QString lineColumn(const QByteArray &bytes, qsizetype offset);
    // The standard error of an importer: what failed, where and why; nothing was changed.
    static Error importError(const QString &what, const QString &where, const QString &why);
};

} // namespace wb::interchange
