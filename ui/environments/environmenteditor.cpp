#include "ui/environments/environmenteditor.h"

#include "ui/environments/environmentmanager.h"
#include "ui/environments/variablestable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

EnvironmentEditor::EnvironmentEditor(EnvironmentManager *environments, QWidget *parent)
    : QDialog(parent)
    , m_environments(environments)
{
    setWindowTitle(tr("Environments"));
    setObjectName(QStringLiteral("environmentEditor"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    auto *add = new QPushButton(tr("New"), this);
    m_rename = new QPushButton(tr("Rename"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_delete);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_table = new VariablesTable(this);
    m_table->setObjectName(QStringLiteral("environmentVariables"));
    m_reveal = new QCheckBox(tr("Show secret values"), this);
    auto *addVariable = new QPushButton(tr("Add Variable"), this);
    auto *removeVariable = new QPushButton(tr("Remove"), this);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(addVariable);
    tableButtons->addWidget(removeVariable);
    tableButtons->addStretch(1);
    tableButtons->addWidget(m_reveal);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(tableButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 520});
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this] {
        const QUuid id = createEnvironment(tr("New Environment"));
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(IdRole).toUuid() == id)
                m_list->editItem(m_list->item(row));
        }
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            m_list->editItem(m_list->currentItem());
    });
    connect(m_delete, &QPushButton::clicked, this, &EnvironmentEditor::deleteSelected);
    connect(addVariable, &QPushButton::clicked, m_table, &VariablesTable::addVariable);
    connect(removeVariable, &QPushButton::clicked, m_table, &VariablesTable::removeCurrent);
    connect(m_reveal, &QCheckBox::toggled, m_table, &VariablesTable::setSecretsRevealed);
    connect(m_table, &VariablesTable::variablesEdited, this, &EnvironmentEditor::saveVariables);
    connect(m_list, &QListWidget::currentItemChanged, this, &EnvironmentEditor::showSelected);
    connect(m_list, &QListWidget::itemChanged, this, &EnvironmentEditor::onItemChanged);
    connect(m_environments, &EnvironmentManager::environmentsChanged, this, [this] {
        if (!m_filling)
            reloadList();
    });
    reloadList();
    resize(760, 440);
}

void EnvironmentEditor::reloadList()
{
    const QUuid selected = selectedId();
    const bool hadSelection = m_list->currentItem();
    m_filling = true;
    m_list->clear();
    auto *globals = new QListWidgetItem(tr("Globals"), m_list);
    QFont italic = globals->font();
    italic.setItalic(true);
    globals->setFont(italic);
    for (const auto &e : m_environments->environments()) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setData(IdRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_filling = false;
    select(hadSelection ? selected : QUuid());
}

void EnvironmentEditor::select(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toUuid() == id) {
            m_list->setCurrentRow(row);
            showSelected();
            return;
        }
    }
    m_list->setCurrentRow(0);
    showSelected();
}

QUuid EnvironmentEditor::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toUuid() : QUuid();
}

void EnvironmentEditor::showSelected()
{
    if (m_filling)
        return;
    const QUuid id = selectedId();
    const workspace::Environment *environment = m_environments->environment(id);
    m_title->setText(environment ? environment->name
                                 : tr("Globals — available in every environment"));
    m_table->setVariables(environment ? environment->variables : m_environments->globals());
    m_delete->setEnabled(environment);
    m_rename->setEnabled(environment);
}

void EnvironmentEditor::saveVariables()
{
    const QUuid id = selectedId();
    m_filling = true;
    if (const workspace::Environment *current = m_environments->environment(id)) {
        workspace::Environment changed = *current;
        changed.variables = m_table->variables();
        m_environments->save(changed);
    } else {
        m_environments->saveGlobals(m_table->variables());
    }
    m_filling = false;
}

QUuid EnvironmentEditor::createEnvironment(const QString &name)
{
    workspace::Environment environment;
    environment.name = name;
    m_environments->save(environment);
    select(environment.id);
    return environment.id;
}

void EnvironmentEditor::renameEnvironment(const QUuid &id, const QString &name)
{
    const workspace::Environment *current = m_environments->environment(id);
    if (!current || name.trimmed().isEmpty() || current->name == name.trimmed())
        return;
    workspace::Environment changed = *current;
    changed.name = name.trimmed();
    m_environments->save(changed);
    select(id);
}

void EnvironmentEditor::deleteSelected()
{
    const QUuid id = selectedId();
    if (m_environments->environment(id))
        m_environments->remove(id);
}

void EnvironmentEditor::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QUuid id = item->data(IdRole).toUuid();
    const workspace::Environment *current = m_environments->environment(id);
    if (!current)
        return;
    if (item->text().trimmed().isEmpty()) {
        QSignalBlocker block(m_list);
        item->setText(current->name); // a name cannot be empty
        return;
    }
    // Renaming from inside the list's own signal: rebuild the list afterwards.
    QMetaObject::invokeMethod(
        this, [this, id, name = item->text()] { renameEnvironment(id, name); },
        Qt::QueuedConnection);
}

} // namespace wb::ui
