#pragma once

#include <QDialog>
#include <QUuid>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace wb::ui {

class CollectionsModel;

// Asks where to save a request: its name, and a collection or folder (or a new collection).
class SaveRequestDialog : public QDialog
{
    Q_OBJECT

public:
    SaveRequestDialog(const CollectionsModel *collections, const QString &name,
                      QWidget *parent = nullptr);

    QString name() const;
    // Null when a new collection is to be made (its name is newCollectionName()).
    QUuid collectionId() const;
    QUuid folderId() const; // null: the collection's top level
    QString newCollectionName() const;

    QLineEdit *nameEdit() const { return m_name; }
    QTreeWidget *targets() const { return m_targets; }
    // Chooses the collection (and folder) to save into.
    void setTarget(const QUuid &collectionId, const QUuid &folderId = {});

private:
    void updateState();

    QLineEdit *m_name = nullptr;
    QTreeWidget *m_targets = nullptr;
    QLineEdit *m_newCollection = nullptr;
    QPushButton *m_save = nullptr;
    QTreeWidgetItem *m_newItem = nullptr;
};

} // namespace wb::ui
