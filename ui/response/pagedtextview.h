#pragma once

#include "ui/response/bodysource.h"
#include "ui/response/syntaxspans.h"

#include <QAbstractScrollArea>

namespace wb::ui {

// A read-only text viewer for bodies too large for a QPlainTextEdit: it keeps only a byte offset,
// reads and decodes the lines in the viewport, and never builds a string of the whole body.
// Lines longer than MaxLineBytes wrap. Selection works on whole lines; find runs in slices so the
// event loop keeps turning.
class PagedTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int MaxLineBytes = 2048;

    explicit PagedTextView(QWidget *parent = nullptr);

    void setSource(BodySourcePtr source);
    BodySourcePtr source() const { return m_source; }
    void setSyntax(Syntax syntax);

    qint64 topOffset() const { return m_topOffset; }
    void scrollToOffset(qint64 offset);
    // The text of the lines currently in the viewport.
    QString visibleText() const;

    // Searches from the current match (or the top line); emits findFinished when done.
    void find(const QString &text, bool backward, bool caseSensitive);
    void copySelection() const;

signals:
    void findFinished(bool found);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Line
    {
        qint64 offset;
        QByteArray bytes; // without the line break
        qint64 next;      // offset of the following line
    };
    QList<Line> linesFrom(qint64 offset, int count) const;
    qint64 lineStartBefore(qint64 offset) const;
    qint64 lineStartAtOrBefore(qint64 offset) const;
    void scrollLines(int delta);
    void setTopOffset(qint64 offset);
    void syncScrollBar();
    void onScrollBarMoved(int value);
    int visibleRows() const;
    qint64 offsetAt(const QPoint &pos) const;
    void findStep();

    BodySourcePtr m_source;
    Syntax m_syntax = Syntax::Plain;
    qint64 m_topOffset = 0;
    bool m_syncing = false;
    qint64 m_selStart = -1; // byte offsets of the first and one-past-last selected lines
    qint64 m_selEnd = -1;
    qint64 m_anchorLine = -1;
    // Find in progress
    QByteArray m_needle;
    bool m_findBackward = false;
    bool m_findCase = true;
    qint64 m_findPos = -1;
    qint64 m_findStartedAt = -1;
    bool m_findWrapped = false;
    int m_findGeneration = 0;
};

} // namespace wb::ui
