#pragma once

#include <QList>
#include <QTableWidget>

namespace wb::ui {

// A table of enabled / name / value rows with an always-empty last row to type into. Used for
// query parameters, headers and form fields.
class KeyValueTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { EnabledColumn, NameColumn, ValueColumn };
    struct Row
    {
        QString name;
        QString value;
        bool enabled = true;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit KeyValueTable(QWidget *parent = nullptr);

    // Replaces the rows without emitting rowsEdited.
    void setRows(const QList<Row> &rows);
    // Every row but the trailing empty one.
    QList<Row> rows() const;
    void setNamePlaceholder(const QString &text);

signals:
    // The user changed, added or removed a row.
    void rowsEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void appendRow(const Row &row);
    void ensureTrailingRow();
    void onItemChanged(QTableWidgetItem *item);

    bool m_updating = false;
    QString m_namePlaceholder;
};

} // namespace wb::ui
