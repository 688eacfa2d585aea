#include "ui/response/headersview.h"

#include <QHeaderView>

namespace wb::ui {

HeadersView::HeadersView(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setObjectName(QStringLiteral("responseHeaders"));
    setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
}

void HeadersView::clearHeaders()
{
    setRowCount(0);
}

void HeadersView::addRow(const QString &name, const QString &value, bool muted)
{
    const int row = rowCount();
    insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setToolTip(value);
    if (muted) {
        nameItem->setForeground(palette().color(QPalette::PlaceholderText));
        valueItem->setForeground(palette().color(QPalette::PlaceholderText));
    } else {
        QFont bold = nameItem->font();
        bold.setBold(true);
        nameItem->setFont(bold);
    }
    setItem(row, 0, nameItem);
    setItem(row, 1, valueItem);
}

void HeadersView::setExchange(const wb::http::Exchange &exchange)
{
    clearHeaders();
    for (const auto &head : exchange.interim) {
        addRow(QStringLiteral("%1 %2").arg(head.status).arg(QString::fromLatin1(head.reason)),
               tr("interim response"), true);
        for (const auto &h : head.headers)
            addRow(QString::fromLatin1(h.name), QString::fromLatin1(h.value), true);
    }
    for (const auto &h : exchange.response.headers)
        addRow(QString::fromLatin1(h.name), QString::fromLatin1(h.value), false);
    if (!exchange.trailers.isEmpty()) {
        addRow(tr("Trailers"), QString(), true);
        for (const auto &h : exchange.trailers)
            addRow(QString::fromLatin1(h.name), QString::fromLatin1(h.value), false);
    }
}

void HeadersView::setHead(const wb::http::ResponseHead &head)
{
    clearHeaders();
    for (const auto &h : head.headers)
        addRow(QString::fromLatin1(h.name), QString::fromLatin1(h.value), false);
}

} // namespace wb::ui
