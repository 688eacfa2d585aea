#include "ui/history/historydelegate.h"

#include "core/store/historytypes.h"
#include "ui/history/historymodel.h"
#include "ui/response/statusstrip.h"
#include "ui/response/themecolors.h"

#include <QApplication>
#include <QPainter>

namespace wb::ui {

namespace {

constexpr int padding = 3;

QColor muted(const QPalette &palette)
{
    return themecolors::color(palette, themecolors::Role::Comment);
}

} // namespace

HistoryDelegate::HistoryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor HistoryDelegate::methodColor(const QPalette &palette, const store::HistorySummary &summary)
{
    using themecolors::Role;
    if (summary.kind == store::HistoryKind::Socket)
        return themecolors::color(palette, Role::Informational);
    const QString method = summary.method.toUpper();
    if (method == QLatin1String("GET"))
        return themecolors::color(palette, Role::Success);
    if (method == QLatin1String("POST"))
        return themecolors::color(palette, Role::ClientError);
    if (method == QLatin1String("PUT"))
        return themecolors::color(palette, Role::Redirect);
    if (method == QLatin1String("PATCH"))
        return themecolors::color(palette, Role::Keyword);
    if (method == QLatin1String("DELETE"))
        return themecolors::color(palette, Role::ServerError);
    return muted(palette);
}

QString HistoryDelegate::statusText(const store::HistorySummary &summary)
{
    if (summary.status > 0)
        return QString::number(summary.status);
    if (!summary.error.isEmpty())
        return tr("Error");
    if (summary.kind == store::HistoryKind::Socket)
        return tr("Session");
    return tr("No response");
}

QString HistoryDelegate::detailText(const store::HistorySummary &summary)
{
    QStringList parts;
    // HTTP/1.1 is what most rows are; any other version (HTTP/2, HTTP/1.0) is worth a word.
    const QString protocol = StatusStrip::versionText(summary.protocol);
    if (!protocol.isEmpty() && protocol != QLatin1String("HTTP/1.1"))
        parts << protocol;
    if (summary.durationUs >= 0)
        parts << StatusStrip::formatDuration(summary.durationUs);
    // The size of the response (what the user received), not what the workspace keeps of it.
    if (summary.responseBytes >= 0)
        parts << StatusStrip::formatSize(summary.responseBytes);
    parts << QLocale().toString(summary.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    return parts.join(QStringLiteral(" · "));
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(HistoryModel::EntryIdRole).toLongLong() == 0)
        return {fm.averageCharWidth() * 16, fm.height() + 4 * padding};
    return {fm.averageCharWidth() * 24, 2 * fm.height() + 3 * padding};
}

void HistoryDelegate::paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(muted(option.palette));
    const QRect r = option.rect.adjusted(padding, padding, -padding, -padding);
    painter->drawText(
        r, Qt::AlignLeft | Qt::AlignBottom,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, r.width()));
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (index.data(HistoryModel::EntryIdRole).toLongLong() == 0) {
        paintDay(painter, opt, index);
        painter->restore();
        return;
    }

    const auto s = index.data(HistoryModel::SummaryRole).value<store::HistorySummary>();
    const QPalette &pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    auto pick = [&](const QColor &colour) { return selected ? text : colour; };
    const QFontMetrics fm(opt.font);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QRect r = opt.rect.adjusted(padding * 2, padding, -padding, -padding);
    const int gap = fm.averageCharWidth();

    // Line 1: method, host and path.
    QRect line(r.left(), r.top(), r.width(), fm.height());
    const QString method = boldFm.elidedText(s.method, Qt::ElideRight, r.width() / 3);
    painter->setFont(bold);
    painter->setPen(pick(methodColor(pal, s)));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, method);
    line.setLeft(line.left() + boldFm.horizontalAdvance(method) + gap);
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(HistoryModel::LocationRole).toString(),
                                    Qt::ElideMiddle, line.width()));

    // Line 2: status in its class's colour, then duration, size and time.
    line = QRect(r.left(), r.top() + fm.height() + padding, r.width(), fm.height());
    const QString status = statusText(s);
    QColor statusColour = themecolors::statusColor(pal, s.status);
    if (s.status <= 0)
        statusColour = s.error.isEmpty() ? muted(pal)
                                         : themecolors::color(pal, themecolors::Role::ServerError);
    painter->setFont(bold);
    painter->setPen(pick(statusColour));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, status);
    line.setLeft(line.left() + boldFm.horizontalAdvance(status) + gap);
    painter->setFont(opt.font);
    painter->setPen(pick(muted(pal)));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(detailText(s), Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace wb::ui
