#include "ui/response/pagedtextview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace wb::ui {

namespace {
constexpr int ScrollRange = 1'000'000;
constexpr qint64 FindSlice = 4 * 1024 * 1024;
constexpr qint64 MaxCopyBytes = 64 * 1024 * 1024;
} // namespace

PagedTextView::PagedTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setCursor(Qt::IBeamCursor);
    setObjectName(QStringLiteral("pagedTextView"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PagedTextView::onScrollBarMoved);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

void PagedTextView::setSource(BodySourcePtr source)
{
    m_source = std::move(source);
    m_selStart = m_selEnd = m_anchorLine = -1;
    ++m_findGeneration;
    m_topOffset = 0;
    syncScrollBar();
    viewport()->update();
}

void PagedTextView::setSyntax(Syntax syntax)
{
    m_syntax = syntax;
    viewport()->update();
}

int PagedTextView::visibleRows() const
{
    return qMax(1, viewport()->height() / qMax(1, fontMetrics().height()));
}

QList<PagedTextView::Line> PagedTextView::linesFrom(qint64 offset, int count) const
{
    QList<Line> lines;
    if (!m_source)
        return lines;
    const qint64 size = m_source->size();
    const QByteArray data = m_source->read(offset, qint64(count) * MaxLineBytes);
    qint64 pos = 0;
    while (lines.size() < count && offset + pos < size && pos < data.size()) {
        const qint64 limit = qMin<qint64>(data.size(), pos + MaxLineBytes);
        qint64 nl = data.indexOf('\n', pos);
        qint64 end = (nl >= 0 && nl < limit) ? nl : limit;
        qint64 next = (nl >= 0 && nl < limit) ? nl + 1 : limit;
        QByteArray bytes = data.mid(pos, end - pos);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        lines.append({offset + pos, bytes, offset + next});
        pos = next;
    }
    return lines;
}

qint64 PagedTextView::lineStartAtOrBefore(qint64 offset) const
{
    if (!m_source || offset <= 0)
        return 0;
    const qint64 from = qMax<qint64>(0, offset - MaxLineBytes);
    const QByteArray data = m_source->read(from, offset - from);
    const qint64 nl = data.lastIndexOf('\n');
    if (nl >= 0)
        return from + nl + 1;
    return from; // a very long line: wrap point
}

qint64 PagedTextView::lineStartBefore(qint64 offset) const
{
    return offset <= 0 ? 0 : lineStartAtOrBefore(offset - 1);
}

void PagedTextView::setTopOffset(qint64 offset)
{
    const qint64 size = m_source ? m_source->size() : 0;
    m_topOffset = qBound<qint64>(0, offset, qMax<qint64>(0, size));
    syncScrollBar();
    viewport()->update();
}

void PagedTextView::syncScrollBar()
{
    const qint64 size = m_source ? m_source->size() : 0;
    m_syncing = true;
    const int range = int(qMin<qint64>(size, ScrollRange));
    verticalScrollBar()->setRange(0, range);
    verticalScrollBar()->setPageStep(qMax(1, int(range / 50)));
    verticalScrollBar()->setValue(size > 0 ? int(double(m_topOffset) / size * range) : 0);
    const int cw = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    horizontalScrollBar()->setRange(0, qMax(0, cw * 200 - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    m_syncing = false;
}

void PagedTextView::onScrollBarMoved(int value)
{
    if (m_syncing || !m_source)
        return;
    const qint64 size = m_source->size();
    const int range = qMax(1, verticalScrollBar()->maximum());
    qint64 target = value >= range ? size : qint64(double(value) / range * size);
    if (value >= range) {
        // Show the last full page at the end.
        target = size;
        for (int i = 0; i < visibleRows() && target > 0; ++i)
            target = lineStartBefore(target);
    } else {
        target = lineStartAtOrBefore(target);
    }
    m_topOffset = target;
    viewport()->update();
}

void PagedTextView::scrollLines(int delta)
{
    if (!m_source)
        return;
    qint64 offset = m_topOffset;
    if (delta > 0) {
        const QList<Line> lines = linesFrom(offset, delta);
        if (lines.size() < delta)
            return; // already at the end
        offset = lines.last().next;
        if (offset >= m_source->size())
            return;
    } else {
        for (int i = 0; i < -delta && offset > 0; ++i)
            offset = lineStartBefore(offset);
    }
    setTopOffset(offset);
}

void PagedTextView::scrollToOffset(qint64 offset)
{
    setTopOffset(lineStartAtOrBefore(offset));
}

QString PagedTextView::visibleText() const
{
    QStringList text;
    for (const Line &line : linesFrom(m_topOffset, visibleRows()))
        text << QString::fromUtf8(line.bytes);
    return text.join(QLatin1Char('\n'));
}

void PagedTextView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const int rh = fontMetrics().height();
    const int ascent = fontMetrics().ascent();
    const int x0 = fontMetrics().averageCharWidth() / 2 - horizontalScrollBar()->value();
    int y = 0;
    for (const Line &line : linesFrom(m_topOffset, visibleRows() + 1)) {
        QString text = QString::fromUtf8(line.bytes);
        text.replace(QLatin1Char('\t'), QStringLiteral("    "));
        const bool selected =
            m_selStart >= 0 && line.offset >= m_selStart && line.offset < m_selEnd;
        if (selected) {
            p.fillRect(0, y, viewport()->width(), rh, pal.color(QPalette::Highlight));
            p.setPen(pal.color(QPalette::HighlightedText));
            p.drawText(x0, y + ascent, text);
        } else {
            p.setPen(pal.color(QPalette::Text));
            const QList<SyntaxSpan> spans = syntaxSpans(m_syntax, text);
            if (spans.isEmpty()) {
                p.drawText(x0, y + ascent, text);
            } else {
                int pos = 0;
                int x = x0;
                auto drawRun = [&](int from, int to, const QColor &colour) {
                    if (to <= from)
                        return;
                    const QString run = text.mid(from, to - from);
                    p.setPen(colour);
                    p.drawText(x, y + ascent, run);
                    x += fontMetrics().horizontalAdvance(run);
                };
                for (const SyntaxSpan &span : spans) {
                    drawRun(pos, span.start, pal.color(QPalette::Text));
                    drawRun(span.start, span.start + span.length,
                            themecolors::color(pal, span.role));
                    pos = span.start + span.length;
                }
                drawRun(pos, int(text.size()), pal.color(QPalette::Text));
            }
        }
        y += rh;
    }
}

void PagedTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    syncScrollBar();
}

void PagedTextView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return copySelection();
    if (event->matches(QKeySequence::MoveToStartOfDocument))
        return setTopOffset(0);
    if (event->matches(QKeySequence::MoveToEndOfDocument))
        return verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    switch (event->key()) {
    case Qt::Key_Down:
        return scrollLines(1);
    case Qt::Key_Up:
        return scrollLines(-1);
    case Qt::Key_PageDown:
        return scrollLines(qMax(1, visibleRows() - 1));
    case Qt::Key_PageUp:
        return scrollLines(-qMax(1, visibleRows() - 1));
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PagedTextView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 40;
    if (steps != 0)
        scrollLines(-steps);
    event->accept();
}

qint64 PagedTextView::offsetAt(const QPoint &pos) const
{
    const int row = qMax(0, pos.y()) / qMax(1, fontMetrics().height());
    const QList<Line> lines = linesFrom(m_topOffset, row + 1);
    return lines.isEmpty() ? -1 : lines.last().offset;
}

void PagedTextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_anchorLine = offsetAt(event->position().toPoint());
    if (m_anchorLine < 0)
        return;
    const QList<Line> lines = linesFrom(m_anchorLine, 1);
    m_selStart = m_anchorLine;
    m_selEnd = lines.isEmpty() ? m_anchorLine : lines.first().next;
    viewport()->update();
}

void PagedTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchorLine < 0)
        return;
    if (event->position().y() > viewport()->height())
        scrollLines(1);
    else if (event->position().y() < 0)
        scrollLines(-1);
    const qint64 at = offsetAt(event->position().toPoint());
    if (at < 0)
        return;
    const qint64 from = qMin(at, m_anchorLine);
    const qint64 to = qMax(at, m_anchorLine);
    const QList<Line> last = linesFrom(to, 1);
    m_selStart = from;
    m_selEnd = last.isEmpty() ? to : last.first().next;
    viewport()->update();
}

void PagedTextView::copySelection() const
{
    if (!m_source || m_selStart < 0)
        return;
    const QByteArray bytes = m_source->read(m_selStart, qMin(m_selEnd - m_selStart, MaxCopyBytes));
    QApplication::clipboard()->setText(QString::fromUtf8(bytes));
}

void PagedTextView::find(const QString &text, bool backward, bool caseSensitive)
{
    if (!m_source || text.isEmpty()) {
        emit findFinished(false);
        return;
    }
    m_needle = text.toUtf8();
    m_findCase = caseSensitive;
    if (!caseSensitive)
        m_needle = m_needle.toLower();
    m_findBackward = backward;
    // Start after the current match, or at the top of the view.
    if (m_selStart >= 0)
        m_findPos = backward ? m_selStart - 1 : m_selEnd;
    else
        m_findPos = backward ? m_topOffset - 1 : m_topOffset;
    m_findStartedAt = m_findPos;
    m_findWrapped = false;
    const int generation = ++m_findGeneration;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_findGeneration)
            findStep();
    });
}

