#pragma once

#include "core/http/exchange.h"

#include <QJsonObject>
#include <QList>

namespace wb::interchange {

// Writes exchanges as an HTTP Archive (HAR 1.2, http://www.softwareishard.com/blog/har-12-spec/).
// Every hop of a redirect chain is one entry, in order. Headers come from the exact bytes that
// were sent and received; bodies that are not valid UTF-8 are written base64-encoded.
class HarWriter
{
public:
    static QJsonObject toHar(const QList<wb::http::ExchangeChain> &chains);
    // One HAR entry for one exchange.
    static QJsonObject entry(const wb::http::Exchange &exchange);
    // Largest body copied into the archive; longer bodies are cut and the entry says so.
    static constexpr qint64 maxBodyBytes = 64 * 1024 * 1024;
};

} // namespace wb::interchange
