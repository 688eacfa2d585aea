// Imports never lose or misread anything: a collection whose folder and request ids another
// stored collection uses (a fork of the same export) comes in with fresh ids beside it, one that
// is already stored is replaced or copied only when the caller says so, and a storage error says
// what really happened (a duplicate id is not a full disk).

#include "core/interchange/postmancollectionreader.h"
#include "core/store/collectionstore.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/workspace/collectionimport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;
using namespace wb::workspace;

namespace {

// A Postman export whose collection, folder and requests all carry ids, as Postman writes them.
QByteArray exportDocument(const char *collectionId = "6f1c2a43-0000-4000-8000-000000000001",
                          const char *name = "Shop")
{
    return QByteArray("{\"info\": {\"name\": \"") + name + "\", \"_postman_id\": \"" +
           collectionId +
           "\",\n"
           "  \"schema\": "
           "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n"
           " \"item\": [\n"
           "  {\"name\": \"Orders\", \"id\": \"6f1c2a43-0000-4000-8000-0000000000f1\", \"item\": "
           "[\n"
           "    {\"name\": \"List\", \"id\": \"6f1c2a43-0000-4000-8000-0000000000a1\",\n"
           "     \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1/orders\"}},\n"
           "    {\"name\": \"Create\", \"id\": \"6f1c2a43-0000-4000-8000-0000000000a2\",\n"
           "     \"request\": {\"method\": \"POST\", \"url\": \"http://127.0.0.1/orders\"}}]},\n"
           "  {\"name\": \"Health\", \"id\": \"6f1c2a43-0000-4000-8000-0000000000a3\",\n"
           "   \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1/health\"}}]}";
}

Collection read(const QByteArray &document)
{
    auto collection = interchange::PostmanCollectionReader::read(document);
    if (!collection)
        qFatal("%s", qPrintable(collection.error().toString()));
    return std::move(collection).value();
}

void collectIds(const QList<CollectionItem> &items, QList<QUuid> &into)
{
    for (const auto &item : items) {
        into.append(item.id);
        collectIds(item.children, into);
    }
}

QList<QUuid> itemIds(const Collection &collection)
{
    QList<QUuid> ids;
    collectIds(collection.items, ids);
    return ids;
}

} // namespace

class TestCollectionImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    CollectionStore store() const { return CollectionStore(*m_db); }

    int storedCount() const
    {
        const auto list = store().list();
        return list ? int(list->size()) : -1;
    }

