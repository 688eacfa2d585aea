#include "ui/shell/tabarea.h"

#include "ui/shell/welcomepage.h"

#include <QMouseEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb::ui {

TabArea::TabArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tabArea"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->installEventFilter(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TabArea::closeTab);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &TabArea::arrangementChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TabArea::arrangementChanged);
    updateEmptyState();
}

int TabArea::addTab(QWidget *page, const QString &title)
{
    const int index = m_tabs->addTab(page, title);
    m_tabs->setCurrentIndex(index);
    updateEmptyState();
    page->setFocus();
    emit countChanged(count());
    emit arrangementChanged();
    return index;
}

int TabArea::count() const
{
    return m_tabs->count();
}
QWidget *TabArea::page(int index) const
{
    return m_tabs->widget(index);
}
int TabArea::indexOf(QWidget *page) const
{
    return m_tabs->indexOf(page);
}

void TabArea::setPageTitle(QWidget *page, const QString &title, bool modified)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    QString text = title;
    text.replace(QLatin1Char('&'), QLatin1String("&&")); // a URL's '&' is not a mnemonic
    //: The mark before the title of a tab with unsaved edits.
    m_tabs->setTabText(index, modified ? tr("• %1").arg(text) : text);
    m_tabs->setTabToolTip(index, modified ? tr("%1 (unsaved edits)").arg(title) : title);
}
QWidget *TabArea::currentPage() const
{
    return m_tabs->currentWidget();
}
int TabArea::currentIndex() const
{
    return m_tabs->currentIndex();
}
void TabArea::setCurrentIndex(int index)
{
    m_tabs->setCurrentIndex(index);
}

void TabArea::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    emit pageClosed(page);
    m_tabs->removeTab(index);
    page->deleteLater();
    updateEmptyState();
    emit countChanged(count());
    emit arrangementChanged();
}

void TabArea::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void TabArea::showNextTab()
{
    if (count() > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % count());
}

void TabArea::showPreviousTab()
{
    if (count() > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + count() - 1) % count());
}

bool TabArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = m_tabs->tabBar()->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TabArea::updateEmptyState()
{
    m_stack->setCurrentWidget(count() == 0 ? static_cast<QWidget *>(m_welcome) : m_tabs);
}

} // namespace wb::ui
