#include "ui/socket/transcriptview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

namespace wb::ui {

namespace {

using Direction = net::TranscriptChunk::Direction;
constexpr int Margin = 6;
constexpr int MaxPeerChars = 22;

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_following = isAtEnd() && !(m_model && m_model->hasNewer());
        reportPosition();
        viewport()->update();
    });
}

void TranscriptView::setModel(TranscriptModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &TranscriptModel::entriesChanged, this, &TranscriptView::onEntriesChanged);
        connect(m_model, &TranscriptModel::cleared, this, &TranscriptView::rebuild);
        connect(m_model, &TranscriptModel::entriesPrepended, this,
                &TranscriptView::onEntriesPrepended);
        connect(m_model, &TranscriptModel::entriesTruncated, this,
                &TranscriptView::onEntriesTruncated);
        connect(m_model, &TranscriptModel::pagingChanged, this, &TranscriptView::onPagingChanged);
    }
    rebuild();
}

void TranscriptView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    rebuild();
}

void TranscriptView::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    rebuild();
}

void TranscriptView::setAutoScrollPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused) {
        m_following = true;
        if (m_model)
            m_model->followEnd();
        scrollToEnd();
    }
    emit autoScrollPausedChanged(paused);
}

qint64 TranscriptView::lineCount() const
{
    return m_lineEnd - m_lineBase;
}

bool TranscriptView::isAtEnd() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

const TranscriptModel::Entry *TranscriptView::entryFor(const Row &row) const
{
    if (!m_model)
        return nullptr;
    const auto &entries = m_model->entries();
    const quint64 first = m_model->firstSerial();
    if (row.serial < first || row.serial - first >= entries.size())
        return nullptr;
    return &entries[row.serial - first];
}

TranscriptView::Row TranscriptView::makeRow(const TranscriptModel::Entry &entry)
{
    Row row;
    row.serial = entry.serial;
    row.lines = ChunkFormatter::lineCount(entry, m_mode, m_wrapChars);
    m_peerChars = qMax(m_peerChars, qMin<int>(MaxPeerChars, entry.chunk.peer.size()));
    return row;
}

void TranscriptView::appendRow(const TranscriptModel::Entry &entry)
{
    if (!ChunkFormatter::matches(entry, m_filter))
        return;
    Row row = makeRow(entry);
    row.lineStart = m_lineEnd;
    m_lineEnd += row.lines;
    m_rows.push_back(row);
}

QString TranscriptView::noticeText() const
{
    return m_model ? m_model->olderNotice() : QString();
}

void TranscriptView::reportPosition()
{
    if (!m_model)
        return;
    const int index = rowAtLine(verticalScrollBar()->value());
    const quint64 serial = index >= 0 ? m_rows[size_t(index)].serial : m_model->firstSerial();
    m_model->setReadingPosition(serial, m_following && !m_paused);
}

void TranscriptView::rebuild()
{
    m_wrapChars = computeWrapChars();
    m_rows.clear();
    m_lineBase = m_lineEnd = 0;
    m_peerChars = 0;
    if (m_model) {
        for (const TranscriptModel::Entry &entry : m_model->entries())
            appendRow(entry);
    }
    updateScrollRange();
    if (m_following && !m_paused)
        scrollToEnd();
    viewport()->update();
    reportPosition();
}

void TranscriptView::onEntriesChanged(int added, int dropped)
{
    Q_UNUSED(dropped);
    const quint64 first = m_model->firstSerial();
    qint64 droppedLines = 0;
    while (!m_rows.empty() && m_rows.front().serial < first) {
        droppedLines += m_rows.front().lines;
        m_rows.pop_front();
    }
    m_lineBase = m_rows.empty() ? m_lineEnd : m_rows.front().lineStart;
    const auto &entries = m_model->entries();
    for (auto it = entries.end() - qMin<qsizetype>(added, entries.size()); it != entries.end();
         ++it)
        appendRow(*it);
    if (m_rows.empty())
        m_lineBase = m_lineEnd;

    // The lines above went away; keep showing the same chunks unless following the newest.
    if (!refit(verticalScrollBar()->value() - int(droppedLines), m_following && !m_paused))
        m_following = false;
    reportPosition();
}

void TranscriptView::onEntriesPrepended(int count)
{
    const auto &entries = m_model->entries();
    qint64 addedLines = 0;
    for (int i = qMin<int>(count, int(entries.size())) - 1; i >= 0; --i) {
        const TranscriptModel::Entry &entry = entries[size_t(i)];
        if (!ChunkFormatter::matches(entry, m_filter))
            continue;
        Row row = makeRow(entry);
        m_lineBase -= row.lines;
        row.lineStart = m_lineBase;
        addedLines += row.lines;
        m_rows.push_front(row);
    }
    // The lines came in above; keep showing the same chunks.
    refit(verticalScrollBar()->value() + int(addedLines), m_following && !m_paused);
    reportPosition();
}

