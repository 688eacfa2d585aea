// DNS failures end in a DNS error that names the host: a name RFC 6761 reserves never to resolve
// (no resolver is asked), and a real resolver that cannot answer — wirebench-cli run in a network
// namespace that has only a loopback interface, so the query cannot leave the machine.

#include "core/http/connection.h"
#include "tests/httpengine/enginetestutil.h"
#include "tests/support/testenv.h"

#include <QProcess>
#include <QStandardPaths>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

class TestHttpEngineDns : public QObject
{
    Q_OBJECT

private slots:
    void reservedInvalidNameFailsWithoutLookup_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("subdomain") << QStringLiteral("http://api.example.invalid:8080/x");
        QTest::newRow("fully qualified") << QStringLiteral("https://host.INVALID./");
        QTest::newRow("bare") << QStringLiteral("http://invalid/");
    }

    void reservedInvalidNameFailsWithoutLookup()
    {
        QFETCH(QString, url);
        HttpEngine engine;
        const auto sent = engine.send(get(url));
        QList<ExchangePhase> phases;
        connect(sent.get(), &ExchangeHandle::phaseReached, this,
                [&phases](ExchangePhase phase) { phases.append(phase); });
        const ExchangeChain chain = waitForChain(*sent);
        QVERIFY(!chain.isEmpty());
        const Exchange &exchange = chain.last();
        QCOMPARE(exchange.error.category, ErrorCategory::Dns);
        QVERIFY2(exchange.error.message.contains(QStringLiteral("could not be resolved")),
                 qPrintable(exchange.error.message));
        QVERIFY2(exchange.error.detail.contains(QStringLiteral("RFC 6761")),
                 qPrintable(exchange.error.detail));
        QVERIFY(exchange.timings.dnsUs >= 0);
        QVERIFY(phases.contains(ExchangePhase::Resolving));
        QVERIFY(!phases.contains(ExchangePhase::Connecting));
    }

    void ordinaryNamesStillResolve()
    {
        QVERIFY(!Connection::isReservedInvalidName(QStringLiteral("invalid.example.com")));
        QVERIFY(!Connection::isReservedInvalidName(QStringLiteral("notinvalid")));
        QVERIFY(!Connection::isReservedInvalidName(QStringLiteral("localhost")));
        QVERIFY(Connection::isReservedInvalidName(QStringLiteral("a.b.invalid")));
    }

    void resolverWithoutNetworkIsADnsError()
    {
        // A user and network namespace of its own: only a loopback interface, no route to any
        // name server.
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        QProcess probe;
        if (!unshare.isEmpty()) {
            probe.start(unshare, {QStringLiteral("-rn"), QStringLiteral("true")});
            probe.waitForFinished(10000);
        }
        WB_CHECK_FIXTURE(wb::test::require(
            !unshare.isEmpty() && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0,
            QStringLiteral("this machine cannot create a network namespace (unshare -rn): ") +
                QString::fromLocal8Bit(probe.readAllStandardError())));

        QProcess cli;
        cli.start(unshare,
                  {QStringLiteral("-rn"), QStringLiteral(WB_CLI_PATH), QStringLiteral("send"),
                   QStringLiteral("http://wirebench-dns-check.example/"),
                   QStringLiteral("--max-time"), QStringLiteral("20")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 3); // network error: DNS, connect, reset or protocol
        QVERIFY2(err.contains("The host name 'wirebench-dns-check.example' could not be resolved"),
                 err.constData());
    }
};

QTEST_MAIN(TestHttpEngineDns)
#include "tst_httpengine_dns.moc"
