#pragma once

#include <QStyledItemDelegate>

namespace wb::ui {

// Draws a request row as a coloured method badge and its name, a collection row in bold; the
// in-place editor (F2) covers the name only.
class CollectionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor methodColor(const QString &method);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    static int badgeWidth(const QStyleOptionViewItem &option);
};

} // namespace wb::ui
