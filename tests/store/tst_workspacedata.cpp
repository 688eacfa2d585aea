// Collections (nested folders, ordered items, stable UUIDs), environments and globals, the
// cookie jar and drafts of open tabs: each written, read back and changed.

#include "core/store/collectionstore.h"
#include "core/store/cookiestore.h"
#include "core/store/database.h"
#include "core/store/draftstore.h"
#include "core/store/environmentstore.h"
#include "core/store/sqlutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;

namespace {

workspace::CollectionItem request(const QString &name, const QString &url)
{
    workspace::CollectionItem item;
    item.kind = workspace::CollectionItem::Kind::Request;
    item.name = name;
    item.request.method = QStringLiteral("POST");
    item.request.url = url;
    item.request.headers = {{QStringLiteral("X-Case"), QStringLiteral("Kept")}};
    item.request.body.kind = http::RequestBody::Kind::Raw;
    item.request.body.raw = "{\"a\":1}";
    item.inheritAuth = false;
    item.request.auth.kind = http::AuthSpec::Kind::Bearer;
    item.request.auth.token = QStringLiteral("{{token}}");
    return item;
}

workspace::Collection sampleCollection()
{
    workspace::Collection c;
    c.name = QStringLiteral("Shop API");
    c.description = QStringLiteral("Everything about the shop");
    c.hasAuth = true;
    c.auth.kind = http::AuthSpec::Kind::Basic;
    c.auth.username = QStringLiteral("admin");
    c.variables = {{QStringLiteral("base"), QStringLiteral("http://127.0.0.1:8080")}};
    workspace::CollectionItem folder;
    folder.kind = workspace::CollectionItem::Kind::Folder;
    folder.name = QStringLiteral("Orders");
    folder.headers = {{QStringLiteral("X-Folder"), QStringLiteral("orders")}};
    workspace::CollectionItem inner;
    inner.kind = workspace::CollectionItem::Kind::Folder;
    inner.name = QStringLiteral("Archive");
    inner.children = {request(QStringLiteral("Old"), QStringLiteral("{{base}}/old"))};
    folder.children = {request(QStringLiteral("Create"), QStringLiteral("{{base}}/orders")), inner,
                       request(QStringLiteral("List"), QStringLiteral("{{base}}/orders?all"))};
    c.items = {folder, request(QStringLiteral("Ping"), QStringLiteral("{{base}}/ping"))};
    return c;
}

void compareItems(const QList<workspace::CollectionItem> &a,
                  const QList<workspace::CollectionItem> &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].id, b[i].id);
        QCOMPARE(a[i].kind, b[i].kind);
        QCOMPARE(a[i].name, b[i].name);
        QCOMPARE(a[i].request, b[i].request);
        QCOMPARE(a[i].inheritAuth, b[i].inheritAuth);
        QCOMPARE(a[i].headers, b[i].headers);
        compareItems(a[i].children, b[i].children);
    }
}

} // namespace