private slots:
    void init()
    {
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        auto db = Database::open(m_dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void firstImportKeepsTheIds()
    {
        const Collection incoming = read(exportDocument());
        const auto imported = store().import(incoming, ExistingCollection::Refuse);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QVERIFY(!imported->replaces);
        QCOMPARE(imported->renewedIds, 0);
        QCOMPARE(imported->collection.id, incoming.id);
        const auto loaded = store().load(incoming.id);
        QVERIFY(loaded.ok());
        QCOMPARE(itemIds(loaded.value()), itemIds(incoming));
        QCOMPARE(loaded->requestCount(), 3);
    }

    // The same export again (a second copy): nothing happens unless the caller chose.
    void existingCollectionIsRefusedWithoutAChoice()
    {
        const Collection incoming = read(exportDocument());
        QVERIFY(store().import(incoming, ExistingCollection::Refuse).ok());
        Collection edited = store().load(incoming.id).value();
        edited.items.last().name = QStringLiteral("Edited since");
        QVERIFY(store().save(edited).ok());

        const auto again = store().import(incoming, ExistingCollection::Refuse);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().category, ErrorCategory::InvalidInput);
        QVERIFY2(again.error().message.contains(QStringLiteral("already holds the collection "
                                                               "“Shop”")),
                 qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(QStringLiteral("replaces it")));
        QVERIFY(again.error().message.contains(QStringLiteral("copy")));
        QCOMPARE(storedCount(), 1);
        QCOMPARE(store().load(incoming.id)->items.last().name, QStringLiteral("Edited since"));
    }

    void replaceTakesTheStoredCollectionsPlace()
    {
        const Collection incoming = read(exportDocument());
        QVERIFY(store().import(incoming, ExistingCollection::Refuse).ok());
        Collection edited = store().load(incoming.id).value();
        edited.items.last().name = QStringLiteral("Edited since");
        QVERIFY(store().save(edited).ok());

        const auto replaced = store().import(incoming, ExistingCollection::Replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().toString()));
        QVERIFY(replaced->replaces);
        QCOMPARE(replaced->renewedIds, 0); // its own ids are its own
        QCOMPARE(storedCount(), 1);
        const auto loaded = store().load(incoming.id);
        QCOMPARE(loaded->items.last().name, QStringLiteral("Health"));
        QCOMPARE(itemIds(loaded.value()), itemIds(incoming));
    }

    void importAsCopyKeepsBoth()
    {
        const Collection incoming = read(exportDocument());
        QVERIFY(store().import(incoming, ExistingCollection::Refuse).ok());
        const auto copy = store().import(incoming, ExistingCollection::ImportAsCopy);
        QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
        QVERIFY(!copy->replaces);
        QVERIFY(copy->collection.id != incoming.id);
        QCOMPARE(copy->renewedIds, 4);
        QCOMPARE(storedCount(), 2);
        const QList<QUuid> original = itemIds(store().load(incoming.id).value());
        const QList<QUuid> copied = itemIds(store().load(copy->collection.id).value());
        QCOMPARE(original, itemIds(incoming));
        QCOMPARE(copied.size(), original.size());
        for (const QUuid &id : copied)
            QVERIFY(!original.contains(id));
        QCOMPARE(store().load(copy->collection.id)->name, QStringLiteral("Shop"));
    }

    // A fork: another collection id, the same folder and request ids. No question to ask; the
    // fork gets fresh item ids and the original stays as it was.
    void forkImportsWithFreshIds()
    {
        const Collection original = read(exportDocument());
        QVERIFY(store().import(original, ExistingCollection::Refuse).ok());
        const Collection fork =
            read(exportDocument("6f1c2a43-0000-4000-8000-000000000002", "Shop (fork)"));
        const auto imported = store().import(fork, ExistingCollection::Refuse);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported->collection.id, fork.id);
        QCOMPARE(imported->renewedIds, 4);
        QCOMPARE(storedCount(), 2);
        QCOMPARE(itemIds(store().load(original.id).value()), itemIds(original));
        const auto stored = store().load(fork.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->requestCount(), 3);
        QCOMPARE(stored->items.first().children.first().name, QStringLiteral("List"));
    }

    // A file that gives two items the same id loses neither.
    void duplicateIdsInOneFileAreRenewed()
    {
        QByteArray document = exportDocument();
        document.replace("6f1c2a43-0000-4000-8000-0000000000a2",
                         "6f1c2a43-0000-4000-8000-0000000000a1");
        const auto imported = store().import(read(document), ExistingCollection::Refuse);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported->renewedIds, 1);
        const auto stored = store().load(imported->collection.id);
        QCOMPARE(stored->requestCount(), 3);
        const QList<QUuid> ids = itemIds(stored.value());
        QCOMPARE(QSet<QUuid>(ids.begin(), ids.end()).size(), ids.size());
    }

    // The same rules for collections held in memory (the GUI's model).
    void takenFromCollectionsInMemory()
    {
        const Collection original = read(exportDocument());
        const auto taken = CollectionImport::Taken::of({original});
        QCOMPARE(CollectionImport::existingName(original, taken), QStringLiteral("Shop"));
        QVERIFY(!CollectionImport::prepare(original, taken, ExistingCollection::Refuse).ok());
        const auto fork =
            CollectionImport::prepare(read(exportDocument("6f1c2a43-0000-4000-8000-000000000003")),
                                      taken, ExistingCollection::Refuse);
        QVERIFY(fork.ok());
        QCOMPARE(fork->renewedIds, 4);
        QVERIFY(CollectionImport::existingName(fork->collection, taken).isNull());
    }

    // Saving (not importing) a fork straight away hits the primary key: the sentence says so,
    // instead of blaming the disk.
    void duplicateIdSaysSo()
    {
        QVERIFY(store().save(read(exportDocument())).ok());
        const auto saved =
            store().save(read(exportDocument("6f1c2a43-0000-4000-8000-000000000004")));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().category, ErrorCategory::Storage);
        QVERIFY2(saved.error().message.contains(QStringLiteral("same id")),
                 qPrintable(saved.error().message));
        QVERIFY(!saved.error().message.contains(QStringLiteral("full")));
        QVERIFY(saved.error().detail.contains(QStringLiteral("UNIQUE constraint failed")));
        QCOMPARE(storedCount(), 1); // the transaction took nothing in
    }

    // A database that really is full says that, and only then.
    void fullDiskSaysSo()
    {
        QSqlDatabase db = m_db->connection();
        const auto pages = SqlUtil::scalar(db, QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages.ok());
        QVERIFY(SqlUtil::exec(
                    db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value().toInt() + 1))
                    .ok());
        Collection big = read(exportDocument());
        big.description = QString(256 * 1024, QLatin1Char('x'));
        const auto saved = store().save(big);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("full")),
                 qPrintable(saved.error().message));
        QVERIFY(!saved.error().message.contains(QStringLiteral("same id")));
    }

    void foreignKeySaysSo()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO collection_items (uuid, collection_uuid, kind, "
                                 "name, position, data_json) VALUES ('x', 'nowhere', 1, 'n', 0, "
                                 "'{}')"));
        const auto done = SqlUtil::run(q, QStringLiteral("saving a collection item"));
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(QStringLiteral("no longer holds")),
                 qPrintable(done.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCollectionImport)
#include "tst_collectionimport.moc"
