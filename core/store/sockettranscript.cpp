#include "core/store/sockettranscript.h"

namespace wb::store {

qint64 SocketSession::bytesIn() const
{
    qint64 total = 0;
    for (const auto &chunk : chunks) {
        if (chunk.direction == SessionChunk::Direction::In)
            total += chunk.bytes.size();
    }
    return total;
}

qint64 SocketSession::bytesOut() const
{
    qint64 total = 0;
    for (const auto &chunk : chunks) {
        if (chunk.direction == SessionChunk::Direction::Out)
            total += chunk.bytes.size();
    }
    return total;
}

} // namespace wb::store
