// wirebench-cli tcp|udp|tls|ws|listen as a user runs them: the real executable against real
// peers, checking standard output, standard error and the exit code.

#include "tests/net/commandserver.h"
#include "tests/support/socatechoserver.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>

using namespace wb;

namespace {

const QString cli = QStringLiteral(WB_CLI_PATH);

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

// Runs the CLI with `input` on stdin (then closed) while the test's event loop keeps in-process
// peers going.
Run run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 20000)
{
    QProcess process;
    process.start(cli, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), QStringLiteral("timed out")};
    }
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString text(const Run &r)
{
    return QStringLiteral("exit %1, stdout '%2', stderr '%3'")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out), r.err);
}

QString portText(quint16 port)
{
    return QString::number(port);
}

} // namespace

class TestNetCli : public QObject
{
    Q_OBJECT

private slots:
    void usage()
    {
        QCOMPARE(run({QStringLiteral("tcp")}).code, 2);
        const Run badPort =
            run({QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), QStringLiteral("99999")});
        QCOMPARE(badPort.code, 2);
        QVERIFY(badPort.err.contains(QStringLiteral("is not a port")));
        const Run help = run({QStringLiteral("tcp"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("Exit codes"));
        QCOMPARE(run({QStringLiteral("listen"), QStringLiteral("--tls"), QStringLiteral("0")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("tls"), QStringLiteral("127.0.0.1"), QStringLiteral("1"),
                      QStringLiteral("--ca"), QStringLiteral("/nonexistent.pem")})
                     .code,
                 6);
    }

    void tcpThroughSocat()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        QByteArray input;
        for (int i = 0; i < 20000; ++i)
            input += "line " + QByteArray::number(i) + "\n";
        const Run r = run({QStringLiteral("tcp"), echo.host(), portText(echo.port())}, input);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, input);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        const Run hex = run(
            {QStringLiteral("tcp"), QStringLiteral("--hex"), echo.host(), portText(echo.port())},
            "AB\x01");
        QCOMPARE(hex.code, 0);
        QCOMPARE(hex.out, QByteArray("00000000  41 42 01") + QByteArray(42, ' ') + "|AB.|\n");

        const Run repeated =
            run({QStringLiteral("tcp"), QStringLiteral("--send"), QStringLiteral("x\\n"),
                 QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--interval"),
                 QStringLiteral("10"), echo.host(), portText(echo.port())});
        QCOMPARE(repeated.code, 0);
        QCOMPARE(repeated.out, QByteArray("x\nx\nx\n"));

