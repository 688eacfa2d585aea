#pragma once

#include <QComboBox>

namespace wb::ui {

class EnvironmentManager;

// The toolbar's environment choice: "No Environment", each environment, and "Manage
// Environments…" at the end (which emits manageRequested() and keeps the current choice).
class EnvironmentSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit EnvironmentSwitcher(EnvironmentManager *environments, QWidget *parent = nullptr);

signals:
    void manageRequested();

private:
    void refill();
    void onActivated(int index);

    EnvironmentManager *m_environments;
    bool m_filling = false;
};

} // namespace wb::ui
