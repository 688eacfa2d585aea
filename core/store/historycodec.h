#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/store/sockettranscript.h"

#include <QByteArray>

namespace wb::store {

// The compact binary form of what a history row keeps besides its bodies: every field of an
// exchange chain (bodies are stored separately, only their sizes are here), or a socket session's
// chunk list (the chunk bytes are stored separately, concatenated). Versioned, and decoding checks
// every count and length, since a workspace file can be damaged.
class HistoryCodec
{
public:
    static QByteArray encodeChain(const http::ExchangeChain &chain);
    static Result<http::ExchangeChain> decodeChain(const QByteArray &data);

    // `payload` receives the chunk bytes concatenated in order.
    static QByteArray encodeSession(const SocketSession &session, QByteArray *payload);
    static Result<SocketSession> decodeSession(const QByteArray &data, const QByteArray &payload);
};

} // namespace wb::store
