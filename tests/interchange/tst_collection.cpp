#include "core/workspace/collection.h"
#include "core/workspace/requestresolver.h"

#include <QTest>

using namespace wb::workspace;
using wb::http::AuthSpec;

class TestCollection : public QObject
{
    Q_OBJECT

private:
    static CollectionItem folder(const QString &name)
    {
        CollectionItem f;
        f.kind = CollectionItem::Kind::Folder;
        f.name = name;
        return f;
    }
    static CollectionItem request(const QString &name)
    {
        CollectionItem r;
        r.name = name;
        r.request.url = "http://127.0.0.1/" + name;
        return r;
    }

private slots:
    void inheritsAuthHeadersAndVariables()
    {
        Collection c;
        c.hasAuth = true;
        c.auth.kind = AuthSpec::Kind::Bearer;
        c.auth.token = "collection-token";
        c.headers = {{"X-Collection", "1"}, {"X-Shared", "collection"}};
        c.variables = {{"a", "c"}, {"b", "c"}};
        CollectionItem f = folder("F");
        f.headers = {{"X-Shared", "folder"}};
        f.variables = {{"b", "f"}};
        CollectionItem inner = folder("Inner");
        inner.inheritAuth = false;
        inner.auth.kind = AuthSpec::Kind::Basic;
        inner.auth.username = "u";
        CollectionItem r1 = request("r1");
        r1.request.headers = {{"X-Own", "r"}};
        CollectionItem r2 = request("r2");
        r2.inheritAuth = false; // no auth at all
        CollectionItem r3 = request("r3");
        r3.request.headers = {{"x-shared", "request"}};
        inner.children = {r2, r3};
        f.children = {r1, inner};
        c.items = {f};

        const auto e1 = c.effectiveRequest(r1.id);
        QVERIFY(e1.ok());
        QCOMPARE(e1->auth.token, QStringLiteral("collection-token"));
        QCOMPARE(e1->headers.size(), 3);
        QCOMPARE(e1->headers.at(0).name, QStringLiteral("X-Collection"));
        QCOMPARE(e1->headers.at(1).value, QStringLiteral("folder"));
        QCOMPARE(e1->headers.at(2).name, QStringLiteral("X-Own"));
        QCOMPARE(e1->name, QStringLiteral("r1"));

        const auto e2 = c.effectiveRequest(r2.id);
        QCOMPARE(e2->auth.kind, AuthSpec::Kind::None);
        const auto e3 = c.effectiveRequest(r3.id);
        QCOMPARE(e3->auth.kind, AuthSpec::Kind::Basic);
        QCOMPARE(e3->auth.username, QStringLiteral("u"));
        QCOMPARE(e3->headers.size(), 2);
        QCOMPARE(e3->headers.last().value, QStringLiteral("request"));

        const QList<Variable> vars = c.effectiveVariables(r1.id);
        QCOMPARE(findVariable(vars, "a")->value, QStringLiteral("c"));
        QCOMPARE(findVariable(vars, "b")->value, QStringLiteral("f"));

        QVERIFY(!c.effectiveRequest(f.id).ok());
        QVERIFY(!c.effectiveRequest(QUuid::createUuid()).ok());
        QCOMPARE(c.requestCount(), 3);
    }

    void insertMoveAndTakeKeepIds()
    {
        Collection c;
        CollectionItem a = folder("A");
        CollectionItem b = folder("B");
        CollectionItem r = request("r");
        const QUuid aId = a.id, bId = b.id, rId = r.id;
        QVERIFY(c.insert({}, -1, a).ok());
        QVERIFY(c.insert({}, -1, b).ok());
        QVERIFY(c.insert(aId, 0, r).ok());
        QVERIFY(!c.insert(rId, 0, request("x")).ok());
        QVERIFY(c.move(rId, bId, 0).ok());
        QCOMPARE(c.find(bId)->children.at(0).id, rId);
        QVERIFY(c.find(aId)->children.isEmpty());
        QVERIFY(c.move(aId, bId, 0).ok());
        QCOMPARE(c.items.size(), 1);
        QCOMPARE(c.find(bId)->children.at(0).id, aId);
        QVERIFY(!c.move(bId, aId, 0).ok()); // into its own child
        QVERIFY(!c.move(bId, bId, 0).ok());
        QCOMPARE(c.ancestors(rId)->size(), 1);
        const auto taken = c.take(aId);
        QVERIFY(taken);
        QCOMPARE(taken->id, aId);
        QVERIFY(!c.find(aId));
    }

    void resolvesARequestWithEveryScope()
    {
        Collection c;
        c.hasAuth = true;
        c.auth.kind = AuthSpec::Kind::Bearer;
        c.auth.token = "{{token}}";
        c.variables = {{"host", "collection-host"}, {"path", "c"}};
        CollectionItem f = folder("F");
        f.variables = {{"path", "folder-path"}};
        CollectionItem r = request("r");
        r.request.url = "http://{{host}}:{{port}}/{{path}}/{{row}}/{{missing}}";
        f.children = {r};
        c.items = {f};
        Environment env;
        env.variables = {{"port", "8080"}, {"token", "env-token"}};
        const auto resolved = RequestResolver::resolve(
            c, r.id, {{"host", "global-host"}, {"port", "1"}}, &env, {{"row", "data-row"}});
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->spec.url,
                 QStringLiteral("http://collection-host:8080/folder-path/data-row/{{missing}}"));
        QCOMPARE(resolved->spec.auth.token, QStringLiteral("env-token"));
        QCOMPARE(resolved->report.unresolved, QStringList{"missing"});
        QVERIFY(!RequestResolver::resolve(c, f.id, {}, nullptr).ok());
    }
};

QTEST_GUILESS_MAIN(TestCollection)
#include "tst_collection.moc"
