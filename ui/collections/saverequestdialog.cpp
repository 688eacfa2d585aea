#include "ui/collections/saverequestdialog.h"

#include "ui/collections/collectionsmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

constexpr int CollectionRole = Qt::UserRole + 1;
constexpr int FolderRole = Qt::UserRole + 2;

// Folders of a collection under `parent`, from the model's rows.
void addFolders(const CollectionsModel *model, const QModelIndex &index, QTreeWidgetItem *parent)
{
    for (int row = 0; row < model->rowCount(index); ++row) {
        const QModelIndex child = model->index(row, 0, index);
        if (CollectionsModel::kind(child) != CollectionsModel::Kind::Folder)
            continue;
        auto *item = new QTreeWidgetItem(parent, {child.data().toString()});
        item->setIcon(0, child.data(Qt::DecorationRole).value<QIcon>());
        item->setData(0, CollectionRole, CollectionsModel::collectionId(child));
        item->setData(0, FolderRole, CollectionsModel::itemId(child));
        addFolders(model, child, item);
    }
}

} // namespace

SaveRequestDialog::SaveRequestDialog(const CollectionsModel *collections, const QString &name,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save Request"));
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("saveRequestName"));
    m_name->selectAll();
    m_targets = new QTreeWidget(this);
    m_targets->setObjectName(QStringLiteral("saveRequestTargets"));
    m_targets->setHeaderHidden(true);
    for (int row = 0; row < collections->rowCount(); ++row) {
        const QModelIndex index = collections->index(row, 0);
        auto *item = new QTreeWidgetItem(m_targets, {index.data().toString()});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, CollectionRole, CollectionsModel::collectionId(index));
        addFolders(collections, index, item);
    }
    m_newItem = new QTreeWidgetItem(m_targets, {tr("New collection…")});
    m_targets->expandAll();
    m_newCollection = new QLineEdit(tr("New Collection"), this);
    m_newCollection->setObjectName(QStringLiteral("saveRequestNewCollection"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Save to:"), this));
    layout->addWidget(m_targets, 1);
    auto *newForm = new QFormLayout;
    newForm->addRow(tr("New collection name:"), m_newCollection);
    layout->addLayout(newForm);
    layout->addWidget(buttons);

    connect(m_targets, &QTreeWidget::currentItemChanged, this, &SaveRequestDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &SaveRequestDialog::updateState);
    connect(m_newCollection, &QLineEdit::textChanged, this, &SaveRequestDialog::updateState);
    m_targets->setCurrentItem(m_targets->topLevelItem(0));
    resize(420, 420);
    updateState();
}

QString SaveRequestDialog::name() const
{
    return m_name->text().trimmed();
}

QUuid SaveRequestDialog::collectionId() const
{
    const QTreeWidgetItem *item = m_targets->currentItem();
    return item ? item->data(0, CollectionRole).toUuid() : QUuid();
}

QUuid SaveRequestDialog::folderId() const
{
    const QTreeWidgetItem *item = m_targets->currentItem();
    return item ? item->data(0, FolderRole).toUuid() : QUuid();
}

QString SaveRequestDialog::newCollectionName() const
{
    return m_newCollection->text().trimmed();
}

void SaveRequestDialog::setTarget(const QUuid &collectionId, const QUuid &folderId)
{
    for (QTreeWidgetItemIterator it(m_targets); *it; ++it) {
        if ((*it)->data(0, CollectionRole).toUuid() == collectionId &&
            (*it)->data(0, FolderRole).toUuid() == folderId) {
            m_targets->setCurrentItem(*it);
            return;
        }
    }
}

void SaveRequestDialog::updateState()
{
    const bool creating = m_targets->currentItem() == m_newItem;
    m_newCollection->setEnabled(creating);
    m_save->setEnabled(!name().isEmpty() && m_targets->currentItem() &&
                       (!creating || !newCollectionName().isEmpty()));
}

} // namespace wb::ui
