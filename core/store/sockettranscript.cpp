#include "core/store/sockettranscript.h"

#include "core/net/transcript.h"

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

SocketSession SocketSession::fromTranscript(const net::Transcript &transcript,
                                            const QString &protocol, const QString &target)
{
    SocketSession session;
    session.protocol = protocol;
    session.target = target;
    for (const net::TranscriptChunk &chunk : transcript.chunks()) {
        SessionChunk stored;
        stored.timestamp = chunk.timestamp;
        switch (chunk.direction) {
        case net::TranscriptChunk::Direction::In:
            stored.direction = SessionChunk::Direction::In;
            break;
        case net::TranscriptChunk::Direction::Out:
            stored.direction = SessionChunk::Direction::Out;
            break;
        case net::TranscriptChunk::Direction::Event:
            stored.direction = SessionChunk::Direction::Event;
            break;
        }
        stored.peer = chunk.peer;
        stored.bytes = chunk.bytes;
        stored.isError = chunk.isError;
        if (chunk.isError)
            session.error = chunk.text();
        session.chunks.append(stored);
    }
    if (!session.chunks.isEmpty()) {
        session.startedAt = session.chunks.first().timestamp;
        session.endedAt = session.chunks.last().timestamp;
    }
    return session;
}

} // namespace wb::store
