#include "ui/collections/collectionspanel.h"

#include "core/interchange/postmancollectionwriter.h"
#include "core/store/collectionstore.h"
#include "ui/collections/collectionitemdelegate.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/collections/existingcollectiondialog.h"
#include "ui/collections/fileimport.h"
#include "ui/collections/saverequestdialog.h"
#include "ui/collections/scopesettingsdialog.h"
#include "ui/collections/storecalls.h"
#include "ui/environments/environmentmanager.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace wb::ui {

using workspace::Collection;

namespace {

QString key(const QModelIndex &index)
{
    return CollectionsModel::collectionId(index).toString() + QLatin1Char(' ') +
           CollectionsModel::itemId(index).toString();
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

CollectionsPanel::CollectionsPanel(store::WorkspaceStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new CollectionsModel(this))
    , m_undo(new QUndoStack(this))
    , m_calls(new StoreCalls(store, this))
{
    setObjectName(QStringLiteral("collectionsPanel"));
    setBackgroundRole(QPalette::Base); // like the sidebar it sits in
    setAutoFillBackground(true);
    m_model->setUndoStack(m_undo);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("collectionsTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new CollectionItemDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);

    m_empty = new QLabel(tr("No collections yet. Create one, import a Postman collection, a curl "
                            "command or a HAR file, or save a request with Ctrl+S."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(12, 12, 12, 12);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("collectionsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(8, 6, 8, 6);
    m_message->hide();

    buildActions();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 2);
    buttons->setSpacing(2);
    auto *add = toolButton(m_newCollection, this);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(m_newCollection);
    addMenu->addAction(m_newFolder);
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::MenuButtonPopup);
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(toolButton(m_import, this));
    buttons->addWidget(toolButton(m_export, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_model, &CollectionsModel::modelAboutToBeReset, this,
            &CollectionsPanel::rememberState);
    connect(m_model, &CollectionsModel::modelReset, this, &CollectionsPanel::restoreState);
    connect(m_model, &CollectionsModel::collectionStored, this,
            [this](const Collection &collection, int index) {
                m_calls->run([collection, index](store::Database &db) -> Result<void> {
                    store::CollectionStore collections(db);
                    if (auto done = collections.save(collection); !done)
                        return done;
                    return collections.reorder(collection.id, index);
                });
            });
    connect(m_model, &CollectionsModel::collectionRemoved, this, [this](const QUuid &id) {
        m_calls->run([id](store::Database &db) { return store::CollectionStore(db).remove(id); });
    });
    connect(m_calls, &StoreCalls::failed, this,
            [this](const Error &error) { showMessage(error.message, true); });
    connect(m_calls, &StoreCalls::idle, this, &CollectionsPanel::saved);
    connect(m_tree, &QTreeView::activated, this, &CollectionsPanel::onActivated);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CollectionsPanel::onContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CollectionsPanel::updateActions);
    restoreState();
}

void CollectionsPanel::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newCollection = make(tr("New Collection"), {}, &CollectionsPanel::newCollection);
    m_newFolder = make(tr("New Folder"), {}, &CollectionsPanel::newFolder);
    m_import = make(tr("Import…"), {}, &CollectionsPanel::chooseImport);
    m_import->setToolTip(tr("Import a Postman collection or environment, a curl command or a "
                            "HAR file"));
    m_export = make(tr("Export…"), {}, &CollectionsPanel::chooseExport);
    m_export->setToolTip(tr("Export the selected collection as Postman v2.1"));
    m_rename = make(tr("Rename"), QKeySequence(Qt::Key_F2), &CollectionsPanel::renameCurrent);
    m_duplicate =
        make(tr("Duplicate"), QKeySequence(tr("Ctrl+D")), &CollectionsPanel::duplicateCurrent);
    m_delete = make(tr("Delete"), QKeySequence::Delete, &CollectionsPanel::deleteCurrent);
    m_settings = make(tr("Settings…"), QKeySequence(tr("Alt+Return")),
                      &CollectionsPanel::editSettingsOfCurrent);
    m_settings->setToolTip(tr("Variables, headers and auth for the requests below"));
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redoAction);
}

void CollectionsPanel::setEnvironmentManager(EnvironmentManager *environments)
{
    m_environments = environments;
}

void CollectionsPanel::reload()
{
    auto loaded = std::make_shared<QList<Collection>>();
    m_calls->run(
        [loaded](store::Database &db) -> Result<void> {
            store::CollectionStore collections(db);
            const auto list = collections.list();
            if (!list)
                return list.error();
            for (const auto &entry : list.value()) {
                auto collection = collections.load(entry.id);
                if (!collection)
                    return collection.error();
                loaded->append(std::move(collection).value());
            }
            return {};
        },
        [this, loaded](const Error &error) {
            if (!error.isError()) {
                m_undo->clear();
                m_model->setCollections(*loaded);
            }
            emit this->loaded();
        });
}

QString CollectionsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

int CollectionsPanel::pendingWrites() const
{
    return m_calls->pending();
}

void CollectionsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

bool CollectionsPanel::importFile(const QString &path)
{
    const auto imported = FileImport::read(path);
    if (!imported) {
        showMessage(imported.error().message, true);
        return false;
    }
    if (imported->environment) {
        if (!m_environments) {
            showMessage(tr("Environments cannot be imported here."), true);
            return false;
        }
        workspace::Environment environment = *imported->environment;
        if (m_environments->environment(environment.id))
            environment.id = QUuid::createUuid(); // imported twice: a second one
        m_environments->save(environment);
        showMessage(tr("Imported the environment “%1”.").arg(imported->environment->name), false);
        return true;
    }
    const Collection &incoming = *imported->collection;
    auto existing = workspace::ExistingCollection::Refuse;
    QStringList notes = imported->notes;
    if (const Collection *stored = m_model->collection(incoming.id)) {
        const auto choice = ExistingCollectionDialog::ask(stored->name, this);
        if (!choice) {
            showMessage(tr("Nothing was imported."), false);
            return false;
        }
        existing = *choice;
        notes.prepend(existing == workspace::ExistingCollection::Replace
                          ? tr("Replaced the collection “%1”.").arg(stored->name)
                          : tr("Imported “%1” as a copy.").arg(incoming.name));
    }
    const QUuid id = m_model->importCollection(incoming, existing);
    if (id.isNull()) {
        showMessage(tr("Nothing was imported."), true);
        return false;
    }
    select(m_model->indexOf(id));
    m_tree->expand(m_model->indexOf(id));
    showMessage(notes.join(QLatin1Char('\n')), false);
    return true;
}

bool CollectionsPanel::exportCollection(const QUuid &collectionId, const QString &path,
                                        bool includeSecrets)
{
    const Collection *collection = m_model->collection(collectionId);
    if (!collection)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(interchange::PostmanCollectionWriter::toJson(*collection, includeSecrets)) < 0 ||
        !file.commit()) {
        showMessage(
            tr("%1 could not be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()),
            true);
        return false;
    }
    showMessage(tr("Exported “%1” to %2.").arg(collection->name, QFileInfo(path).fileName()),
                false);
    return true;
}

QUuid CollectionsPanel::saveRequest(const QUuid &collectionId, const QUuid &folderId,
                                    const http::RequestSpec &spec, const QString &name)
{
    const QUuid id = m_model->saveRequest(collectionId, folderId, spec, name);
    if (!id.isNull())
        select(m_model->indexOf(collectionId, id));
    return id;
}

QUuid CollectionsPanel::saveRequestAs(const http::RequestSpec &spec)
{
    SaveRequestDialog dialog(m_model, spec.name.isEmpty() ? spec.url : spec.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QUuid collectionId = dialog.collectionId();
    if (collectionId.isNull())
        collectionId = m_model->addCollection(dialog.newCollectionName());
    return saveRequest(collectionId, dialog.folderId(), spec, dialog.name());
}

void CollectionsPanel::onActivated(const QModelIndex &index)
{
    if (CollectionsModel::kind(index) != CollectionsModel::Kind::Request)
        return;
    const auto spec = m_model->request(index);
    if (!spec) {
        showMessage(spec.error().message, true);
        return;
    }
    emit requestActivated(CollectionsModel::collectionId(index), CollectionsModel::itemId(index),
                          spec.value());
}

void CollectionsPanel::editSettingsOfCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    const auto settings = m_model->scopeSettings(index);
    if (!settings)
        return;
    const QUuid collectionId = CollectionsModel::collectionId(index);
    const QUuid itemId = CollectionsModel::itemId(index);
    ScopeSettingsDialog dialog(index.data().toString(), settings.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Found again: the tree may have changed while the dialog was open.
    const QModelIndex target = m_model->indexOf(collectionId, itemId);
    if (!target.isValid() || !m_model->updateScopeSettings(target, dialog.settings()))
        showMessage(tr("The settings could not be saved: the item is gone."), true);
}

void CollectionsPanel::onContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        select(index);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_newCollection);
    if (index.isValid()) {
        menu.addAction(m_newFolder);
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_duplicate);
        menu.addAction(m_delete);
        if (CollectionsModel::kind(index) == CollectionsModel::Kind::Collection)
            menu.addAction(m_export);
        if (CollectionsModel::kind(index) != CollectionsModel::Kind::Request) {
            menu.addSeparator();
            menu.addAction(m_settings);
        }
    } else {
        menu.addAction(m_import);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void CollectionsPanel::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool any = current.isValid();
    m_newFolder->setEnabled(any &&
                            CollectionsModel::kind(current) != CollectionsModel::Kind::Request);
    m_rename->setEnabled(any);
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
    m_settings->setEnabled(any &&
                           CollectionsModel::kind(current) != CollectionsModel::Kind::Request);
    m_export->setEnabled(!m_model->collections().isEmpty());
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_tree->setVisible(!empty);
}

void CollectionsPanel::newCollection()
{
    const QUuid id = m_model->addCollection(tr("New Collection"));
    select(m_model->indexOf(id));
    m_tree->edit(m_tree->currentIndex());
}

void CollectionsPanel::newFolder()
{
    QModelIndex parent = m_tree->currentIndex();
    if (CollectionsModel::kind(parent) == CollectionsModel::Kind::Request)
        parent = parent.parent();
    if (!parent.isValid())
        return;
    const QUuid cid = CollectionsModel::collectionId(parent);
    const QUuid id = m_model->addFolder(parent, tr("New Folder"));
    const QModelIndex folder = m_model->indexOf(cid, id);
    m_tree->expand(folder.parent());
    select(folder);
    m_tree->edit(folder);
}

void CollectionsPanel::renameCurrent()
{
    if (m_tree->currentIndex().isValid())
        m_tree->edit(m_tree->currentIndex());
}

void CollectionsPanel::duplicateCurrent()
{
    select(m_model->duplicate(m_tree->currentIndex()));
}

void CollectionsPanel::deleteCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data().toString();
    if (m_model->remove(current))
        showMessage(tr("Deleted “%1”. Ctrl+Z brings it back.").arg(name), false);
}

void CollectionsPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(),
        tr("Collections, environments, HAR (*.json *.har);;curl command (*.sh *.txt *.curl);;"
           "All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CollectionsPanel::chooseExport()
{
    QModelIndex index = m_tree->currentIndex();
    while (index.parent().isValid())
        index = index.parent();
    if (!index.isValid())
        index = m_model->index(0, 0);
    if (!index.isValid())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Collection"), index.data().toString() + QStringLiteral(".json"),
        tr("Postman collection v2.1 (*.json)"));
    if (!path.isEmpty())
        exportCollection(CollectionsModel::collectionId(index), path);
}

void CollectionsPanel::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void CollectionsPanel::rememberState()
{
    m_expanded.clear();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_expanded.insert(key(index));
                walk(index);
            }
        }
    };
    walk({});
    m_current = key(m_tree->currentIndex());
}

void CollectionsPanel::restoreState()
{
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_expanded.contains(key(index))) {
                m_tree->expand(index);
                walk(index);
            }
            if (key(index) == m_current)
                m_tree->setCurrentIndex(index);
        }
    };
    walk({});
    updateActions();
}

} // namespace wb::ui
