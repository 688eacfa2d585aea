#include "ui/environments/environmentswitcher.h"

#include "ui/environments/environmentmanager.h"

#include <QUuid>

namespace wb::ui {

namespace {

// The data of the last entry, which opens the editor instead of choosing.
const QString &manageMarker()
{
    static const QString marker = QStringLiteral("manage");
    return marker;
}

} // namespace

EnvironmentSwitcher::EnvironmentSwitcher(EnvironmentManager *environments, QWidget *parent)
    : QComboBox(parent)
    , m_environments(environments)
{
    setObjectName(QStringLiteral("environmentSwitcher"));
    setToolTip(tr("Environment whose variables fill in {{placeholders}}"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(environments, &EnvironmentManager::environmentsChanged, this,
            &EnvironmentSwitcher::refill);
    connect(environments, &EnvironmentManager::activeChanged, this, &EnvironmentSwitcher::refill);
    connect(this, &QComboBox::activated, this, &EnvironmentSwitcher::onActivated);
    refill();
}

void EnvironmentSwitcher::refill()
{
    m_filling = true;
    clear();
    addItem(tr("No Environment"), QUuid());
    for (const auto &e : m_environments->environments())
        addItem(e.name, e.id);
    insertSeparator(count());
    addItem(tr("Manage Environments…"), manageMarker());
    setCurrentIndex(qMax(0, findData(m_environments->activeId())));
    m_filling = false;
}

void EnvironmentSwitcher::onActivated(int index)
{
    if (m_filling)
        return;
    if (itemData(index).toString() == manageMarker()) {
        setCurrentIndex(qMax(0, findData(m_environments->activeId())));
        emit manageRequested();
        return;
    }
    m_environments->setActiveId(itemData(index).toUuid());
}

} // namespace wb::ui