class TestWorkspaceData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void collectionsRoundTrip()
    {
        CollectionStore store(*m_db);
        workspace::Collection c = sampleCollection();
        QVERIFY(store.save(c).ok());
        auto back = store.load(c.id);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value().name, c.name);
        QCOMPARE(back.value().description, c.description);
        QCOMPARE(back.value().hasAuth, true);
        QCOMPARE(back.value().auth, c.auth);
        QCOMPARE(back.value().variables, c.variables);
        compareItems(back.value().items, c.items);

        // Reorder inside a folder and move an item out; ids stay, order follows the list.
        auto &orders = c.items[0].children;
        orders.move(2, 0);
        c.items.append(orders.takeAt(1));
        QVERIFY(store.save(c).ok());
        compareItems(store.load(c.id).value().items, c.items);

        workspace::Collection second;
        second.name = QStringLiteral("Second");
        QVERIFY(store.save(second).ok());
        QCOMPARE(store.list().value().size(), 2);
        QVERIFY(store.reorder(second.id, 0).ok());
        QCOMPARE(store.list().value().first().id, second.id);
        QVERIFY(store.remove(c.id).ok());
        QCOMPARE(store.list().value().size(), 1);
        QVERIFY(!store.load(c.id).ok());
        QCOMPARE(SqlUtil::scalar(m_db->connection(),
                                 QStringLiteral("SELECT count(*) FROM collection_items"))
                     .value()
                     .toInt(),
                 0); // folders and requests went with their collection
    }

    void environmentsAndGlobals()
    {
        EnvironmentStore store(*m_db);
        workspace::Environment staging;
        staging.name = QStringLiteral("Staging");
        staging.variables = {{QStringLiteral("host"), QStringLiteral("127.0.0.1"), true, false},
                             {QStringLiteral("token"), QStringLiteral("s3cret"), true, true},
                             {QStringLiteral("old"), QStringLiteral("x"), false, false}};
        QVERIFY(store.save(staging).ok());
        workspace::Environment production;
        production.name = QStringLiteral("Production");
        QVERIFY(store.save(production).ok());
        auto list = store.environments();
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().first().id, staging.id);
        QCOMPARE(list.value().first().variables, staging.variables);
        staging.variables.removeLast();
        staging.name = QStringLiteral("Staging 2");
        QVERIFY(store.save(staging).ok());
        QCOMPARE(store.load(staging.id).value().variables.size(), 2);
        QCOMPARE(store.load(staging.id).value().name, QStringLiteral("Staging 2"));

        QVERIFY(store.globals().value().isEmpty());
        const QList<workspace::Variable> globals{
            {QStringLiteral("user"), QStringLiteral("ada"), true, false},
            {QStringLiteral("apiKey"), QStringLiteral("k"), true, true}};
        QVERIFY(store.saveGlobals(globals).ok());
        QCOMPARE(store.globals().value(), globals);
        QCOMPARE(store.environments().value().size(), 2); // globals are not listed
        QVERIFY(store.remove(staging.id).ok());
        QVERIFY(store.remove(EnvironmentStore::globalsId()).ok()); // refused silently
        QCOMPARE(store.globals().value(), globals);
        QCOMPARE(store.environments().value().size(), 1);
    }

    void cookieJar()
    {
        CookieStore store(*m_db);
        StoredCookie session{QStringLiteral("sid"),
                             QStringLiteral("abc"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral("/"),
                             {},
                             false,
                             true,
                             QStringLiteral("Lax")};
        StoredCookie persistent{QStringLiteral("pref"),
                                QStringLiteral("dark"),
                                QStringLiteral(".example.test"),
                                QStringLiteral("/app"),
                                QDateTime::currentDateTimeUtc().addDays(30).addMSecs(-123),
                                true,
                                false,
                                QStringLiteral("Strict")};
        persistent.expiresAt =
            QDateTime::fromMSecsSinceEpoch(persistent.expiresAt.toMSecsSinceEpoch(), Qt::UTC);
        StoredCookie expired = session;
        expired.name = QStringLiteral("gone");
        expired.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(store.saveAll({session, persistent, expired}).ok());
        auto loaded = store.load();
        QCOMPARE(loaded.value().size(), 3);
        QVERIFY(loaded.value().contains(persistent));
        QVERIFY(loaded.value().contains(session));
        QCOMPARE(store.removeExpired(QDateTime::currentDateTimeUtc()).value(), 1);
        StoredCookie changed = session;
        changed.value = QStringLiteral("new");
        QVERIFY(store.upsert(changed).ok());
        loaded = store.load();
        QCOMPARE(loaded.value().size(), 2);
        QVERIFY(loaded.value().contains(changed));
        // Through QNetworkCookie and back.
        QCOMPARE(StoredCookie::fromNetworkCookie(persistent.toNetworkCookie()), persistent);
        QVERIFY(store.remove(changed.domain, changed.path, changed.name).ok());
        QCOMPARE(store.load().value().size(), 1);
        QVERIFY(store.clear().ok());
        QVERIFY(store.load().value().isEmpty());
    }

    void drafts()
    {
        DraftStore store(*m_db);
        http::RequestSpec a;
        a.url = QStringLiteral("http://127.0.0.1/a");
        http::RequestSpec b = a;
        b.method = QStringLiteral("PATCH");
        b.body.kind = http::RequestBody::Kind::Raw;
        b.body.raw = "half-typed";
        QVERIFY(store.save(QStringLiteral("tab-a"), a).ok());
        QTest::qWait(5);
        QVERIFY(store.save(QStringLiteral("tab-b"), b).ok());
        auto list = store.drafts();
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().first().tabId, QStringLiteral("tab-b")); // newest edit first
        QCOMPARE(list.value().first().spec, b);
        b.body.raw = "fully typed";
        QVERIFY(store.save(QStringLiteral("tab-b"), b).ok());
        QCOMPARE(store.drafts().value().first().spec.body.raw, QByteArray("fully typed"));
        QVERIFY(store.remove(QStringLiteral("tab-a")).ok());
        QCOMPARE(store.drafts().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceData)
#include "tst_workspacedata.moc"
