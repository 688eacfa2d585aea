#include "ui/environments/variablestable.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace wb::ui {

namespace {

const QString &secretMask()
{
    static const QString dots(8, QChar(0x2022));
    return dots;
}

// Paints hidden secrets as dots and edits them in a password field.
class ValueDelegate : public QStyledItemDelegate
{
public:
    explicit ValueDelegate(VariablesTable *table)
        : QStyledItemDelegate(table)
        , m_table(table)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && hidden(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (hidden(index))
            option->text = secretMask();
    }

private:
    bool hidden(const QModelIndex &index) const
    {
        return !m_table->secretsRevealed() && m_table->isSecret(index.row());
    }

    VariablesTable *m_table;
};

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

VariablesTable::VariablesTable(QWidget *parent)
    : QTableWidget(0, 4, parent)
{
    setHorizontalHeaderLabels({QString(), tr("Variable"), tr("Value"), tr("Secret")});
    horizontalHeaderItem(EnabledColumn)->setToolTip(tr("Enabled"));
    horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    setColumnWidth(NameColumn, 160);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setItemDelegateForColumn(ValueColumn, new ValueDelegate(this));
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        if (item->column() == SecretColumn)
            viewport()->update();
        emit variablesEdited();
    });
}

void VariablesTable::setVariables(const QList<workspace::Variable> &variables)
{
    m_updating = true;
    setRowCount(0);
    for (const auto &v : variables)
        appendRow(v);
    m_updating = false;
}

void VariablesTable::appendRow(const workspace::Variable &variable)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, EnabledColumn, checkItem(variable.enabled));
    setItem(row, NameColumn, new QTableWidgetItem(variable.key));
    setItem(row, ValueColumn, new QTableWidgetItem(variable.value));
    auto *secret = checkItem(variable.secret);
    secret->setToolTip(tr("Secret values are masked and left out of exports"));
    setItem(row, SecretColumn, secret);
}

QList<workspace::Variable> VariablesTable::variables() const
{
    QList<workspace::Variable> result;
    for (int row = 0; row < rowCount(); ++row) {
        workspace::Variable v;
        v.key = item(row, NameColumn)->text().trimmed();
        if (v.key.isEmpty())
            continue;
        v.value = item(row, ValueColumn)->text();
        v.enabled = item(row, EnabledColumn)->checkState() == Qt::Checked;
        v.secret = isSecret(row);
        result.append(v);
    }
    return result;
}

void VariablesTable::setSecretsRevealed(bool reveal)
{
    m_reveal = reveal;
    viewport()->update();
}

QString VariablesTable::shownValue(int row) const
{
    if (!item(row, ValueColumn))
        return {};
    return !m_reveal && isSecret(row) ? secretMask() : item(row, ValueColumn)->text();
}

bool VariablesTable::isSecret(int row) const
{
    const QTableWidgetItem *secret = item(row, SecretColumn);
    return secret && secret->checkState() == Qt::Checked;
}

void VariablesTable::addVariable()
{
    m_updating = true;
    appendRow({});
    m_updating = false;
    setCurrentCell(rowCount() - 1, NameColumn);
    editItem(item(rowCount() - 1, NameColumn));
}

void VariablesTable::removeCurrent()
{
    if (currentRow() < 0)
        return;
    removeRow(currentRow());
    emit variablesEdited();
}

} // namespace wb::ui
