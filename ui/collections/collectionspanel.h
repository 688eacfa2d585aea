#pragma once

#include "core/http/requestspec.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QTreeView;
class QUndoStack;

namespace wb::store {
class WorkspaceStore;
}

namespace wb::ui {

class CollectionsModel;
class EnvironmentManager;
class StoreCalls;

// The Collections place of the sidebar: the tree of collections, folders and requests with drag
// and drop, rename in place (F2), duplicate, delete with undo (Ctrl+Z), new collection and
// folder, import and export. Every change is saved to the workspace's CollectionStore.
class CollectionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CollectionsPanel(store::WorkspaceStore *store, QWidget *parent = nullptr);

    // Imported environments go here (without it, importing an environment is refused).
    void setEnvironmentManager(EnvironmentManager *environments);
    // Loads every collection from the store; emits loaded().
    void reload();

    CollectionsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QUndoStack *undoStack() const { return m_undo; }
    // The last error or notice shown at the bottom of the panel (empty when none).
    QString message() const;
    // Writes still on their way to the database.
    int pendingWrites() const;

    // Imports a Postman collection or environment, a curl command or a HAR archive. A broken
    // file changes nothing; the message says where and why. A collection that is already in the
    // workspace is replaced or imported as a copy as the user chooses in an
    // ExistingCollectionDialog (false when cancelled); ids other collections use are renewed.
    bool importFile(const QString &path);
    bool exportCollection(const QUuid &collectionId, const QString &path,
                          bool includeSecrets = false);
    // Saves a request into a collection (a null folder: at its top level) and selects it.
    QUuid saveRequest(const QUuid &collectionId, const QUuid &folderId,
                      const http::RequestSpec &spec, const QString &name);
    // Asks where with a SaveRequestDialog, then saves; returns the new item's id (null when
    // cancelled). Ctrl+S on a tab that is not in a collection yet, and Save As.
    QUuid saveRequestAs(const http::RequestSpec &spec);
    // The variables, headers, auth and description of the selected collection or folder.
    QAction *settingsAction() const { return m_settings; }

signals:
    void requestActivated(const QUuid &collectionId, const QUuid &itemId,
                          const wb::http::RequestSpec &spec);
    void loaded();
    // Every change so far is in the database.
    void saved();

private:
    void buildActions();
    void showMessage(const QString &text, bool error);
    void onActivated(const QModelIndex &index);
    void onContextMenu(const QPoint &pos);
    void updateActions();
    void newCollection();
    void newFolder();
    void renameCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void editSettingsOfCurrent();
    void chooseImport();
    void chooseExport();
    void select(const QModelIndex &index);
    void rememberState();
    void restoreState();

    CollectionsModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QUndoStack *m_undo = nullptr;
    StoreCalls *m_calls = nullptr;
    QPointer<EnvironmentManager> m_environments;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_newCollection = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QSet<QString> m_expanded; // "collection item" keys kept across model resets
    QString m_current;
};

} // namespace wb::ui
