#pragma once

#include "core/http/exchange.h"

#include <QJsonObject>
#include <QTextStream>

namespace wb::cli {

// How `send` shows an exchange: -v wire and timing lines, and the JSON form for scripts.
class SendOutput
{
public:
    // Request and response heads as sent and received, TLS details and phase timings.
    static void printVerbose(QTextStream &err, const http::Exchange &exchange);
    static QJsonObject toJson(const http::ExchangeChain &chain);
    // The response head bytes exactly as received (status line and headers).
    static QByteArray responseHeadBytes(const http::Exchange &exchange);
    // Copies a body (memory or file) to `out` in pieces.
    static bool writeBody(FILE *out, const http::BodyData &body);
};

} // namespace wb::cli
