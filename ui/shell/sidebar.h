#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace wb::ui {

// The left-hand places: Collections and History. Each place is a page; later views replace the
// empty states by calling setPage().
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    enum class Place { Collections, History };
    Q_ENUM(Place)

    explicit Sidebar(QWidget *parent = nullptr);

    Place currentPlace() const;
    void setCurrentPlace(Place place);
    // Replaces the page shown for `place` (the sidebar takes ownership).
    void setPage(Place place, QWidget *page);
    QWidget *page(Place place) const;
    // The panels that replace the empty states (the sidebar takes ownership).
    void setHistoryWidget(QWidget *widget);
    void setCollectionsWidget(QWidget *widget);

    static QString placeKey(Place place);
    static Place placeFromKey(const QString &key);

signals:
    void currentPlaceChanged(wb::ui::Sidebar::Place place);

private:
    QWidget *makeEmptyState(const QString &title, const QString &hint);

    QButtonGroup *m_buttons = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace wb::ui
