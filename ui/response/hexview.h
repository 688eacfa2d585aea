#pragma once

#include "ui/response/bodysource.h"

#include <QAbstractScrollArea>

namespace wb::ui {

// offset | hex | ASCII rows of a body. Paints only the rows in the viewport and reads only those
// bytes from the BodySource, so a body of any size opens at once and scrolls smoothly.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int BytesPerRow = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setSource(BodySourcePtr source);
    BodySourcePtr source() const { return m_source; }

    // The selected byte range [start, end); empty when nothing is selected.
    void setSelection(qint64 start, qint64 end);
    qint64 selectionStart() const;
    qint64 selectionEnd() const;
    void copySelection() const;
    void scrollToOffset(qint64 offset);

    // Searches for the text's UTF-8 bytes, or for the bytes of a hex string such as "de ad be ef",
    // from the selection on, in slices so the event loop keeps turning; selects the match.
    void find(const QString &text, bool backward, bool caseSensitive);

    qint64 firstVisibleOffset() const;
    // One past the last byte drawn by the latest paint.
    qint64 lastPaintedEnd() const { return m_lastPaintedEnd; }

signals:
    void findFinished(bool found);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int rowHeight() const;
    int visibleRows() const;
    int charWidth() const;
    int offsetDigits() const;
    qint64 byteAt(const QPoint &pos, bool *inAscii) const;
    QByteArray bytesFor(qint64 offset, qint64 length) const;

    BodySourcePtr m_source;
    qint64 m_anchor = -1;
    qint64 m_cursor = -1;
    bool m_selectionInAscii = false;
    qint64 m_lastPaintedEnd = 0;
    void findStep();
    QByteArray m_needle;
    bool m_findBackward = false;
    bool m_findCase = true;
    qint64 m_findPos = 0;
    qint64 m_findScanned = 0;
    int m_findGeneration = 0;
    mutable qint64 m_cacheOffset = -1;
    mutable QByteArray m_cache;
};

} // namespace wb::ui
