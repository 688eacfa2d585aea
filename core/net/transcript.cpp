#include "core/net/transcript.h"

#include "core/net/payloadcodec.h"

namespace wb::net {

namespace {

TranscriptChunk makeChunk(TranscriptChunk::Direction direction, QByteArray bytes, QString peer)
{
    TranscriptChunk chunk;
    chunk.timestamp = QDateTime::currentDateTimeUtc();
    chunk.direction = direction;
    chunk.peer = std::move(peer);
    chunk.bytes = std::move(bytes);
    return chunk;
}

} // namespace

TranscriptChunk TranscriptChunk::incoming(QByteArray bytes, QString peer)
{
    return makeChunk(Direction::In, std::move(bytes), std::move(peer));
}

TranscriptChunk TranscriptChunk::outgoing(QByteArray bytes, QString peer)
{
    return makeChunk(Direction::Out, std::move(bytes), std::move(peer));
}

TranscriptChunk TranscriptChunk::event(const QString &sentence, QString peer, bool isError)
{
    TranscriptChunk chunk = makeChunk(Direction::Event, sentence.toUtf8(), std::move(peer));
    chunk.isError = isError;
    return chunk;
}

QString TranscriptChunk::text() const
{
    return QString::fromUtf8(bytes);
}

QString TranscriptChunk::directionName(Direction direction)
{
    switch (direction) {
    case Direction::In:
        return QStringLiteral("in");
    case Direction::Out:
        return QStringLiteral("out");
    case Direction::Event:
        return QStringLiteral("event");
    }
    return {};
}

void Transcript::append(const TranscriptChunk &chunk)
{
    if (chunk.direction == TranscriptChunk::Direction::In)
        m_bytesIn += chunk.bytes.size();
    else if (chunk.direction == TranscriptChunk::Direction::Out)
        m_bytesOut += chunk.bytes.size();
    m_chunks.append(chunk);
}

void Transcript::clear()
{
    m_chunks.clear();
    m_bytesIn = 0;
    m_bytesOut = 0;
}

QString Transcript::toText() const
{
    QString out;
    for (const TranscriptChunk &chunk : m_chunks)
        out += formatLine(chunk);
    return out;
}

QString Transcript::formatLine(const TranscriptChunk &chunk, qint64 size)
{
    QString out = chunk.timestamp.toString(Qt::ISODateWithMs);
    out += QLatin1Char(' ');
    switch (chunk.direction) {
    case TranscriptChunk::Direction::In:
        out += QStringLiteral("<< ");
        break;
    case TranscriptChunk::Direction::Out:
        out += QStringLiteral(">> ");
        break;
    case TranscriptChunk::Direction::Event:
        out += chunk.isError ? QStringLiteral("!! ") : QStringLiteral("-- ");
        break;
    }
    if (!chunk.peer.isEmpty())
        out += chunk.peer + QStringLiteral(" ");
    if (chunk.direction == TranscriptChunk::Direction::Event) {
        out += chunk.text();
    } else {
        const qint64 full = qMax<qint64>(size, chunk.bytes.size());
        out += QStringLiteral("(%1 bytes) ").arg(full);
        out += PayloadCodec::encodeEscapedText(chunk.bytes);
        if (full > chunk.bytes.size())
            out += QStringLiteral(" [only the first %1 bytes were kept]").arg(chunk.bytes.size());
    }
    out += QLatin1Char('\n');
    return out;
}

} // namespace wb::net
