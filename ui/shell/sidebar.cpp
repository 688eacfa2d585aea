#include "ui/shell/sidebar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb::ui {

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    // A lighter (or, in dark palettes, darker) panel than the tab area, from the palette only.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 6, 6, 6);
    header->setSpacing(4);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    const QList<std::pair<Place, QString>> places{{Place::Collections, tr("Collections")},
                                                  {Place::History, tr("History")}};
    for (const auto &[place, text] : places) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(QStringLiteral("sidebarButton_") + placeKey(place));
        m_buttons->addButton(button, int(place));
        header->addWidget(button);
    }
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(makeEmptyState(tr("No collections yet"),
                                      tr("Save a request with Ctrl+S to start a collection.")));
    m_stack->addWidget(makeEmptyState(tr("No history yet"),
                                      tr("Every request you send appears here, newest first.")));
    layout->addWidget(m_stack, 1);

    connect(m_buttons, &QButtonGroup::idClicked, this,
            [this](int id) { setCurrentPlace(Place(id)); });
    setCurrentPlace(Place::Collections);
}

QWidget *Sidebar::makeEmptyState(const QString &title, const QString &hint)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 24, 16, 16);
    auto *titleLabel = new QLabel(title, page);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    titleLabel->setAlignment(Qt::AlignHCenter);
    auto *hintLabel = new QLabel(hint, page);
    hintLabel->setWordWrap(true);
    hintLabel->setAlignment(Qt::AlignHCenter);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(titleLabel);
    layout->addWidget(hintLabel);
    layout->addStretch(1);
    return page;
}

Sidebar::Place Sidebar::currentPlace() const
{
    return Place(m_stack->currentIndex());
}

void Sidebar::setCurrentPlace(Place place)
{
    m_buttons->button(int(place))->setChecked(true);
    if (m_stack->currentIndex() == int(place))
        return;
    m_stack->setCurrentIndex(int(place));
    emit currentPlaceChanged(place);
}

void Sidebar::setPage(Place place, QWidget *page)
{
    QWidget *old = m_stack->widget(int(place));
    const bool wasCurrent = m_stack->currentIndex() == int(place);
    m_stack->insertWidget(int(place), page);
    m_stack->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_stack->setCurrentIndex(int(place));
}

void Sidebar::setHistoryWidget(QWidget *widget)
{
    setPage(Place::History, widget);
}

void Sidebar::setCollectionsWidget(QWidget *widget)
{
    setPage(Place::Collections, widget);
}

QWidget *Sidebar::page(Place place) const
{
    return m_stack->widget(int(place));
}

QString Sidebar::placeKey(Place place)
{
    return place == Place::Collections ? QStringLiteral("collections") : QStringLiteral("history");
}

Sidebar::Place Sidebar::placeFromKey(const QString &key)
{
    return key == QLatin1String("collections") ? Place::Collections : Place::History;
}

} // namespace wb::ui
