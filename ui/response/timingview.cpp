#include "ui/response/timingview.h"

#include "ui/response/statusstrip.h"
#include "ui/response/themecolors.h"

#include <QPainter>

namespace wb::ui {

TimingView::TimingView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timingView"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimingView::setTimings(const wb::http::Timings &timings, bool connectionReused)
{
    m_timings = timings;
    m_reused = connectionReused;
    m_empty = false;
    m_live = false;
    updateGeometry();
    update();
}

void TimingView::setLiveTimings(const wb::http::Timings &timings)
{
    // Several times a second while the exchange runs: a repaint, never a new layout.
    m_timings = timings;
    m_reused = false;
    m_empty = false;
    m_live = true;
    update();
}

void TimingView::clearTimings()
{
    m_timings = {};
    m_empty = true;
    m_live = false;
    update();
}

QList<QPair<QString, qint64>> TimingView::phases() const
{
    return {{tr("Queued"), m_timings.queuedUs},    {tr("DNS lookup"), m_timings.dnsUs},
            {tr("Connect"), m_timings.connectUs},  {tr("TLS handshake"), m_timings.tlsUs},
            {tr("Send"), m_timings.sendUs},        {tr("Wait (TTFB)"), m_timings.waitUs},
            {tr("Download"), m_timings.downloadUs}};
}

QSize TimingView::sizeHint() const
{
    const int rh = fontMetrics().height() * 2;
    return {fontMetrics().averageCharWidth() * 80, rh * 10};
}

QSize TimingView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 10};
}

void TimingView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int margin = fm.averageCharWidth() * 2;
    const int rowHeight = fm.height() * 2;
    if (m_empty) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No timings yet."));
        return;
    }
    const auto list = phases();
    int labelWidth = 0;
    for (const auto &phase : list)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(phase.first));
    const int durationWidth = fm.horizontalAdvance(QStringLiteral("0000.0 ms")) + margin;
    const int barLeft = margin + labelWidth + margin;
    const int barWidth = qMax(10, width() - barLeft - durationWidth - margin);
    qint64 total = m_timings.totalUs;
    qint64 sum = 0;
    for (const auto &phase : list)
        sum += qMax<qint64>(0, phase.second);
    total = qMax(total, sum);

    using themecolors::Role;
    const Role roles[] = {Role::Punctuation, Role::Informational, Role::Number, Role::Keyword,
                          Role::Redirect,    Role::Success,       Role::Key};
    qint64 start = 0;
    int y = margin;
    for (int i = 0; i < list.size(); ++i) {
        const auto &phase = list.at(i);
        const QRect labelRect(margin, y, labelWidth, rowHeight);
        p.setPen(pal.color(phase.second < 0 ? QPalette::PlaceholderText : QPalette::Text));
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, phase.first);
        // the track
        const int barTop = y + rowHeight / 4;
        const int barH = rowHeight / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRect(barLeft, barTop, barWidth, barH);
        QString durationText;
        if (phase.second >= 0 && total > 0) {
            const int x = barLeft + int(double(start) / total * barWidth);
            const int w = qMax(2, int(double(phase.second) / total * barWidth));
            p.setBrush(themecolors::color(pal, roles[i]));
            p.drawRoundedRect(QRectF(x, barTop, w, barH), barH / 4.0, barH / 4.0);
            start += phase.second;
            durationText = StatusStrip::formatDuration(phase.second);
        } else {
            durationText = (i == 2 || i == 3) && m_reused ? tr("reused") : tr("—");
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(barLeft + barWidth + margin / 2, y, durationWidth, rowHeight),
                   Qt::AlignVCenter | Qt::AlignRight, durationText);
        y += rowHeight;
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(margin, y + rowHeight / 4, width() - margin, y + rowHeight / 4);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(margin, y + rowHeight / 4, labelWidth, rowHeight), Qt::AlignVCenter,
               m_live ? tr("So far") : tr("Total"));
    p.drawText(QRect(barLeft + barWidth + margin / 2, y + rowHeight / 4, durationWidth, rowHeight),
               Qt::AlignVCenter | Qt::AlignRight,
               m_timings.totalUs >= 0 ? StatusStrip::formatDuration(m_timings.totalUs) : tr("—"));
    if (m_timings.startedAt.isValid()) {
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(
            QRect(barLeft, y + rowHeight / 4, barWidth, rowHeight), Qt::AlignVCenter,
            tr("started %1").arg(m_timings.startedAt.toLocalTime().toString(Qt::ISODateWithMs)));
    }
}

} // namespace wb::ui
