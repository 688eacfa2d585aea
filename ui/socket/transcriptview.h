#pragma once

#include "ui/socket/chunkformatter.h"
#include "ui/socket/transcriptmodel.h"

#include <QAbstractScrollArea>
#include <QPointer>

#include <deque>

namespace wb::ui {

// The socket console's transcript: one block per chunk (time, direction, peer, size, then the
// payload as text, hex or a classic dump), events and errors as sentences. It paints only the
// lines in the viewport; no widget or item per chunk. Follows the newest chunk unless autoscroll
// is paused or the user scrolled up.
class TranscriptView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Mode = ChunkFormatter::Mode;

    explicit TranscriptView(QWidget *parent = nullptr);

    void setModel(TranscriptModel *model);
    TranscriptModel *model() const { return m_model; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    void setAutoScrollPaused(bool paused);
    bool autoScrollPaused() const { return m_paused; }

    // Entries passing the filter, and the lines they take (without the notice line).
    int rowCount() const { return int(m_rows.size()); }
    qint64 lineCount() const;
    // The text of the rows shown, as lines (what a reader sees; for tests and copying).
    QStringList visibleText() const;
    // Everything the view holds that passes the filter, one line per line drawn.
    QString allText() const;
    bool isAtEnd() const;
    // The line above the first row while older chunks are not held ("Loading older chunks…",
    // or why they cannot be loaded); empty when every older chunk is held.
    QString noticeText() const;

signals:
    void autoScrollPausedChanged(bool paused);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        quint64 serial = 0;
        qint64 lineStart = 0; // absolute; subtract m_lineBase
        int lines = 1;
    };

    void onEntriesChanged(int added, int dropped);
    void onEntriesPrepended(int count);
    void onEntriesTruncated(int count);
    void onPagingChanged();
    // Tells the model where the reader is, so that it pages chunks in and out around it.
    void reportPosition();
    int noticeLines() const { return m_noticeLines; }
    Row makeRow(const TranscriptModel::Entry &entry);
    void rebuild();
    void appendRow(const TranscriptModel::Entry &entry);
    const TranscriptModel::Entry *entryFor(const Row &row) const;
    int rowAtLine(qint64 line) const;
    QStringList rowLines(const Row &row) const;
    // Returns by how many lines the notice line above the rows grew (or shrank).
    int updateScrollRange();
    // After rows came or went: scrolls to the newest chunk when `follow`, else to line `keep`
    // (as the scroll range grew meanwhile) without reporting a move; returns `follow`.
    bool refit(int keep, bool follow);
    void scrollToEnd();
    int lineHeight() const;
    int bodyColumn() const;
    // How many characters an event sentence may take per line at the current width.
    int computeWrapChars() const;
    void copySelected() const;

    QPointer<TranscriptModel> m_model;
    std::deque<Row> m_rows;
    qint64 m_lineBase = 0;
    qint64 m_lineEnd = 0;
    int m_noticeLines = 0;
    int m_peerChars = 0; // width of the peer column: the longest peer seen, capped
    int m_wrapChars = 100;
    Mode m_mode = Mode::Text;
    QString m_filter;
    bool m_paused = false;
    bool m_following = true;
    quint64 m_selectedSerial = ~quint64(0);
};

} // namespace wb::ui
