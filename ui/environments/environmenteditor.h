#pragma once

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace wb::ui {

class EnvironmentManager;
class VariablesTable;

// Manage Environments: the globals and each environment on the left (create, rename in place,
// delete), the selected one's variables on the right with enabled and secret flags. Secret
// values stay masked until "Show secret values" is ticked. Edits are saved as they are made.
class EnvironmentEditor : public QDialog
{
    Q_OBJECT

public:
    explicit EnvironmentEditor(EnvironmentManager *environments, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    VariablesTable *table() const { return m_table; }
    QCheckBox *revealToggle() const { return m_reveal; }
    // Selects the globals (a null id) or an environment.
    void select(const QUuid &id);
    QUuid selectedId() const;

    QUuid createEnvironment(const QString &name);
    void renameEnvironment(const QUuid &id, const QString &name);
    void deleteSelected();

private:
    void reloadList();
    void showSelected();
    void saveVariables();
    void onItemChanged(QListWidgetItem *item);

    EnvironmentManager *m_environments;
    QListWidget *m_list = nullptr;
    VariablesTable *m_table = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_rename = nullptr;
    bool m_filling = false;
};

} // namespace wb::ui
