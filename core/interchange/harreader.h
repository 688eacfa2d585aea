#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"

#include <QJsonObject>

namespace wb::interchange {

// Reads an HTTP Archive (HAR 1.2, as browsers' developer tools and HarWriter write it) into
// exchanges: the request as a RequestSpec that can be sent again, and the recorded response.
// A broken archive yields an error with the JSON path (or line:column) and no exchanges.
class HarReader
{
public:
    static constexpr int maxEntries = 100000;

    static Result<QList<wb::http::Exchange>> read(const QByteArray &json);
    static Result<QList<wb::http::Exchange>> read(const QJsonObject &document);
};

} // namespace wb::interchange
