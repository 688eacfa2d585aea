#include "ui/socket/chunkformatter.h"

#include "core/net/hexdump.h"
#include "core/net/payloadcodec.h"

#include <QLocale>

namespace wb::ui {

namespace {

using Direction = net::TranscriptChunk::Direction;
constexpr int HexBytesPerLine = 16;

bool isCut(const TranscriptModel::Entry &entry)
{
    return entry.size > entry.chunk.bytes.size();
}

int textLineCount(const QByteArray &bytes)
{
    int lines = int(bytes.count('\n'));
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++lines;
    return qMax(1, lines);
}

QString capped(QString line)
{
    if (line.size() > ChunkFormatter::MaxLineChars) {
        line.truncate(ChunkFormatter::MaxLineChars);
        line += QChar(0x2026);
    }
    return line;
}

} // namespace

QString ChunkFormatter::moreLine(qint64 hiddenBytes)
{
    return tr("… %1 more not shown here (Export keeps them)")
        .arg(QLocale().formattedDataSize(hiddenBytes));
}

QStringList ChunkFormatter::wrap(const QString &sentence, int wrapChars)
{
    wrapChars = qMax(20, wrapChars);
    QStringList out;
    QString line;
    const QStringList words = sentence.split(QLatin1Char(' '));
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > wrapChars) {
            out << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        while (line.size() > wrapChars) { // one word longer than a line
            out << line.left(wrapChars);
            line = line.mid(wrapChars);
        }
    }
    if (!line.isEmpty() || out.isEmpty())
        out << line;
    return out;
}

int ChunkFormatter::lineCount(const TranscriptModel::Entry &entry, Mode mode, int wrapChars)
{
    const QByteArray &bytes = entry.chunk.bytes;
    if (entry.chunk.direction == Direction::Event)
        return int(wrap(entry.chunk.text(), wrapChars).size());
    int lines = mode == Mode::Text
                    ? textLineCount(bytes)
                    : qMax(1, int((bytes.size() + HexBytesPerLine - 1) / HexBytesPerLine));
    const bool cut = isCut(entry) || lines > MaxBodyLines;
    return qMin(lines, MaxBodyLines) + (cut ? 1 : 0);
}

QStringList ChunkFormatter::lines(const TranscriptModel::Entry &entry, Mode mode, int wrapChars)
{
    const QByteArray &bytes = entry.chunk.bytes;
    if (entry.chunk.direction == Direction::Event)
        return wrap(entry.chunk.text(), wrapChars);
    QStringList out;
    qsizetype shown = 0;
    if (mode == Mode::Text) {
        qsizetype start = 0;
        while (start < bytes.size() && out.size() < MaxBodyLines) {
            qsizetype end = bytes.indexOf('\n', start);
            end = end < 0 ? bytes.size() : end + 1;
            out << capped(net::PayloadCodec::encodeEscapedText(bytes.mid(start, end - start)));
            start = end;
        }
        shown = start;
    } else {
        for (qsizetype offset = 0; offset < bytes.size() && out.size() < MaxBodyLines;
             offset += HexBytesPerLine) {
            const QByteArray row = bytes.mid(offset, HexBytesPerLine);
            if (mode == Mode::Hex)
                out << net::PayloadCodec::encodeHex(row);
            else
                out << QString::fromLatin1(net::HexDump::format(row, offset)).trimmed();
            shown = offset + row.size();
        }
    }
    if (out.isEmpty())
        out << QString();
    if (shown < entry.size)
        out << moreLine(entry.size - shown);
    return out;
}

bool ChunkFormatter::matches(const TranscriptModel::Entry &entry, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    const net::TranscriptChunk &chunk = entry.chunk;
    if (chunk.peer.contains(filter, Qt::CaseInsensitive))
        return true;
    if (chunk.direction == Direction::Event)
        return chunk.text().contains(filter, Qt::CaseInsensitive);
    if (QLatin1String(chunk.bytes).contains(filter, Qt::CaseInsensitive))
        return true;
    // "de ad" finds those bytes too.
    const Result<QByteArray> needle = net::PayloadCodec::decodeHex(filter);
    return needle && !needle.value().isEmpty() && chunk.bytes.contains(needle.value());
}

QString ChunkFormatter::timeText(const net::TranscriptChunk &chunk)
{
    return chunk.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString ChunkFormatter::directionMark(const net::TranscriptChunk &chunk)
{
    switch (chunk.direction) {
    case Direction::Out:
        return QStringLiteral("»");
    case Direction::In:
        return QStringLiteral("«");
    case Direction::Event:
        return chunk.isError ? QStringLiteral("!") : QStringLiteral("•");
    }
    return {};
}

QString ChunkFormatter::sizeText(qint64 size)
{
    if (size < 10000)
        return tr("%1 B").arg(size);
    return QLocale().formattedDataSize(size, 1);
}

} // namespace wb::ui
