#include "ui/request/headerseditor.h"

#include "ui/request/headercompleterdelegate.h"
#include "ui/request/keyvaluetable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wb::ui {

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new KeyValueTable(this);
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setItemDelegate(new HeaderCompleterDelegate(KeyValueTable::NameColumn,
                                                         KeyValueTable::ValueColumn, m_table));
    layout->addWidget(m_table, 3);
    auto *label = new QLabel(tr("Added when sent"), this);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    m_automatic = new QTableWidget(0, 2, this);
    m_automatic->setObjectName(QStringLiteral("automaticHeaders"));
    m_automatic->horizontalHeader()->hide();
    m_automatic->verticalHeader()->hide();
    m_automatic->horizontalHeader()->setStretchLastSection(true);
    m_automatic->horizontalHeader()->resizeSection(0, fontMetrics().averageCharWidth() * 28);
    m_automatic->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_automatic->setFocusPolicy(Qt::NoFocus);
    m_automatic->setToolTip(tr("Headers the engine adds; a header of the same name above "
                               "replaces them"));
    layout->addWidget(m_automatic, 1);
    connect(m_table, &KeyValueTable::rowsEdited, this, &HeadersEditor::headersEdited);
}

QList<wb::http::HeaderField> HeadersEditor::headers() const
{
    QList<wb::http::HeaderField> result;
    for (const auto &row : m_table->rows())
        result.append({row.name, row.value, row.enabled});
    return result;
}

void HeadersEditor::setHeaders(const QList<wb::http::HeaderField> &headers)
{
    QList<KeyValueTable::Row> rows;
    for (const auto &h : headers)
        rows.append({h.name, h.value, h.enabled});
    m_table->setRows(rows);
}

void HeadersEditor::setAutomaticHeaders(const QList<QPair<QString, QString>> &headers)
{
    m_automatic->setRowCount(0);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const auto &h : headers) {
        const int r = m_automatic->rowCount();
        m_automatic->insertRow(r);
        auto *name = new QTableWidgetItem(h.first);
        auto *value = new QTableWidgetItem(h.second);
        for (auto *item : {name, value}) {
            item->setForeground(muted);
            item->setFlags(Qt::ItemIsEnabled);
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
        m_automatic->setItem(r, 0, name);
        m_automatic->setItem(r, 1, value);
    }
}

QString HeadersEditor::headerValue(const QString &name) const
{
    for (const auto &row : m_table->rows()) {
        if (row.enabled && row.name.compare(name, Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return {};
}

void HeadersEditor::setHeader(const QString &name, const QString &value)
{
    QList<KeyValueTable::Row> rows = m_table->rows();
    bool found = false;
    for (auto &row : rows) {
        if (row.name.compare(name, Qt::CaseInsensitive) == 0) {
            row.value = value;
            row.enabled = true;
            found = true;
            break;
        }
    }
    if (!found)
        rows.append({name, value, true});
    m_table->setRows(rows);
}

void HeadersEditor::removeHeader(const QString &name)
{
    QList<KeyValueTable::Row> rows = m_table->rows();
    rows.removeIf(
        [&](const auto &row) { return row.name.compare(name, Qt::CaseInsensitive) == 0; });
    m_table->setRows(rows);
}

} // namespace wb::ui
