#pragma once

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace wb::ui {

class WelcomePage;

// The central area: a tab widget of requests and consoles, and the welcome page when no tab is
// open. Tabs can be reordered by dragging and closed with their button or a middle click.
class TabArea : public QWidget
{
    Q_OBJECT

public:
    explicit TabArea(QWidget *parent = nullptr);

    int addTab(QWidget *page, const QString &title);
    int count() const;
    QWidget *page(int index) const;
    int indexOf(QWidget *page) const;
    // Sets the tab's text; `modified` puts a mark before it for unsaved edits.
    void setPageTitle(QWidget *page, const QString &title, bool modified = false);
    QWidget *currentPage() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    void closeTab(int index);
    void closeCurrentTab();
    void showNextTab();
    void showPreviousTab();

    QTabWidget *tabWidget() const { return m_tabs; }
    WelcomePage *welcomePage() const { return m_welcome; }

signals:
    void countChanged(int count);
    // A tab was closed by the user (not when the window goes away); `page` is deleted later.
    void pageClosed(QWidget *page);
    // Tabs were added, closed, moved or another one became current.
    void arrangementChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace wb::ui