void TranscriptView::onEntriesTruncated(int count)
{
    Q_UNUSED(count);
    const quint64 end = m_model->endSerial();
    while (!m_rows.empty() && m_rows.back().serial >= end)
        m_rows.pop_back();
    m_lineEnd = m_rows.empty() ? m_lineBase : m_rows.back().lineStart + m_rows.back().lines;
    m_following = false;
    refit(verticalScrollBar()->value(), false);
}

void TranscriptView::onPagingChanged()
{
    refit(verticalScrollBar()->value(), m_following && !m_paused);
}

bool TranscriptView::refit(int keep, bool follow)
{
    const int grown = updateScrollRange();
    if (follow) {
        scrollToEnd();
    } else {
        const QSignalBlocker blocker(verticalScrollBar());
        verticalScrollBar()->setValue(qMax(0, keep + grown));
    }
    viewport()->update();
    return follow;
}

int TranscriptView::bodyColumn() const
{
    return 12 + 1 + 2 + (m_peerChars ? m_peerChars + 1 : 0) + 9;
}

int TranscriptView::computeWrapChars() const
{
    const int charWidth = qMax(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
    // Leave room for a scroll bar that may appear, and a little slack for wider glyphs.
    int width = viewport()->width() - 2 * Margin;
    if (!verticalScrollBar()->isVisible())
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return qMax(40, width / charWidth - bodyColumn() - 4);
}

int TranscriptView::lineHeight() const
{
    return fontMetrics().height();
}

int TranscriptView::updateScrollRange()
{
    const int notice = noticeText().isEmpty() ? 0 : 1;
    const int grown = notice - m_noticeLines;
    m_noticeLines = notice;
    const int page = qMax(1, (viewport()->height() - Margin) / lineHeight());
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setPageStep(page);
    bar->setSingleStep(1);
    bar->setRange(0, int(qMax<qint64>(0, lineCount() + m_noticeLines - page)));
    return grown;
}

void TranscriptView::scrollToEnd()
{
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setValue(bar->maximum());
    m_following = true;
    viewport()->update();
    reportPosition();
}

int TranscriptView::rowAtLine(qint64 line) const
{
    const qint64 absolute = m_lineBase + line - m_noticeLines;
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), absolute,
                               [](qint64 value, const Row &row) { return value < row.lineStart; });
    if (it == m_rows.begin())
        return m_rows.empty() ? -1 : 0;
    return int(it - m_rows.begin()) - 1;
}

QStringList TranscriptView::rowLines(const Row &row) const
{
    const TranscriptModel::Entry *entry = entryFor(row);
    if (!entry)
        return {};
    const QStringList body = ChunkFormatter::lines(*entry, m_mode, m_wrapChars);
    QStringList out;
    const net::TranscriptChunk &chunk = entry->chunk;
    const QString head =
        ChunkFormatter::timeText(chunk) + QLatin1Char(' ') + ChunkFormatter::directionMark(chunk) +
        QLatin1Char(' ') +
        (m_peerChars
             ? chunk.peer.leftJustified(m_peerChars, QLatin1Char(' '), true) + QLatin1Char(' ')
             : QString()) +
        (chunk.direction == Direction::Event
             ? QString(9, QLatin1Char(' '))
             : ChunkFormatter::sizeText(entry->size).rightJustified(8) + QLatin1Char(' '));
    const QString indent(head.size(), QLatin1Char(' '));
    for (int i = 0; i < body.size(); ++i)
        out << (i == 0 ? head : indent) + body.at(i);
    return out;
}

