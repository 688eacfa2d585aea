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

    // Records and small bodies are stored as zstd frames (level 1). unpack() also reads
    // qCompress's format, and checks the announced size against `limit` before allocating (a
    // damaged row must not make us allocate gigabytes). Empty when the data does not fit or
    // does not decompress to exactly the announced size.
    static QByteArray pack(const QByteArray &data);
    static QByteArray unpack(const QByteArray &data, qint64 limit = maxRecordSize);
    static constexpr qint64 maxRecordSize = 64 * 1024 * 1024;
};

} // namespace wb::store
