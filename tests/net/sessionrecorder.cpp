#include "tests/net/sessionrecorder.h"

namespace wb::test {

SessionRecorder::SessionRecorder(net::NetSession *session)
{
    connect(session, &net::NetSession::chunkAdded, this,
            [this](const net::TranscriptChunk &chunk) { transcript.append(chunk); });
    connect(session, &net::NetSession::errorOccurred, this,
            [this](const Error &error) { errors.append(error); });
    connect(session, &net::NetSession::stateChanged, this,
            [this](net::NetSession::State state) { states.append(state); });
}

QByteArray SessionRecorder::received(const QString &peer) const
{
    QByteArray out;
    for (const net::TranscriptChunk &chunk : transcript.chunks()) {
        if (chunk.direction == net::TranscriptChunk::Direction::In &&
            (peer.isEmpty() || chunk.peer == peer))
            out.append(chunk.bytes);
    }
    return out;
}

QString SessionRecorder::events() const
{
    QString out;
    for (const net::TranscriptChunk &chunk : transcript.chunks()) {
        if (chunk.direction == net::TranscriptChunk::Direction::Event)
            out += chunk.text() + QLatin1Char('\n');
    }
    return out;
}

} // namespace wb::test
