#include "core/workspace/dynamicvariables.h"
#include "core/workspace/variableresolver.h"

#include <QRegularExpression>
#include <QTest>

using namespace wb::workspace;
using wb::http::RequestSpec;

class TestVariableResolver : public QObject
{
    Q_OBJECT

private slots:
    void precedenceFollowsPostman()
    {
        VariableResolver r;
        r.setVariables(
            VariableScope::Global,
            {{"a", "global"}, {"b", "global"}, {"c", "global"}, {"d", "global"}, {"e", "global"}});
        r.setVariables(
            VariableScope::Collection,
            {{"b", "collection"}, {"c", "collection"}, {"d", "collection"}, {"e", "collection"}});
        r.setVariables(VariableScope::Environment,
                       {{"c", "environment"}, {"d", "environment"}, {"e", "environment"}});
        r.setVariables(VariableScope::Data, {{"d", "data"}, {"e", "data"}});
        r.setVariables(VariableScope::Local, {{"e", "local"}});
        QCOMPARE(r.resolve("{{a}} {{b}} {{c}} {{d}} {{e}}"),
                 QStringLiteral("global collection environment data local"));
        QCOMPARE(r.lookup("c")->scope, VariableScope::Environment);
    }

    void disabledVariablesAreSkipped()
    {
        VariableResolver r;
        r.setVariables(VariableScope::Global, {{"host", "global-host"}});
        Variable off{"host", "env-host"};
        off.enabled = false;
        r.setVariables(VariableScope::Environment, {off});
        QCOMPARE(r.resolve("{{host}}"), QStringLiteral("global-host"));
    }

    void reportsSubstitutionsAndUnresolvedNames()
    {
        VariableResolver r;
        Variable token{"token", "s3cret"};
        token.secret = true;
        r.setVariables(VariableScope::Environment, {{"host", "127.0.0.1"}, token});
        ResolveReport report;
        QCOMPARE(r.resolve("http://{{host}}/{{missing}}/{{missing}}?t={{token}}", &report),
                 QStringLiteral("http://127.0.0.1/{{missing}}/{{missing}}?t=s3cret"));
        QCOMPARE(report.unresolved, QStringList{"missing"});
        QCOMPARE(report.substitutions.size(), 2);
        QCOMPARE(report.substitutions.at(0).name, QStringLiteral("host"));
        QVERIFY(report.substitutions.at(1).secret);
    }

    void nestedValuesResolveAndCyclesStop()
    {
        VariableResolver r;
        r.setVariables(VariableScope::Environment, {{"base", "http://{{host}}:{{port}}"},
                                                    {"host", "h"},
                                                    {"port", "8"},
                                                    {"loop", "{{loop}}"}});
        QCOMPARE(r.resolve("{{base}}/x"), QStringLiteral("http://h:8/x"));
        ResolveReport report;
        const QString out = r.resolve("{{loop}}", &report);
        QCOMPARE(out, QStringLiteral("{{loop}}"));
        QCOMPARE(report.unresolved, QStringList{"loop"});
    }

    void referencesGiveOffsets()
    {
        const auto refs = VariableResolver::references("a{{x}}b {{ {{y}} {{}}");
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs.at(0).name, QStringLiteral("x"));
        QCOMPARE(refs.at(0).start, 1);
        QCOMPARE(refs.at(0).length, 5);
        QCOMPARE(refs.at(1).name, QStringLiteral("y"));
    }

    void dynamicVariables()
    {
        VariableResolver r;
        const QRegularExpression uuid(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        QVERIFY(uuid.match(r.resolve("{{$guid}}")).hasMatch());
        QVERIFY(uuid.match(r.resolve("{{$randomUUID}}")).hasMatch());
        QVERIFY(r.resolve("{{$guid}}") != r.resolve("{{$guid}}"));
        const qint64 ts = r.resolve("{{$timestamp}}").toLongLong();
        QVERIFY(qAbs(ts - QDateTime::currentSecsSinceEpoch()) < 5);
        QVERIFY(QDateTime::fromString(r.resolve("{{$isoTimestamp}}"), Qt::ISODateWithMs).isValid());
        bool ok = false;
        const int n = r.resolve("{{$randomInt}}").toInt(&ok);
        QVERIFY(ok && n >= 0 && n <= 1000);
        for (const QString &name : DynamicVariables::names())
            QVERIFY2(!r.resolve("{{" + name + "}}").contains("{{"), qPrintable(name));
        QVERIFY(DynamicVariables::names().size() >= 40);
        // A user variable named like a dynamic one wins.
        r.setVariables(VariableScope::Local, {{"$guid", "mine"}});
        QCOMPARE(r.resolve("{{$guid}}"), QStringLiteral("mine"));
        QCOMPARE(r.resolve("{{$notAThing}}"), QStringLiteral("{{$notAThing}}"));
    }

    void resolvesEveryPartOfARequest()
    {
        VariableResolver r;
        r.setVariables(VariableScope::Environment,
                       {{"h", "127.0.0.1"}, {"v", "val"}, {"u", "user"}, {"p", "pw"}});
        RequestSpec spec;
        spec.url = "http://{{h}}/{{v}}";
        spec.headers = {{"X-{{v}}", "{{v}}"}, {"X-Off", "{{nope}}", false}};
        spec.body.kind = wb::http::RequestBody::Kind::Raw;
        spec.body.raw = "{\"k\":\"{{v}}\"}";
        spec.auth.kind = wb::http::AuthSpec::Kind::Basic;
        spec.auth.username = "{{u}}";
        spec.auth.password = "{{p}}";
        const ResolvedRequest out = r.resolve(spec);
        QCOMPARE(out.spec.url, QStringLiteral("http://127.0.0.1/val"));
        QCOMPARE(out.spec.headers.at(0).name, QStringLiteral("X-val"));
        QCOMPARE(out.spec.headers.at(0).value, QStringLiteral("val"));
        QCOMPARE(out.spec.headers.at(1).value, QStringLiteral("{{nope}}"));
        QCOMPARE(out.spec.body.raw, QByteArray("{\"k\":\"val\"}"));
        QCOMPARE(out.spec.auth.username, QStringLiteral("user"));
        QCOMPARE(out.spec.auth.password, QStringLiteral("pw"));
        QVERIFY(out.report.unresolved.isEmpty());
        QCOMPARE(out.report.substitutions.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestVariableResolver)
#include "tst_variableresolver.moc"
