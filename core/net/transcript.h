#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wb::net {

// One piece of a raw socket conversation: bytes that came in or went out, or an event (connected,
// closed, an error) written as a sentence. A plain copyable value: it crosses threads and signals
// and is what the workspace store keeps.
struct TranscriptChunk
{
    enum class Direction { In, Out, Event };

    QDateTime timestamp; // UTC
    Direction direction = Direction::Event;
    QString peer;     // "host:port" ("[v6]:port"), empty when there is only one peer
    QByteArray bytes; // the payload for In/Out; the sentence as UTF-8 for Event
    bool isError = false;

    static TranscriptChunk incoming(QByteArray bytes, QString peer = {});
    static TranscriptChunk outgoing(QByteArray bytes, QString peer = {});
    static TranscriptChunk event(const QString &sentence, QString peer = {}, bool isError = false);

    // The sentence of an Event chunk.
    QString text() const;
    static QString directionName(Direction direction);
    bool operator==(const TranscriptChunk &other) const = default;
};

// A whole conversation in order, with running totals. Plain value type; nothing in it refers to a
// socket.
class Transcript
{
public:
    void append(const TranscriptChunk &chunk);
    void clear();

    const QList<TranscriptChunk> &chunks() const { return m_chunks; }
    qsizetype size() const { return m_chunks.size(); }
    bool isEmpty() const { return m_chunks.isEmpty(); }
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }

    // A readable export: one line per chunk, payload bytes escaped (\r \n \xNN).
    QString toText() const;
    // One line of toText(), with its line feed. `size` is the chunk's full size when `chunk`
    // holds only the start of its payload (the line says so); -1 when it holds all of it.
    static QString formatLine(const TranscriptChunk &chunk, qint64 size = -1);
    bool operator==(const Transcript &other) const = default;

private:
    QList<TranscriptChunk> m_chunks;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace wb::net

Q_DECLARE_METATYPE(wb::net::TranscriptChunk)
Q_DECLARE_METATYPE(wb::net::Transcript)
