#include "core/interchange/postmanenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wb::interchange;
using wb::workspace::Variable;

namespace {

// An environment as Postman 10 exports it, with keys Wirebench does not use.
const QByteArray exported = R"({
  "id": "5f0b8e2a-4c1d-4a7e-9a53-0c3c1b6d2f11",
  "name": "Staging",
  "values": [
    {"key": "host", "value": "127.0.0.1", "type": "default", "enabled": true},
    {"key": "token", "value": "s3cret", "type": "secret", "enabled": true},
    {"key": "old", "value": "x", "type": "default", "enabled": false},
    {"key": "port", "value": 8080, "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-01-05T10:00:00.000Z",
  "_postman_exported_using": "Postman/10.22.0"
})";

} // namespace

class TestPostmanEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void importsVariablesWithFlags()
    {
        const auto env = PostmanEnvironment::read(exported);
        QVERIFY2(env.ok(), qPrintable(env.error().message));
        QCOMPARE(env->name, QStringLiteral("Staging"));
        QCOMPARE(env->id,
                 QUuid::fromString(QStringLiteral("5f0b8e2a-4c1d-4a7e-9a53-0c3c1b6d2f11")));
        QCOMPARE(env->variables.size(), 4);
        QVERIFY(env->variables.at(1).secret);
        QVERIFY(!env->variables.at(2).enabled);
        QCOMPARE(env->variables.at(3).value, QStringLiteral("8080"));
    }

    void roundTripsAndHidesSecrets()
    {
        const auto env = PostmanEnvironment::read(exported);
        QVERIFY(env.ok());
        QCOMPARE(PostmanEnvironment::write(env.value(), true),
                 QJsonDocument::fromJson(exported).object());
        const QJsonObject hidden = PostmanEnvironment::write(env.value());
        QCOMPARE(hidden.value("values")[1]["value"].toString(), QString());
        QCOMPARE(hidden.value("_postman_exported_using").toString(),
                 QStringLiteral("Postman/10.22.0"));
    }

    void editsAndNewEnvironmentsExport()
    {
        auto env = PostmanEnvironment::read(exported).value();
        env.variables[0].value = QStringLiteral("::1");
        env.variables.append(Variable{"added", "v"});
        const auto back = PostmanEnvironment::read(PostmanEnvironment::toJson(env, true));
        QVERIFY(back.ok());
        QCOMPARE(back->variables, env.variables);

        wb::workspace::Environment fresh;
        fresh.name = QStringLiteral("New");
        fresh.variables = {{"a", "1"}};
        const QJsonObject out = PostmanEnvironment::write(fresh);
        QCOMPARE(out.value("_postman_variable_scope").toString(), QStringLiteral("environment"));
        QCOMPARE(PostmanEnvironment::read(out)->variables, fresh.variables);
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << QByteArray("{\"name\": \"x\", \"values\": [}")
                                << "line 1, column 26";
        QTest::newRow("no values") << QByteArray("{\"name\": \"x\"}") << "$.values";
        QTest::newRow("bad value") << QByteArray("{\"values\": [{\"key\": 1}]}") << "$.values[0]";
        QTest::newRow("collection")
            << QByteArray("{\"info\": {}, \"item\": []}") << "import it as a collection";
    }

    void rejectsBrokenFiles()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, where);
        const auto env = PostmanEnvironment::read(doc);
        QVERIFY(!env.ok());
        QVERIFY2(env.error().message.contains(where), qPrintable(env.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPostmanEnvironment)
#include "tst_postmanenvironment.moc"
