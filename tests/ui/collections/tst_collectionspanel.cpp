// The Collections sidebar on a real SQLite workspace: a corpus collection imports into a tree,
// a broken file changes nothing, rename in place (F2), drag-and-drop moves within and across
// collections, delete and Ctrl+Z, duplicate, Save As; each change is seen by a fresh store.

#include "core/store/collectionstore.h"
#include "core/store/database.h"
#include "core/store/workspacestore.h"
#include "tests/support/testenv.h"
#include "tests/ui/collections/testworkspace.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/collections/collectionspanel.h"
#include "ui/collections/existingcollectiondialog.h"
#include "ui/collections/saverequestdialog.h"
#include "ui/collections/scopesettingsdialog.h"
#include "ui/environments/environmentmanager.h"
#include "ui/environments/variablestable.h"
#include "ui/request/autheditor.h"
#include "ui/request/keyvaluetable.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace wb;
using namespace wb::ui;

namespace {

QString corpus(const QString &name)
{
    return test::corpusDir() + QStringLiteral("/postman-v2.1/examples/") + name;
}

// The test functions that need no file from the shared corpus; every other one skips (or, under
// CI, fails) without it.
bool usesCorpus(const char *testFunction)
{
    static const QSet<QByteArray> own{"importsCurlHarAndEnvironments",
                                      "existingCollectionIsReplacedOrCopied",
                                      "forkImportsBesideWithoutAsking"};
    return !own.contains(testFunction);
}

// A Postman export with ids on the collection, its folder and its requests.
QByteArray shopExport(const char *collectionId)
{
    return QByteArray("{\"info\": {\"name\": \"Shop\", \"_postman_id\": \"") + collectionId +
           "\",\n"
           "  \"schema\": "
           "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n"
           " \"item\": [{\"name\": \"Orders\", \"id\": \"3e1c2a43-0000-4000-8000-0000000000f1\", "
           "\"item\": [\n"
           "   {\"name\": \"List\", \"id\": \"3e1c2a43-0000-4000-8000-0000000000a1\",\n"
           "    \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1/orders\"}}]},\n"
           "  {\"name\": \"Health\", \"id\": \"3e1c2a43-0000-4000-8000-0000000000a2\",\n"
           "   \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1/health\"}}]}";
}

QSet<QUuid> itemIds(const QList<workspace::CollectionItem> &items)
{
    QSet<QUuid> ids;
    for (const auto &item : items)
        ids += QSet<QUuid>{item.id} + itemIds(item.children);
    return ids;
}

// The names of the rows under `parent`, in order.
QStringList names(const CollectionsModel *model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model->rowCount(parent); ++row)
        result.append(model->index(row, 0, parent).data().toString());
    return result;
}

QModelIndex child(const CollectionsModel *model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (model->index(row, 0, parent).data().toString() == name)
            return model->index(row, 0, parent);
    }
    return {};
}

} // namespace

class TestCollectionsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_workspace;
    std::unique_ptr<CollectionsPanel> m_panel;

    CollectionsModel *model() const { return m_panel->model(); }

    // What a new connection to the database reads, once every write is in.
    QList<workspace::Collection> stored()
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_panel->pendingWrites(), 0, 10000); }();
        QList<workspace::Collection> result;
        auto db = store::Database::open(m_workspace->path(), store::Database::Role::Secondary);
        if (!db)
            return result;
        store::CollectionStore collections(*db.value());
        const auto list = collections.list();
        if (!list) {
            qWarning() << list.error().toString();
            return result;
        }
        for (const auto &entry : list.value()) {
            const auto loaded = collections.load(entry.id);
            if (!loaded) {
                qWarning() << loaded.error().toString();
                return result;
            }
            result.append(loaded.value());
        }
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_workspace->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Answers the next ExistingCollectionDialog with the button `pick` chooses; the flag says
    // whether one was shown.
    std::shared_ptr<bool>
    answerExisting(std::function<QAbstractButton *(ExistingCollectionDialog *)> pick)
    {
        auto asked = std::make_shared<bool>(false);
        QTimer::singleShot(0, this, [asked, pick] {
            auto *dialog =
                qobject_cast<ExistingCollectionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *asked = true;
            pick(dialog)->click();
        });
        return asked;
    }

    void importGithub()
    {
        QVERIFY2(m_panel->importFile(corpus(QStringLiteral("github.json"))),
                 qPrintable(m_panel->message()));
    }

