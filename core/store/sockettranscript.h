#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wb::net {
class Transcript;
}

namespace wb::store {

// One piece of a stored socket conversation: bytes in or out, or an event sentence.
// Mirrors wb::net::TranscriptChunk so that the socket console can hand its transcript over as is.
struct SessionChunk
{
    enum class Direction { In = 0, Out = 1, Event = 2 };

    QDateTime timestamp; // UTC
    Direction direction = Direction::Event;
    QString peer;     // "host:port", empty when there is only one peer
    QByteArray bytes; // payload for In/Out, the sentence as UTF-8 for Event
    bool isError = false;

    friend bool operator==(const SessionChunk &, const SessionChunk &) = default;
};

// A whole raw socket session as the history keeps it.
struct SocketSession
{
    QString protocol; // "tcp", "udp", "tls", "ws"
    QString target;   // what the user connected to or listened on, e.g. "127.0.0.1:7000"
    QDateTime startedAt;
    QDateTime endedAt;
    QList<SessionChunk> chunks;
    QString error; // empty when the session ended normally

    qint64 bytesIn() const;
    qint64 bytesOut() const;

    // A socket console's transcript as a history session: times from its first and last chunk,
    // `error` from the last error event.
    static SocketSession fromTranscript(const net::Transcript &transcript, const QString &protocol,
                                        const QString &target);
    friend bool operator==(const SocketSession &, const SocketSession &) = default;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::SocketSession)
