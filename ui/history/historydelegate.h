#pragma once

#include <QStyledItemDelegate>

namespace wb::store {
struct HistorySummary;
}

namespace wb::ui {

// Paints the history tree: a day row as a small bold heading; an entry as two lines, the method
// in its colour and the host and path, then the status in the colour of its class, duration,
// size and time of day. Colours come from the palette (light and dark).
class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HistoryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // GET green, POST orange, PUT blue, PATCH purple, DELETE red, others muted; socket protocols
    // in the informational colour.
    static QColor methodColor(const QPalette &palette, const store::HistorySummary &summary);
    // The second line: status (or error, or "session"), then the HTTP version when known and
    // not HTTP/1.1, duration, size, time of day.
    static QString statusText(const store::HistorySummary &summary);
    static QString detailText(const store::HistorySummary &summary);

private:
    void paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                  const QModelIndex &index) const;
};

} // namespace wb::ui