void PagedTextView::findStep()
{
    const qint64 size = m_source->size();
    const qint64 overlap = m_needle.size() - 1;
    qint64 found = -1;
    if (!m_findBackward) {
        QByteArray chunk = m_source->read(m_findPos, FindSlice + overlap);
        if (!m_findCase)
            chunk = chunk.toLower();
        const qint64 idx = chunk.indexOf(m_needle);
        if (idx >= 0 && (!m_findWrapped || m_findPos + idx < m_findStartedAt))
            found = m_findPos + idx;
        m_findPos += FindSlice;
        if (found < 0 && m_findPos >= size) {
            if (m_findWrapped) {
                emit findFinished(false);
                return;
            }
            m_findWrapped = true;
            m_findPos = 0;
        }
        if (found < 0 && m_findWrapped && m_findPos > m_findStartedAt) {
            emit findFinished(false);
            return;
        }
    } else {
        const qint64 from = qMax<qint64>(0, m_findPos - FindSlice + 1);
        QByteArray chunk = m_source->read(from, m_findPos - from + 1 + overlap);
        if (!m_findCase)
            chunk = chunk.toLower();
        const qint64 idx = chunk.lastIndexOf(m_needle, m_findPos - from);
        if (idx >= 0 && (!m_findWrapped || from + idx > m_findStartedAt))
            found = from + idx;
        m_findPos = from - 1;
        if (found < 0 && m_findPos < 0) {
            if (m_findWrapped) {
                emit findFinished(false);
                return;
            }
            m_findWrapped = true;
            m_findPos = size - 1;
        }
        if (found < 0 && m_findWrapped && m_findPos < m_findStartedAt) {
            emit findFinished(false);
            return;
        }
    }
    if (found >= 0) {
        const qint64 lineStart = lineStartAtOrBefore(found);
        m_selStart = lineStart;
        const QList<Line> lines = linesFrom(lineStart, 1);
        m_selEnd = lines.isEmpty() ? found + m_needle.size() : lines.first().next;
        // keep the match line a few rows below the top
        qint64 top = lineStart;
        for (int i = 0; i < 3 && top > 0; ++i)
            top = lineStartBefore(top);
        setTopOffset(top);
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
