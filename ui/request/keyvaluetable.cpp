#include "ui/request/keyvaluetable.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace wb::ui {

KeyValueTable::KeyValueTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({QString(), tr("Name"), tr("Value")});
    horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(NameColumn, fontMetrics().averageCharWidth() * 28);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                    QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setWordWrap(false);
    connect(this, &QTableWidget::itemChanged, this, &KeyValueTable::onItemChanged);
    ensureTrailingRow();
}

void KeyValueTable::setNamePlaceholder(const QString &text)
{
    m_namePlaceholder = text;
    setToolTip(text);
}

void KeyValueTable::appendRow(const Row &row)
{
    const bool was = m_updating;
    m_updating = true;
    const int r = rowCount();
    insertRow(r);
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    check->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
    check->setToolTip(tr("Send this row"));
    setItem(r, EnabledColumn, check);
    setItem(r, NameColumn, new QTableWidgetItem(row.name));
    setItem(r, ValueColumn, new QTableWidgetItem(row.value));
    m_updating = was;
}

void KeyValueTable::ensureTrailingRow()
{
    const int last = rowCount() - 1;
    if (last >= 0 && item(last, NameColumn)->text().isEmpty() &&
        item(last, ValueColumn)->text().isEmpty())
        return;
    appendRow({});
}

void KeyValueTable::setRows(const QList<Row> &rows)
{
    m_updating = true;
    setRowCount(0);
    for (const Row &row : rows)
        appendRow(row);
    ensureTrailingRow();
    m_updating = false;
}

QList<KeyValueTable::Row> KeyValueTable::rows() const
{
    QList<Row> result;
    for (int r = 0; r < rowCount(); ++r) {
        const QString name = item(r, NameColumn) ? item(r, NameColumn)->text() : QString();
        const QString value = item(r, ValueColumn) ? item(r, ValueColumn)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        const bool enabled = item(r, EnabledColumn)->checkState() == Qt::Checked;
        result.append({name, value, enabled});
    }
    return result;
}

void KeyValueTable::onItemChanged(QTableWidgetItem *)
{
    if (m_updating)
        return;
    m_updating = true;
    ensureTrailingRow();
    m_updating = false;
    emit rowsEdited();
}

void KeyValueTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        state() != QAbstractItemView::EditingState && currentRow() >= 0 &&
        currentRow() < rowCount() - 1) {
        removeRow(currentRow());
        emit rowsEdited();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace wb::ui
