#include "ui/collections/existingcollectiondialog.h"

#include <QPushButton>

namespace wb::ui {

ExistingCollectionDialog::ExistingCollectionDialog(const QString &collectionName, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Import Collection"));
    setText(tr("The collection “%1” is already in the workspace.").arg(collectionName));
    setInformativeText(tr("Replace it with the imported one (edits made to it since are lost), "
                          "or import a copy beside it?"));
    m_replace = addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    m_copy = addButton(tr("Import as &Copy"), QMessageBox::AcceptRole);
    addButton(QMessageBox::Cancel);
    setDefaultButton(m_copy);
    setEscapeButton(QMessageBox::Cancel);
}

std::optional<workspace::ExistingCollection> ExistingCollectionDialog::choice() const
{
    if (clickedButton() == m_replace)
        return workspace::ExistingCollection::Replace;
    if (clickedButton() == m_copy)
        return workspace::ExistingCollection::ImportAsCopy;
    return std::nullopt;
}

std::optional<workspace::ExistingCollection>
ExistingCollectionDialog::ask(const QString &collectionName, QWidget *parent)
{
    ExistingCollectionDialog dialog(collectionName, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace wb::ui
