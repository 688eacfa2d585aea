#pragma once

#include "ui/socket/transcriptmodel.h"

#include <QCoreApplication>
#include <QStringList>

namespace wb::ui {

// How the transcript view writes one chunk as lines of text, in each of its three views.
class ChunkFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ChunkFormatter)

public:
    enum class Mode { Text, Hex, Combined };
    static constexpr int MaxBodyLines = 24;
    static constexpr int MaxLineChars = 400;

    // The payload lines of an entry (the sentence for an event), with a closing line that says
    // how much more there is when the entry is cut.
    // An event's sentence is wrapped at word boundaries to `wrapChars` characters.
    static QStringList lines(const TranscriptModel::Entry &entry, Mode mode, int wrapChars = 100);
    // The number of lines lines() returns, counted without building them (for payloads).
    static int lineCount(const TranscriptModel::Entry &entry, Mode mode, int wrapChars = 100);
    // Whether the entry matches a filter text (peer, sentence, payload as text or as hex).
    static bool matches(const TranscriptModel::Entry &entry, const QString &filter);

    static QString timeText(const net::TranscriptChunk &chunk);
    // "»" sent, "«" received, "•" event, "!" error.
    static QString directionMark(const net::TranscriptChunk &chunk);
    static QString sizeText(qint64 size);

private:
    static QString moreLine(qint64 hiddenBytes);
    static QStringList wrap(const QString &sentence, int wrapChars);
};

} // namespace wb::ui