void TranscriptView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const int height = lineHeight();
    const int ascent = fontMetrics().ascent();
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int width = viewport()->width();
    const qint64 firstLine = verticalScrollBar()->value();
    const int visible = viewport()->height() / height + 2;
    int index = rowAtLine(firstLine);
    if (m_noticeLines && firstLine < m_noticeLines) {
        QFont italic = font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(Margin, Margin + fontMetrics().ascent(),
                         fontMetrics().elidedText(noticeText(), Qt::ElideRight,
                                                  viewport()->width() - 2 * Margin));
        painter.setFont(font());
    }
    if (m_rows.empty() || index < 0) {
        if (m_noticeLines)
            return;
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(Margin, Margin, -Margin, -Margin),
                         Qt::AlignHCenter | Qt::AlignTop,
                         m_filter.isEmpty() ? tr("Nothing sent or received yet.")
                                            : tr("No chunk matches the filter."));
        return;
    }
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const QColor outColor = dark ? QColor(0x7e, 0xc8, 0xff) : QColor(0x0b, 0x5c, 0xad);
    const QColor inColor = dark ? QColor(0x8f, 0xe3, 0x88) : QColor(0x1c, 0x7a, 0x2e);
    const QColor errorColor = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
    const QColor muted = mixed(text, base, 0.45);
    const QColor stripe = mixed(base, text, 0.035);
    const QColor selected = mixed(base, pal.color(QPalette::Highlight), 0.25);
    const int bodyColumn = this->bodyColumn();

    int y =
        Margin -
        int(firstLine - m_noticeLines - (m_rows[size_t(index)].lineStart - m_lineBase)) * height;
    for (; index < int(m_rows.size()) && y < visible * height; ++index) {
        const Row &row = m_rows[size_t(index)];
        const TranscriptModel::Entry *entry = entryFor(row);
        const QStringList lines = rowLines(row);
        const int blockHeight = row.lines * height;
        if (entry && row.serial == m_selectedSerial)
            painter.fillRect(0, y, width, blockHeight, selected);
        else if (row.serial % 2)
            painter.fillRect(0, y, width, blockHeight, stripe);
        QColor bodyColor = text;
        if (entry) {
            // A bar in the direction's colour marks each chunk's block at the left edge.
            const auto &c = entry->chunk;
            const QColor bar = c.direction == Direction::Out  ? outColor
                               : c.direction == Direction::In ? inColor
                               : c.isError                    ? errorColor
                                                              : QColor();
            if (bar.isValid())
                painter.fillRect(0, y, 3, blockHeight, bar);
        }
        if (entry) {
            const auto &chunk = entry->chunk;
            bodyColor = chunk.direction == Direction::Event ? (chunk.isError ? errorColor : muted)
                        : chunk.direction == Direction::Out ? outColor
                                                            : text;
        }
        for (int i = 0; i < lines.size(); ++i) {
            const int baseline = y + i * height + ascent;
            if (baseline - ascent > viewport()->height())
                break;
            const QString &line = lines.at(i);
            const int split = qMin<int>(bodyColumn, line.size());
            if (i == 0 && entry) {
                painter.setPen(muted);
                painter.drawText(Margin, baseline, line.left(13));
                const auto &chunk = entry->chunk;
                painter.setPen(chunk.direction == Direction::Out  ? outColor
                               : chunk.direction == Direction::In ? inColor
                               : chunk.isError                    ? errorColor
                                                                  : muted);
                QFont bold = font();
                bold.setBold(true);
                painter.setFont(bold);
                painter.drawText(Margin + 13 * charWidth, baseline, line.mid(13, 1));
                painter.setFont(font());
                painter.setPen(muted);
                painter.drawText(Margin + 15 * charWidth, baseline, line.mid(15, split - 15));
            }
            painter.setPen(bodyColor);
            const QString body = fontMetrics().elidedText(
                line.mid(split), Qt::ElideRight, width - Margin - split * charWidth - Margin);
            painter.drawText(Margin + split * charWidth, baseline, body);
        }
        y += blockHeight;
    }
}

QStringList TranscriptView::visibleText() const
{
    QStringList out;
    const qint64 firstLine = verticalScrollBar()->value();
    const int visible = qMax(1, viewport()->height() / lineHeight());
    int index = rowAtLine(firstLine);
    if (firstLine < m_noticeLines)
        out << noticeText();
    if (index < 0)
        return out;
    qint64 line = m_rows[size_t(index)].lineStart - m_lineBase + m_noticeLines;
    for (; index < int(m_rows.size()) && line < firstLine + visible; ++index) {
        const QStringList lines = rowLines(m_rows[size_t(index)]);
        for (const QString &l : lines) {
            if (line >= firstLine && line < firstLine + visible)
                out << l;
            ++line;
        }
    }
    return out;
}

QString TranscriptView::allText() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out << rowLines(row);
    return out.join(QLatin1Char('\n'));
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (computeWrapChars() != m_wrapChars) {
        rebuild(); // sentences wrap to the new width
        return;
    }
    const bool follow = m_following && !m_paused;
    updateScrollRange();
    if (follow)
        scrollToEnd();
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    const qint64 line =
        verticalScrollBar()->value() + (event->position().y() - Margin) / lineHeight();
    const int index = rowAtLine(line);
    if (index >= 0 && line >= m_noticeLines && line < lineCount() + m_noticeLines)
        m_selectedSerial = m_rows[size_t(index)].serial;
    viewport()->update();
    QAbstractScrollArea::mousePressEvent(event);
}

void TranscriptView::copySelected() const
{
    for (const Row &row : m_rows) {
        if (row.serial == m_selectedSerial) {
            QApplication::clipboard()->setText(rowLines(row).join(QLatin1Char('\n')));
            return;
        }
    }
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelected();
        return;
    }
    if (event->key() == Qt::Key_End) {
        if (m_model)
            m_model->followEnd();
        scrollToEnd();
        return;
    }
    if (event->key() == Qt::Key_Home) {
        if (m_model)
            m_model->jumpToStart();
        verticalScrollBar()->setValue(0);
        reportPosition(); // already at the top: older chunks may still be loadable
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TranscriptView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollRange();
        viewport()->update();
    }
}

} // namespace wb::ui
