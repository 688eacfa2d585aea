#include "ui/response/hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>

namespace wb::ui {

namespace {
constexpr qint64 MaxCopyBytes = 64 * 1024 * 1024;
constexpr qint64 FindSlice = 4 * 1024 * 1024;

char printable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x20 && u < 0x7f) ? c : '.';
}
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    setObjectName(QStringLiteral("hexView"));
}

void HexView::setSource(BodySourcePtr source)
{
    m_source = std::move(source);
    m_anchor = m_cursor = -1;
    m_cacheOffset = -1;
    m_cache.clear();
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

int HexView::rowHeight() const
{
    return fontMetrics().height();
}

int HexView::charWidth() const
{
    return fontMetrics().horizontalAdvance(QLatin1Char('0'));
}

int HexView::visibleRows() const
{
    return qMax(1, viewport()->height() / qMax(1, rowHeight()));
}

int HexView::offsetDigits() const
{
    const qint64 size = m_source ? m_source->size() : 0;
    return size > 0xffffffffLL ? 12 : 8;
}

void HexView::updateScrollBars()
{
    const qint64 size = m_source ? m_source->size() : 0;
    const qint64 rows = (size + BytesPerRow - 1) / BytesPerRow;
    const qint64 maxRow = qMax<qint64>(0, rows - visibleRows());
    verticalScrollBar()->setRange(0, int(qMin<qint64>(maxRow, INT_MAX)));
    verticalScrollBar()->setPageStep(visibleRows());
    verticalScrollBar()->setSingleStep(1);
    const int width = charWidth() * (offsetDigits() + 3 + BytesPerRow * 3 + 2 + BytesPerRow + 2);
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

qint64 HexView::firstVisibleOffset() const
{
    return qint64(verticalScrollBar()->value()) * BytesPerRow;
}

QByteArray HexView::bytesFor(qint64 offset, qint64 length) const
{
    if (!m_source)
        return {};
    if (m_cacheOffset == offset && m_cache.size() >= length)
        return m_cache.left(length);
    m_cache = m_source->read(offset, length);
    m_cacheOffset = offset;
    return m_cache;
}

void HexView::scrollToOffset(qint64 offset)
{
    const qint64 row = offset / BytesPerRow;
    const int first = verticalScrollBar()->value();
    if (row < first || row >= first + visibleRows())
        verticalScrollBar()->setValue(int(qMin<qint64>(row, INT_MAX)));
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (!m_source)
        return;
    const int rh = rowHeight();
    const int cw = charWidth();
    const int ascent = fontMetrics().ascent();
    const int digits = offsetDigits();
    const qint64 size = m_source->size();
    const qint64 first = firstVisibleOffset();
    const int rows = visibleRows() + 1;
    const QByteArray data = bytesFor(first, qint64(rows) * BytesPerRow);
    const int x0 = -horizontalScrollBar()->value() + cw / 2;
    const int hexX = x0 + cw * (digits + 2);
    const int asciiX = hexX + cw * (BytesPerRow * 3 + 2);
    const qint64 selStart = selectionStart();
    const qint64 selEnd = selectionEnd();
    const QColor offsetColour = pal.color(QPalette::PlaceholderText);

    // The separator between columns.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(hexX - cw, 0, hexX - cw, viewport()->height());
    p.drawLine(asciiX - cw, 0, asciiX - cw, viewport()->height());

    m_lastPaintedEnd = first;
    for (int r = 0; r < rows; ++r) {
        const qint64 rowOffset = first + qint64(r) * BytesPerRow;
        if (rowOffset >= size)
            break;
        const int y = r * rh;
        p.setPen(offsetColour);
        p.drawText(x0, y + ascent,
                   QStringLiteral("%1").arg(rowOffset, digits, 16, QLatin1Char('0')));
        const int count = int(qMin<qint64>(BytesPerRow, data.size() - qint64(r) * BytesPerRow));
        for (int i = 0; i < count; ++i) {
            const qint64 at = rowOffset + i;
            const char c = data.at(r * BytesPerRow + i);
            const int hx = hexX + cw * (i * 3 + (i >= 8 ? 1 : 0));
            const int ax = asciiX + cw * i;
            const bool selected = at >= selStart && at < selEnd;
            if (selected) {
                p.fillRect(hx - cw / 2, y, cw * 3, rh, pal.color(QPalette::Highlight));
                p.fillRect(ax, y, cw, rh, pal.color(QPalette::Highlight));
                p.setPen(pal.color(QPalette::HighlightedText));
            } else {
                p.setPen(pal.color(QPalette::Text));
            }
            const auto u = static_cast<unsigned char>(c);
            p.drawText(hx, y + ascent, QStringLiteral("%1").arg(uint(u), 2, 16, QLatin1Char('0')));
            if (!selected)
                p.setPen(u >= 0x20 && u < 0x7f ? pal.color(QPalette::Text) : offsetColour);
            p.drawText(ax, y + ascent, QString(QLatin1Char(printable(c))));
        }
        m_lastPaintedEnd = rowOffset + count;
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
}

qint64 HexView::byteAt(const QPoint &pos, bool *inAscii) const
{
    if (!m_source || m_source->size() == 0)
        return -1;
    const int cw = charWidth();
    const int x0 = -horizontalScrollBar()->value() + cw / 2;
    const int hexX = x0 + cw * (offsetDigits() + 2);
    const int asciiX = hexX + cw * (BytesPerRow * 3 + 2);
    int column = 0;
    *inAscii = pos.x() >= asciiX - cw;
    if (*inAscii) {
        column = (pos.x() - asciiX) / cw;
    } else {
        int x = pos.x() - hexX + cw / 2;
        if (x > cw * 8 * 3)
            x -= cw;
        column = x / (cw * 3);
    }
    column = qBound(0, column, BytesPerRow - 1);
    const qint64 row = verticalScrollBar()->value() + qMax(0, pos.y()) / rowHeight();
    return qMin(row * BytesPerRow + column, m_source->size() - 1);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 at = byteAt(event->position().toPoint(), &m_selectionInAscii);
    if (event->modifiers() & Qt::ShiftModifier && m_anchor >= 0)
        m_cursor = at;
    else
        m_anchor = m_cursor = at;
    viewport()->update();
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    bool ascii = false;
    m_cursor = byteAt(event->position().toPoint(), &ascii);
    if (event->position().y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    else if (event->position().y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    viewport()->update();
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        if (m_source)
            setSelection(0, m_source->size());
        return;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument)) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::setSelection(qint64 start, qint64 end)
{
    if (end <= start) {
        m_anchor = m_cursor = -1;
    } else {
        m_anchor = start;
        m_cursor = end - 1;
    }
    viewport()->update();
}

qint64 HexView::selectionStart() const
{
    return m_anchor < 0 ? -1 : qMin(m_anchor, m_cursor);
}

qint64 HexView::selectionEnd() const
{
    return m_anchor < 0 ? -1 : qMax(m_anchor, m_cursor) + 1;
}

void HexView::copySelection() const
{
    if (!m_source || m_anchor < 0)
        return;
    const qint64 start = selectionStart();
    const qint64 length = qMin(selectionEnd() - start, MaxCopyBytes);
    const QByteArray bytes = m_source->read(start, length);
    if (m_selectionInAscii) {
        QByteArray text = bytes;
        for (char &c : text)
            c = printable(c);
        QApplication::clipboard()->setText(QString::fromLatin1(text));
    } else {
        QApplication::clipboard()->setText(QString::fromLatin1(bytes.toHex(' ')));
    }
}

void HexView::find(const QString &text, bool backward, bool caseSensitive)
{
    static const QRegularExpression hexPairs(QStringLiteral("^\\s*([0-9A-Fa-f]{2}\\s*)+$"));
    if (!m_source || text.isEmpty()) {
        emit findFinished(false);
        return;
    }
    const bool isHex = text.contains(QLatin1Char(' ')) && hexPairs.match(text).hasMatch();
    m_needle = isHex ? QByteArray::fromHex(text.toLatin1()) : text.toUtf8();
    m_findCase = caseSensitive || isHex;
    if (!m_findCase)
        m_needle = m_needle.toLower();
    m_findBackward = backward;
    const qint64 start = selectionStart();
    m_findPos = start < 0 ? firstVisibleOffset() : (backward ? start - 1 : start + 1);
    m_findScanned = 0;
    const int generation = ++m_findGeneration;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_findGeneration)
            findStep();
    });
}

void HexView::findStep()
{
    const qint64 size = m_source->size();
    const qint64 overlap = m_needle.size() - 1;
    // Positions wrap around the end once; the whole body is scanned at most once.
    if (m_findScanned > size + FindSlice) {
        emit findFinished(false);
        return;
    }
    qint64 found = -1;
    if (!m_findBackward) {
        if (m_findPos >= size)
            m_findPos = 0;
        QByteArray chunk = m_source->read(m_findPos, FindSlice + overlap);
        if (!m_findCase)
            chunk = chunk.toLower();
        const qint64 idx = chunk.indexOf(m_needle);
        if (idx >= 0)
            found = m_findPos + idx;
        m_findPos += FindSlice;
    } else {
        if (m_findPos < 0)
            m_findPos = size - 1;
        const qint64 from = qMax<qint64>(0, m_findPos - FindSlice + 1);
        QByteArray chunk = m_source->read(from, m_findPos - from + 1 + overlap);
        if (!m_findCase)
            chunk = chunk.toLower();
        const qint64 idx = chunk.lastIndexOf(m_needle, m_findPos - from);
        if (idx >= 0)
            found = from + idx;
        m_findPos = from - 1;
    }
    m_findScanned += FindSlice;
    if (found >= 0) {
        setSelection(found, found + m_needle.size());
        scrollToOffset(found);
        emit findFinished(true);
        return;
    }
    const int generation = m_findGeneration;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_findGeneration)
            findStep();
    });
}

} // namespace wb::ui
