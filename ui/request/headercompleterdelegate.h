#pragma once

#include <QStyledItemDelegate>

namespace wb::ui {

// Editors with completion for header tables: common header names in the name column, and common
// values for the row's header in the value column.
class HeaderCompleterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HeaderCompleterDelegate(int nameColumn, int valueColumn, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    static QStringList commonNames();
    static QStringList commonValues(const QString &name);

private:
    int m_nameColumn;
    int m_valueColumn;
};

} // namespace wb::ui