        const Run crlf = run(
            {QStringLiteral("tcp"), QStringLiteral("--crlf"), echo.host(), portText(echo.port())},
            "a\nb");
        QCOMPARE(crlf.out, QByteArray("a\r\nb\r\n"));
    }

    void tcpThroughNcat()
    {
        test::CommandServer ncat(QStringLiteral("ncat"),
                                 {QStringLiteral("-l"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("%PORT%"), QStringLiteral("-k"),
                                  QStringLiteral("-e"), QStringLiteral("/bin/cat")});
        WB_START_FIXTURE(ncat);
        // ncat echoes only while our side is open: wait for the echo before closing stdin.
        QProcess process;
        process.start(cli, {QStringLiteral("tcp"), ncat.host(), portText(ncat.port())});
        QVERIFY(process.waitForStarted());
        process.write("through ncat\n");
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()) == "through ncat\n",
                                 10000);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }

    void tcpFailures()
    {
        const Run refused = run(
            {QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), portText(test::pickFreePort())});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QStringLiteral("was refused")));

        // A peer that resets the connection after the first bytes.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QIODevice::readyRead, socket, [socket] {
                const linger option{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                             sizeof(option));
                socket->abort();
            });
        });
        QProcess process;
        process.start(cli, {QStringLiteral("tcp"), QStringLiteral("127.0.0.1"),
                            portText(server.serverPort())});
        QVERIFY(process.waitForStarted());
        process.write("trigger\n"); // stdin stays open: the reset comes first
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(
            QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("TCP RST")));

        const Run timeout =
            run({QStringLiteral("tcp"), QStringLiteral("--timeout"), QStringLiteral("0.000001"),
                 QStringLiteral("127.0.0.1"), portText(test::pickFreePort())});
        QVERIFY2(timeout.code == 3 || timeout.code == 4, qPrintable(text(timeout)));
    }

    void udpThroughSocat()
    {
        test::SocatEchoServer echo(test::SocatEchoServer::Transport::Udp);
        WB_START_FIXTURE(echo);
        const Run r = run({QStringLiteral("udp"), QStringLiteral("--wait"), QStringLiteral("0.5"),
                           echo.host(), portText(echo.port())},
                          "one datagram");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("one datagram"));
    }

    void tlsAgainstSocat()
    {
        test::TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        for (const QString &leaf : {QStringLiteral("server"), QStringLiteral("expired")}) {
            test::CommandServer server(
                QStringLiteral("socat"),
                {QStringLiteral("OPENSSL-LISTEN:%PORT%,bind=127.0.0.1,reuseaddr,fork,cert=%1,"
                                "key=%2,verify=0")
                     .arg(pki.certificate(leaf), pki.key(leaf)),
                 QStringLiteral("PIPE")});
            WB_START_FIXTURE(server);
            const QStringList base{QStringLiteral("tls"),  QStringLiteral("--ca"),
                                   pki.caCertificate(),    QStringLiteral("--wait"),
                                   QStringLiteral("0.5"),  server.host(),
                                   portText(server.port())};
            const Run r = run(base, "secret\n");
            if (leaf == QLatin1String("server")) {
                QCOMPARE(r.code, 0);
                QCOMPARE(r.out, QByteArray("secret\n"));
            } else {
                QCOMPARE(r.code, 5);
                QVERIFY2(r.err.contains(QStringLiteral("expired")), qPrintable(r.err));
                const Run ignored = run(QStringList(base) << QStringLiteral("--insecure"), "x");
                QCOMPARE(ignored.code, 0);
                QCOMPARE(ignored.out, QByteArray("x"));
                QVERIFY(ignored.err.contains(QStringLiteral("expired")));
            }
        }
    }

    void wsAgainstQtEcho()
    {
        QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &t) { socket->sendTextMessage(t.toUpper()); });
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &b) { socket->sendBinaryMessage(b); });
        });
        const Run r = run({QStringLiteral("ws"), QStringLiteral("--wait"), QStringLiteral("0.5"),
                           QStringLiteral("127.0.0.1"), portText(server.serverPort())},
                          "first\nsecond\r\nthird");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("FIRST\nSECOND\nTHIRD\n"));
        const Run url = run({QStringLiteral("ws"), QStringLiteral("--wait"), QStringLiteral("0.5"),
                             QStringLiteral("--binary"), QStringLiteral("--ping"),
                             QStringLiteral("ws://127.0.0.1:%1/x").arg(server.serverPort())},
                            QByteArray("\x00\x01", 2));
        QCOMPARE(url.code, 0);
        QCOMPARE(url.out, QByteArray("\x00\x01", 2));
        QVERIFY(url.err.contains(QStringLiteral("pong after")));
        const Run refused = run(
            {QStringLiteral("ws"), QStringLiteral("127.0.0.1"), portText(test::pickFreePort())});
        QCOMPARE(refused.code, 3);
    }

    void listenTcp()
    {
        const quint16 port = test::pickFreePort();
        QProcess process;
        process.start(cli, {QStringLiteral("listen"), QStringLiteral("--bind"),
                            QStringLiteral("127.0.0.1"), portText(port)});
        QVERIFY(process.waitForStarted());
        QTcpSocket client;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (client.state() == QAbstractSocket::UnconnectedState)
                    client.connectToHost(QHostAddress::LocalHost, port);
                return client.waitForConnected(100);
            }(),
            10000);
        client.write("to the listener\n");
        QByteArray out;
        QTRY_COMPARE((out += process.readAllStandardOutput()), QByteArray("to the listener\n"));
        process.write("to the client\n");
        QByteArray back;
        QTRY_COMPARE((back += client.readAll()), QByteArray("to the client\n"));
        client.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
        QCOMPARE(process.exitCode(), 0);
    }

    void listenWithPacketSender_data()
    {
        QTest::addColumn<bool>("udp");
        QTest::newRow("tcp") << false;
        QTest::newRow("udp") << true;
    }
    void listenWithPacketSender()
    {
        QFETCH(bool, udp);
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("packetsender")));
        const QString packetsender = test::findExecutable(QStringLiteral("packetsender"));
        const quint16 port = test::pickFreePort(udp);
        QProcess listener;
        QStringList arguments{QStringLiteral("listen"), QStringLiteral("--bind"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-k")};
        if (udp)
            arguments << QStringLiteral("--udp");
        listener.start(cli, arguments << QStringLiteral("-v") << portText(port));
        QVERIFY(listener.waitForStarted());
        QByteArray events;
        QTRY_VERIFY_WITH_TIMEOUT(
            (events += listener.readAllStandardError()).contains(udp ? "Bound to" : "Listening on"),
            10000);
        QProcess sender;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        sender.setProcessEnvironment(env);
        sender.start(packetsender, {udp ? QStringLiteral("-ua") : QStringLiteral("-ta"),
                                    QStringLiteral("127.0.0.1"), portText(port),
                                    QStringLiteral("from packet sender\\n")});
        QTRY_VERIFY_WITH_TIMEOUT(sender.state() == QProcess::NotRunning, 15000);
        QCOMPARE(sender.exitCode(), 19);
        QByteArray out;
        QTRY_COMPARE((out += listener.readAllStandardOutput()), QByteArray("from packet sender\n"));
        listener.kill();
        listener.waitForFinished();
    }

    void listenTlsWithOpenssl()
    {
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("openssl")));
        const QString openssl = test::findExecutable(QStringLiteral("openssl"));
        test::TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        const quint16 port = test::pickFreePort();
        QProcess listener;
        listener.start(cli, {QStringLiteral("listen"), QStringLiteral("--bind"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--tls"),
                             QStringLiteral("--cert"), pki.certificate(QStringLiteral("server")),
                             QStringLiteral("--key"), pki.key(QStringLiteral("server")),
                             QStringLiteral("-v"), portText(port)});
        QVERIFY(listener.waitForStarted());
        QByteArray events;
        QTRY_VERIFY_WITH_TIMEOUT(
            (events += listener.readAllStandardError()).contains("Listening for TLS"), 10000);
        QProcess client;
        client.start(openssl, {QStringLiteral("s_client"), QStringLiteral("-connect"),
                               QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-CAfile"),
                               pki.caCertificate(), QStringLiteral("-verify_return_error"),
                               QStringLiteral("-quiet")});
        QVERIFY(client.waitForStarted());
        client.write("over tls\n");
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT((out += listener.readAllStandardOutput()),
                                  QByteArray("over tls\n"), 10000);
        listener.write("and back\n");
        QByteArray back;
        QTRY_VERIFY_WITH_TIMEOUT((back += client.readAllStandardOutput()).contains("and back"),
                                 10000);
        client.kill(); // s_client -quiet ignores the end of its input
        client.waitForFinished(5000);
        QTRY_VERIFY_WITH_TIMEOUT(listener.state() == QProcess::NotRunning, 10000);
        QCOMPARE(listener.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetCli)
#include "tst_netcli.moc"
