#include "ui/collections/collectionitemdelegate.h"

#include "ui/collections/collectionsmodel.h"

#include <QApplication>
#include <QPainter>

namespace wb::ui {

namespace {

bool isRequest(const QModelIndex &index)
{
    return CollectionsModel::kind(index) == CollectionsModel::Kind::Request;
}

QFont badgeFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

} // namespace

QColor CollectionItemDelegate::methodColor(const QString &method)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("GET"), QColor(0x2e, 0x8b, 0x57)},
        {QStringLiteral("POST"), QColor(0xc7, 0x7c, 0x02)},
        {QStringLiteral("PUT"), QColor(0x1f, 0x6f, 0xc5)},
        {QStringLiteral("PATCH"), QColor(0x7b, 0x4f, 0xc9)},
        {QStringLiteral("DELETE"), QColor(0xc9, 0x2a, 0x2a)},
        {QStringLiteral("HEAD"), QColor(0x2a, 0x8f, 0x9e)},
        {QStringLiteral("OPTIONS"), QColor(0xb0, 0x3a, 0x8a)},
    };
    return colors.value(method.toUpper(), QColor(0x6b, 0x6b, 0x6b));
}

int CollectionItemDelegate::badgeWidth(const QStyleOptionViewItem &option)
{
    return QFontMetrics(badgeFont(option)).horizontalAdvance(QStringLiteral("DELETE")) + 8;
}

void CollectionItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (CollectionsModel::kind(index) == CollectionsModel::Kind::Collection)
        opt.font.setBold(true);
    if (!isRequest(index)) {
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    const QString method = index.data(CollectionsModel::MethodRole).toString();
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int badge = badgeWidth(opt);
    painter->save();
    painter->setFont(badgeFont(opt));
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : methodColor(method));
    const QString shown =
        QFontMetrics(painter->font()).elidedText(method, Qt::ElideRight, badge - 4);
    painter->drawText(QRect(text.left(), text.top(), badge, text.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect = text.adjusted(badge, 0, 0, 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

QSize CollectionItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isRequest(index))
        size.rwidth() += badgeWidth(option);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

void CollectionItemDelegate::updateEditorGeometry(QWidget *editor,
                                                  const QStyleOptionViewItem &option,
                                                  const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (isRequest(index))
        editor->setGeometry(editor->geometry().adjusted(badgeWidth(option), 0, 0, 0));
}

} // namespace wb::ui
