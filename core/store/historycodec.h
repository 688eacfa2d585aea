#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"
#include "core/store/sockettranscript.h"

#include <QByteArray>

namespace wb::store {

// The compact binary form of what a history row keeps besides its bodies: every field of an
// exchange chain (bodies are stored separately, only their sizes are here), or a socket session's
// chunk list (the chunk bytes are stored separately, concatenated). Versioned (chains written
// before HTTP/2 frames were kept still read, without frames), and decoding checks every count and
// length, since a workspace file can be damaged.
class HistoryCodec
{
public:
    static QByteArray encodeChain(const http::ExchangeChain &chain);
    static Result<http::ExchangeChain> decodeChain(const QByteArray &data);

    // `payload` receives the chunk bytes concatenated in order.
    static QByteArray encodeSession(const SocketSession &session, QByteArray *payload);
    static Result<SocketSession> decodeSession(const QByteArray &data, const QByteArray &payload);

    // What a history row's detail column holds (before compression): the chain or session record
    // and the small bodies, by slot (hop * 3 + 0 request, 1 response wire, 2 decoded response;
    // 0 for a session's transcript). Larger bodies are content-addressed files instead.
    struct Record
    {
        QByteArray meta;
        QList<QPair<int, QByteArray>> bodies;
    };
    static QByteArray encodeRecord(const Record &record);
    // Also accepts a bare chain or session record (the layout of schema version 1).
    static Result<Record> decodeRecord(const QByteArray &data);

    // Records and small bodies are stored as zstd frames (level 1). unpack() also reads
    // qCompress's format, and checks the announced size against `limit` before allocating (a
    // damaged row must not make us allocate gigabytes). Empty when the data does not fit or
    // does not decompress to exactly the announced size.
    static QByteArray pack(const QByteArray &data);
    static QByteArray unpack(const QByteArray &data, qint64 limit = maxRecordSize);
    static constexpr qint64 maxRecordSize = 64 * 1024 * 1024;

    // What encodeChain keeps of a hop's HTTP/2 frames (a 1 GiB download makes ~65,000 DATA
    // frames): at most this many, every frame but DATA first, with a warning on the hop that
    // says so; and frame bytes past the budget keep only their 9-byte header.
    static constexpr qsizetype maxStoredFrames = 20000;
    static constexpr qint64 maxStoredFrameBytes = 16 * 1024 * 1024;
};

} // namespace wb::store