private slots:
    void init()
    {
        if (usesCorpus(QTest::currentTestFunction()))
            WB_CHECK_FIXTURE(test::requireCorpus(QStringLiteral("postman-v2.1/examples")));
        m_workspace = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_workspace->dir.isValid());
        m_panel = std::make_unique<CollectionsPanel>(&m_workspace->store);
        m_panel->resize(320, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy loaded(m_panel.get(), &CollectionsPanel::loaded);
        m_panel->reload();
        QVERIFY(loaded.wait(10000));
    }

    void cleanup()
    {
        m_panel.reset();
        m_workspace.reset();
    }

    void importShowsTheTree()
    {
        importGithub();
        QCOMPARE(names(model()), QStringList{QStringLiteral("Github")});
        const QModelIndex github = model()->index(0, 0);
        QCOMPARE(names(model(), github),
                 (QStringList{QStringLiteral("Repositories"), QStringLiteral("Users")}));
        QVERIFY(m_panel->tree()->isExpanded(github));
        const QModelIndex repositories = child(model(), github, QStringLiteral("Repositories"));
        QCOMPARE(CollectionsModel::kind(repositories), CollectionsModel::Kind::Folder);
        const QModelIndex contributors =
            child(model(), repositories, QStringLiteral("List Contributors"));
        QVERIFY(contributors.isValid());
        QCOMPARE(contributors.data(CollectionsModel::MethodRole).toString(), QStringLiteral("GET"));
        QVERIFY(m_panel->tree()->visualRect(github).isValid());

        const auto saved = stored();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("Github"));
        QCOMPARE(saved.first().requestCount(), model()->collections().first().requestCount());
        QVERIFY(saved.first().requestCount() > 5);

        // The same file again, imported as a copy: a second collection with its own ids; the
        // first is untouched.
        const auto asked =
            answerExisting([](ExistingCollectionDialog *d) { return d->copyButton(); });
        importGithub();
        QVERIFY(*asked);
        QCOMPARE(names(model()), (QStringList{QStringLiteral("Github"), QStringLiteral("Github")}));
        QVERIFY(model()->collections().at(0).id != model()->collections().at(1).id);
        const auto twice = stored();
        QCOMPARE(twice.size(), 2);
        QCOMPARE(twice.at(0).requestCount(), twice.at(1).requestCount());
    }

    void folderSettingsAreEditedSavedAndUndone()
    {
        importGithub();
        const QModelIndex github = model()->index(0, 0);
        const QModelIndex repositories = child(model(), github, QStringLiteral("Repositories"));
        m_panel->tree()->setCurrentIndex(repositories);
        QVERIFY(m_panel->settingsAction()->isEnabled());

        // The dialog shows what the folder has; add a variable, a header and Bearer auth.
        bool edited = false;
        QTimer::singleShot(100, this, [&edited] {
            auto *dialog = qobject_cast<ScopeSettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QList<workspace::Variable> variables = dialog->variablesTable()->variables();
            variables.append({QStringLiteral("owner"), QStringLiteral("octocat")});
            dialog->variablesTable()->setVariables(variables);
            dialog->headersTable()->setRows(
                {{QStringLiteral("X-Team"), QStringLiteral("{{owner}}"), true}});
            dialog->setsAuthBox()->setChecked(true);
            http::AuthSpec auth;
            auth.kind = http::AuthSpec::Kind::Bearer;
            auth.token = QStringLiteral("folder-token");
            dialog->authEditor()->setAuth(auth);
            edited = true;
            if (const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/folder-settings.png"));
            dialog->accept();
        });
        m_panel->settingsAction()->trigger();
        QVERIFY(edited);

        // The edit replaced the collection's rows: find the folder again.
        const auto folderRow = [this] {
            return child(model(), model()->index(0, 0), QStringLiteral("Repositories"));
        };
        const auto settings = model()->scopeSettings(folderRow());
        QVERIFY(settings);
        QVERIFY(settings->setsAuth);
        QCOMPARE(settings->auth.token, QStringLiteral("folder-token"));
        QCOMPARE(settings->headers.size(), 1);
        QCOMPARE(settings->headers.first().value, QStringLiteral("{{owner}}"));
        QVERIFY(std::any_of(
            settings->variables.cbegin(), settings->variables.cend(),
            [](const workspace::Variable &v) { return v.key == QStringLiteral("owner"); }));

        // Kept in the database, applied to the requests below, and undone with Ctrl+Z.
        const auto saved = stored();
        QCOMPARE(saved.size(), 1);
        const workspace::Collection &collection = saved.first();
        const QUuid folderId = CollectionsModel::itemId(folderRow());
        const workspace::CollectionItem *folder = collection.find(folderId);
        QVERIFY(folder);
        QCOMPARE(folder->headers.size(), 1);
        QVERIFY(!folder->inheritAuth);
        const QUuid requestId = folder->children.first().id;
        QCOMPARE(collection.effectiveVariables(requestId).last().key, QStringLiteral("owner"));

        m_panel->undoStack()->undo();
        QVERIFY(!model()->scopeSettings(folderRow())->setsAuth);
        QVERIFY(model()->scopeSettings(folderRow())->headers.isEmpty());
        const auto afterUndo = stored();
        QCOMPARE(afterUndo.size(), 1);
        const workspace::CollectionItem *undone = afterUndo.first().find(folderId);
        QVERIFY(undone && undone->headers.isEmpty());
    }

    void brokenFileChangesNothing()
    {
        importGithub();
        const QString broken = m_workspace->filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"info\": {\"name\": \"Broken\", \"schema\": "
                   "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}, "
                   "\"item\": [{\"name\": \"r\", \"request\": {\"url\": 7}}]}");
        file.close();
        QVERIFY(!m_panel->importFile(broken));
        QVERIFY2(m_panel->message().contains(QStringLiteral("$.item[0].request.url")),
                 qPrintable(m_panel->message()));
        QCOMPARE(names(model()), QStringList{QStringLiteral("Github")});
        QCOMPARE(stored().size(), 1);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"info\": {\"name\": \"x\"");
        file.close();
        QVERIFY(!m_panel->importFile(broken));
        QVERIFY2(m_panel->message().contains(QStringLiteral("line 1, column")),
                 qPrintable(m_panel->message()));
        QCOMPARE(model()->rowCount(), 1);
    }

    void renameInPlace()
    {
        importGithub();
        const QModelIndex users = child(model(), model()->index(0, 0), QStringLiteral("Users"));
        QTreeView *tree = m_panel->tree();
        tree->setFocus();
        tree->setCurrentIndex(users);
        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("Users"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("People"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(child(model(), model()->index(0, 0), QStringLiteral("People")).isValid());
        const QUuid id = CollectionsModel::itemId(
            child(model(), model()->index(0, 0), QStringLiteral("People")));
        QCOMPARE(stored().first().find(id)->name, QStringLiteral("People"));
    }

    void dragAndDropMovesWithinAndAcrossCollections()
    {
        importGithub();
        QVERIFY(m_panel->importFile(corpus(QStringLiteral("httpbin.json"))));
        QCOMPARE(model()->rowCount(), 2);
        QModelIndex github = model()->index(0, 0);
        const QModelIndex users = child(model(), github, QStringLiteral("Users"));
        const QModelIndex me = child(model(), users, QStringLiteral("Get Authenticated User"));
        const QUuid githubId = CollectionsModel::collectionId(me);
        const QUuid meId = CollectionsModel::itemId(me);

        // Within a collection: to the top of Repositories.
        std::unique_ptr<QMimeData> data(model()->mimeData({me}));
        const QModelIndex repositories = child(model(), github, QStringLiteral("Repositories"));
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, repositories));
        QVERIFY(model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, repositories));
        github = model()->indexOf(githubId);
        QCOMPARE(names(model(), child(model(), github, QStringLiteral("Repositories"))).first(),
                 QStringLiteral("Get Authenticated User"));
        QVERIFY(!child(model(), child(model(), github, QStringLiteral("Users")),
                       QStringLiteral("Get Authenticated User"))
                     .isValid());

        // A folder cannot go into itself.
        const QModelIndex usersNow = child(model(), github, QStringLiteral("Users"));
        data.reset(model()->mimeData({usersNow}));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, usersNow));

        // Across collections: the Users folder into httpbin's first folder.
        const QModelIndex httpbin = model()->indexOf(model()->collections().at(1).id);
        const QModelIndex postJson = model()->index(0, 0, httpbin);
        const QUuid usersId = CollectionsModel::itemId(usersNow);
        const QString postJsonName = postJson.data().toString();
        QVERIFY(model()->dropMimeData(data.get(), Qt::MoveAction, -1, 0, postJson));
        const QModelIndex moved = model()->indexOf(model()->collections().at(1).id, usersId);
        QVERIFY(moved.isValid());
        QCOMPARE(moved.parent().data().toString(), postJsonName);
        QVERIFY(model()->rowCount(moved) > 0);

        // Collections reorder at the top level.
        data.reset(model()->mimeData({model()->index(1, 0)}));
        QVERIFY(model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(names(model()).first(), QStringLiteral("httpbin"));

        const auto saved = stored();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, QStringLiteral("httpbin"));
        QVERIFY(saved.at(0).find(usersId));
        QVERIFY(!saved.at(1).find(usersId));
        QCOMPARE(saved.at(1).id, githubId);
        QCOMPARE(saved.at(1).find(meId)->name, QStringLiteral("Get Authenticated User"));
        QCOMPARE(saved.at(1).ancestors(meId)->last()->name, QStringLiteral("Repositories"));

        // One undo step per drop.
        QTest::keyClick(m_panel->tree(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(names(model()).first(), QStringLiteral("Github"));
    }

    void deleteThenUndo()
    {
        importGithub();
        const QModelIndex users = child(model(), model()->index(0, 0), QStringLiteral("Users"));
        const QUuid usersId = CollectionsModel::itemId(users);
        const int children = model()->rowCount(users);
        QTreeView *tree = m_panel->tree();
        tree->setFocus();
        tree->setCurrentIndex(users);
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!model()->indexOf(model()->collections().first().id, usersId).isValid());
        QVERIFY(m_panel->message().contains(QStringLiteral("Ctrl+Z")));
        QVERIFY(!stored().first().find(usersId));

        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        const QModelIndex back = model()->indexOf(model()->collections().first().id, usersId);
        QVERIFY(back.isValid());
        QCOMPARE(model()->rowCount(back), children);
        QCOMPARE(back.row(), 1); // in its old place
        QVERIFY(stored().first().find(usersId));

        // A whole collection too.
        tree->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(stored().isEmpty());
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().requestCount(), model()->collections().first().requestCount());
    }

    void duplicateAndSaveAs()
    {
        importGithub();
        const QModelIndex repositories =
            child(model(), model()->index(0, 0), QStringLiteral("Repositories"));
        const QModelIndex get = child(model(), repositories, QStringLiteral("Get"));
        const int getRow = get.row();
        const QUuid getId = CollectionsModel::itemId(get);
        const QString getUrl = model()->request(get).value().url;
        QTreeView *tree = m_panel->tree();
        tree->setFocus();
        tree->setCurrentIndex(get);
        QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
        const QModelIndex copy = tree->currentIndex();
        QCOMPARE(copy.data().toString(), QStringLiteral("Get Copy"));
        QCOMPARE(copy.row(), getRow + 1);
        QVERIFY(CollectionsModel::itemId(copy) != getId);
        QCOMPARE(model()->request(copy).value().url, getUrl);

        // Save As: the dialog asks where; choose the Users folder.
        http::RequestSpec spec;
        spec.method = QStringLiteral("PATCH");
        spec.url = QStringLiteral("{{host}}/user");
        const QUuid usersId =
            CollectionsModel::itemId(child(model(), model()->index(0, 0), QStringLiteral("Users")));
        const QUuid githubId = model()->collections().first().id;
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SaveRequestDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setTarget(githubId, usersId);
            dialog->nameEdit()->selectAll();
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Update profile"));
            answered = true;
            dialog->accept();
        });
        const QUuid saved = m_panel->saveRequestAs(spec);
        QVERIFY(answered);
        QVERIFY(!saved.isNull());
        const QModelIndex item = model()->indexOf(githubId, saved);
        QCOMPARE(item.data().toString(), QStringLiteral("Update profile"));
        QCOMPARE(CollectionsModel::itemId(item.parent()), usersId);
        QCOMPARE(item.data(CollectionsModel::MethodRole).toString(), QStringLiteral("PATCH"));
        QCOMPARE(stored().first().find(saved)->request.url, QStringLiteral("{{host}}/user"));

        // Opening it: Enter on the row hands the saved request to whoever opens tabs.
        QSignalSpy activated(m_panel.get(), &CollectionsPanel::requestActivated);
        tree->setCurrentIndex(item);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(1).toUuid(), saved);
        QCOMPARE(activated.first().at(2).value<http::RequestSpec>().method,
                 QStringLiteral("PATCH"));
    }

    void importsCurlHarAndEnvironments()
    {
        const QString data = test::sourceDir() + QStringLiteral("/tests/interchange/data/");
        QVERIFY2(m_panel->importFile(data + QStringLiteral("curl/03-stripe-customers.sh")),
                 qPrintable(m_panel->message()));
        QVERIFY2(m_panel->importFile(data + QStringLiteral("har/browser.har")),
                 qPrintable(m_panel->message()));
        QCOMPARE(names(model()),
                 (QStringList{QStringLiteral("03-stripe-customers"), QStringLiteral("browser")}));
        const QModelIndex stripe = model()->index(0, 0, model()->index(0, 0));
        QCOMPARE(stripe.data(CollectionsModel::MethodRole).toString(), QStringLiteral("POST"));
        QVERIFY(model()->request(stripe).value().url.startsWith(
            QStringLiteral("https://api.stripe.com/v1/customers")));
        QVERIFY(model()->rowCount(model()->index(1, 0)) > 0);
        QCOMPARE(stored().size(), 2);

        // An environment file goes to the environments, not the tree.
        const QString environment =
            test::sourceDir() + QStringLiteral("/tests/fuzz/corpus/postman/environment.json");
        QVERIFY(!m_panel->importFile(environment)); // nowhere to put it yet
        EnvironmentManager environments(&m_workspace->store);
        m_panel->setEnvironmentManager(&environments);
        QVERIFY2(m_panel->importFile(environment), qPrintable(m_panel->message()));
        QCOMPARE(environments.environments().size(), 1);
        QCOMPARE(environments.environments().first().name, QStringLiteral("Local"));
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(m_panel->importFile(environment)); // again: a second one, the first stays
        QCOMPARE(environments.environments().size(), 2);
        QTRY_COMPARE(environments.pendingWrites(), 0);
        m_panel->setEnvironmentManager(nullptr);
    }

    // The same export again asks: Cancel imports nothing, Replace puts the file's version in the
    // place of the stored one (undone with Ctrl+Z), Import as Copy keeps both.
    void existingCollectionIsReplacedOrCopied()
    {
        const QString shop = writeFile(QStringLiteral("shop.json"),
                                       shopExport("3e1c2a43-0000-4000-8000-000000000001"));
        QVERIFY2(m_panel->importFile(shop), qPrintable(m_panel->message()));
        const QUuid shopId = model()->collections().first().id;
        const QModelIndex health = child(model(), model()->index(0, 0), QStringLiteral("Health"));
        QVERIFY(model()->rename(health, QStringLiteral("Edited")));

        auto asked = answerExisting(
            [](ExistingCollectionDialog *d) { return d->button(QMessageBox::Cancel); });
        QVERIFY(!m_panel->importFile(shop));
        QVERIFY(*asked);
        QCOMPARE(names(model()), QStringList{QStringLiteral("Shop")});
        QCOMPARE(names(model(), model()->index(0, 0)),
                 (QStringList{QStringLiteral("Orders"), QStringLiteral("Edited")}));

        asked = answerExisting([](ExistingCollectionDialog *d) { return d->replaceButton(); });
        QVERIFY2(m_panel->importFile(shop), qPrintable(m_panel->message()));
        QVERIFY(*asked);
        QVERIFY2(m_panel->message().contains(QStringLiteral("Replaced")),
                 qPrintable(m_panel->message()));
        QCOMPARE(model()->collections().size(), 1);
        QCOMPARE(model()->collections().first().id, shopId);
        QCOMPARE(names(model(), model()->index(0, 0)),
                 (QStringList{QStringLiteral("Orders"), QStringLiteral("Health")}));
        auto saved = stored();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().items.last().name, QStringLiteral("Health"));
        m_panel->undoStack()->undo();
        QCOMPARE(names(model(), model()->index(0, 0)),
                 (QStringList{QStringLiteral("Orders"), QStringLiteral("Edited")}));
        QCOMPARE(stored().first().items.last().name, QStringLiteral("Edited"));

        asked = answerExisting([](ExistingCollectionDialog *d) { return d->copyButton(); });
        QVERIFY2(m_panel->importFile(shop), qPrintable(m_panel->message()));
        QVERIFY(*asked);
        QCOMPARE(names(model()), (QStringList{QStringLiteral("Shop"), QStringLiteral("Shop")}));
        const auto &collections = model()->collections();
        QVERIFY(collections.at(0).id != collections.at(1).id);
        QVERIFY(!itemIds(collections.at(0).items).intersects(itemIds(collections.at(1).items)));
        saved = stored();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).items.last().name, QStringLiteral("Edited"));
        QCOMPARE(saved.at(1).items.last().name, QStringLiteral("Health"));
    }

    // A fork of the same export (its own collection id, the same item ids) is not the same
    // collection: it comes in beside the first without a question, with fresh item ids.
    void forkImportsBesideWithoutAsking()
    {
        QVERIFY(m_panel->importFile(writeFile(QStringLiteral("shop.json"),
                                              shopExport("3e1c2a43-0000-4000-8000-000000000001"))));
        const auto asked = answerExisting(
            [](ExistingCollectionDialog *d) { return d->button(QMessageBox::Cancel); });
        QVERIFY2(m_panel->importFile(writeFile(QStringLiteral("fork.json"),
                                               shopExport("3e1c2a43-0000-4000-8000-000000000002"))),
                 qPrintable(m_panel->message()));
        QVERIFY(!*asked);
        const auto &collections = model()->collections();
        QCOMPARE(collections.size(), 2);
        QVERIFY(!itemIds(collections.at(0).items).intersects(itemIds(collections.at(1).items)));
        const auto saved = stored();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).requestCount(), 2);
    }

    void exportWritesPostmanJson()
    {
        importGithub();
        const QString path = m_workspace->filePath(QStringLiteral("out.json"));
        QVERIFY(m_panel->exportCollection(model()->collections().first().id, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"List Contributors\""));
    }
};

QTEST_MAIN(TestCollectionsPanel)
#include "tst_collectionspanel.moc"
