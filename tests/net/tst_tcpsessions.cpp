// TCP client and server sessions against real peers: socat and ncat echo servers, Packet
// Sender's command line, a peer that resets, and our own server with many clients.

#include "core/net/filesender.h"
#include "core/net/repeatsender.h"
#include "core/net/tcpclientsession.h"
#include "core/net/tcpserversession.h"
#include "tests/net/commandserver.h"
#include "tests/net/sessionrecorder.h"
#include "tests/support/socatechoserver.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <sys/socket.h>

using namespace wb;
using namespace wb::net;
using wb::test::SessionRecorder;

namespace {

// Accepts one client and aborts it with a reset once it has received `after` bytes.
class ResettingPeer : public QObject
{
public:
    explicit ResettingPeer(qsizetype after)
        : m_after(after)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QIODevice::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                if (m_received.size() < m_after)
                    return;
                const linger option{1, 0}; // close() then sends RST instead of FIN
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                             sizeof(option));
                socket->abort();
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    qsizetype m_after;
    QByteArray m_received;
};

} // namespace

class TestTcpSessions : public QObject
{
    Q_OBJECT

private slots:
    void echoThroughSocat()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(echo.host(), echo.port());
        session.setLineEnding(NetSession::LineEnding::CrLf);
        session.open();
        QTRY_VERIFY(session.isOpen());
        QVERIFY(session.sendTyped(QStringLiteral("hello\\x21")));
        QVERIFY(session.sendTyped(QStringLiteral("de ad be ef"), {}, true));
        const QByteArray expected = QByteArray("hello!\r\n\xde\xad\xbe\xef\r\n");
        QTRY_COMPARE(recorder.received(), expected);
        QCOMPARE(recorder.transcript.bytesOut(), expected.size());
        QVERIFY(recorder.events().contains(QStringLiteral("Connected to %1").arg(session.peer())));
        // Half-close: socat's PIPE echo finishes and closes, so the session ends cleanly.
        session.finishSending();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.events()));
    }

    void echoThroughNcat()
    {
        // ncat echoes only while the client keeps its side open (see PEERS.md).
        test::CommandServer ncat(QStringLiteral("ncat"),
                                 {QStringLiteral("-l"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("%PORT%"), QStringLiteral("-k"),
                                  QStringLiteral("-e"), QStringLiteral("/bin/cat")});
        WB_START_FIXTURE(ncat);
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(ncat.host(), ncat.port());
        session.open();
        QTRY_VERIFY(session.isOpen());
        QByteArray big(48 * 1024, 'x');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char('a' + i % 26);
        QVERIFY(session.send(big));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.received().size(), big.size(), 10000);
        QCOMPARE(recorder.received(), big);
        session.close();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QVERIFY(recorder.errors.isEmpty());
    }

    void refusedIsExplained()
    {
        const quint16 port = test::pickFreePort();
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), port);
        session.open();
        QTRY_COMPARE(recorder.errors.size(), 1);
        QCOMPARE(recorder.errors.first().category, ErrorCategory::ConnectionRefused);
        QVERIFY(recorder.errors.first().message.contains(QStringLiteral("was refused")));
        QVERIFY(recorder.transcript.chunks().last().isError ||
                recorder.events().contains(QStringLiteral("refused")));
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QVERIFY(!session.send("x")); // not connected: explained, not crashed
        QCOMPARE(recorder.errors.last().category, ErrorCategory::InvalidInput);
    }

    void resetIsExplained()
    {
        ResettingPeer peer(4);
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), peer.port());
        session.open();
        QTRY_VERIFY(session.isOpen());
        session.send("boom");
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QCOMPARE(recorder.errors.size(), 1);
        QCOMPARE(recorder.errors.first().category, ErrorCategory::ConnectionReset);
        QVERIFY(recorder.errors.first().message.contains(QStringLiteral("was reset")));
        QVERIFY(recorder.events().contains(QStringLiteral("TCP RST")));
    }

    void resetAfterHalfCloseIsExplained()
    {
        ResettingPeer peer(5);
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), peer.port());
        session.open();
        QTRY_VERIFY(session.isOpen());
        session.send("boom!");
        session.finishSending(); // like netcat at the end of its input
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QCOMPARE(recorder.errors.size(), 1);
        QCOMPARE(recorder.errors.first().category, ErrorCategory::ConnectionReset);
    }

    void orderlyCloseIsNotAReset()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->write("bye");
            socket->disconnectFromHost();
        });
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), server.serverPort());
        session.open();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QCOMPARE(recorder.received(), QByteArray("bye"));
        QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.events()));
        QVERIFY(recorder.events().contains(QStringLiteral("closed the connection")));
    }

    void autoReconnect()
    {
        const quint16 port = test::pickFreePort();
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), port);
        session.setAutoReconnect(true, 100, 50);
        session.open();
        QTRY_VERIFY(recorder.errors.size() >= 1); // refused at first
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 10000);
        QVERIFY(recorder.events().contains(QStringLiteral("Reconnecting in 100 ms")));
        // Lost again: the server drops the client, the session comes back by itself.
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *first = server.nextPendingConnection();
        first->disconnectFromHost();
        QTRY_VERIFY(!session.isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
        QTRY_VERIFY(session.isOpen());
        session.close();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QTest::qWait(300);
        QCOMPARE(session.state(), NetSession::State::Closed); // closing stops reconnecting
    }

    void repeatSending()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(echo.host(), echo.port());
        session.open();
        QTRY_VERIFY(session.isOpen());
        RepeatSender repeater;
        qint64 finishedWith = -1;
        connect(&repeater, &RepeatSender::finished, this, [&](qint64 n) { finishedWith = n; });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(repeater.start(&session, "tick;", 20, 5));
        QTRY_COMPARE(finishedWith, 5);
        QVERIFY(timer.elapsed() >= 4 * 20 - 5);
        QTRY_COMPARE(recorder.received(), QByteArray("tick;").repeated(5));
        // Interval 0 sends as fast as possible, in bounded batches.
        finishedWith = -1;
        QVERIFY(repeater.start(&session, "0123456789", 0, 2000));
        QTRY_COMPARE(finishedWith, 2000);
        QTRY_COMPARE(recorder.received().size(), 25 + 20000);
    }

    void sendsAFile()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        QTemporaryFile file;
        QVERIFY(file.open());
        QByteArray content;
        for (int i = 0; i < 200000; ++i)
            content += QByteArray::number(i) + ',';
        file.write(content);
        file.close();
        TcpClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(echo.host(), echo.port());
        session.open();
        QTRY_VERIFY(session.isOpen());
        FileSender sender;
        QVERIFY(!sender.start(&session, QStringLiteral("/nonexistent/file")).ok());
        qint64 finishedWith = -1;
        Error finishError;
        connect(&sender, &FileSender::finished, this, [&](qint64 sent, const Error &error) {
            finishedWith = sent;
            finishError = error;
        });
        QVERIFY(sender.start(&session, file.fileName(), {}, 16 * 1024).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finishedWith, content.size(), 20000);
        QVERIFY(!finishError.isError());
        QTRY_COMPARE_WITH_TIMEOUT(recorder.received().size(), content.size(), 20000);
        QCOMPARE(recorder.received(), content);
    }

    void livesOnANetworkThread()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        QThread thread;
        thread.start();
        auto *session = new TcpClientSession;
        session->setEndpoint(echo.host(), echo.port());
        session->moveToThread(&thread);
        Transcript transcript; // filled on this thread through queued signals
        QObject context;       // ends the connection with this test function
        connect(session, &NetSession::chunkAdded, &context, [&](const TranscriptChunk &chunk) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            transcript.append(chunk);
        });
        QMetaObject::invokeMethod(session, [session] { session->open(); });
        QTRY_VERIFY(session->isOpen());
        QMetaObject::invokeMethod(session, [session] { session->send("across threads"); });
        QTRY_COMPARE(transcript.bytesIn(), qint64(14));
        QMetaObject::invokeMethod(session, [session] {
            session->close();
            session->deleteLater();
        });
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void serverWithManyClients()
    {
        TcpServerSession server;
        SessionRecorder recorder(&server);
        server.setListenAddress(QHostAddress::LocalHost, 0);
        server.open();
        QVERIFY(server.isOpen());
        QVERIFY(server.serverPort() != 0);
        QVERIFY(!server.canSend());
        QTcpSocket a;
        QTcpSocket b;
        QTcpSocket c;
        for (QTcpSocket *socket : {&a, &b, &c})
            socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_COMPARE(server.clients().size(), 3);
        QVERIFY(server.canSend());
        const QString peerA = QStringLiteral("127.0.0.1:%1").arg(a.localPort());
        const QString peerB = QStringLiteral("127.0.0.1:%1").arg(b.localPort());
        QVERIFY(server.clients().contains(peerA));

        a.write("from a");
        QTRY_COMPARE(recorder.received(peerA), QByteArray("from a"));
        QVERIFY(server.send("only b", peerB));
        QVERIFY(server.send("everyone"));
        QTRY_COMPARE(b.bytesAvailable(), qint64(14));
        QCOMPARE(b.readAll(), QByteArray("only beveryone"));
        QTRY_COMPARE(a.bytesAvailable(), qint64(8));
        QCOMPARE(a.readAll(), QByteArray("everyone"));
        QTRY_COMPARE(c.bytesAvailable(), qint64(8));
        QCOMPARE(c.readAll(), QByteArray("everyone"));
        QVERIFY(!server.send("x", QStringLiteral("127.0.0.1:1")));

        server.disconnectClient(peerA);
        QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(server.clients().size(), 2);
        QVERIFY(recorder.events().contains(QStringLiteral("Client %1 disconnected.").arg(peerA)));
        c.abort();
        QTRY_COMPARE(server.clients().size(), 1);

        server.close();
        QCOMPARE(server.state(), NetSession::State::Closed);
        QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
    }

    void serverPortInUseIsExplained()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        TcpServerSession server;
        SessionRecorder recorder(&server);
        server.setListenAddress(QHostAddress::LocalHost, taken.serverPort());
        server.open();
        QCOMPARE(server.state(), NetSession::State::Closed);
        QCOMPARE(recorder.errors.size(), 1);
        QVERIFY(recorder.errors.first().message.contains(QStringLiteral("already in use")));
    }

    void packetSenderToOurServer()
    {
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("packetsender")));
        const QString packetsender = test::findExecutable(QStringLiteral("packetsender"));
        TcpServerSession server;
        SessionRecorder recorder(&server);
        server.setListenAddress(QHostAddress::LocalHost, 0);
        server.open();
        QVERIFY(server.isOpen());
        // Our server answers every client; Packet Sender prints the answer it waited for.
        connect(&server, &NetSession::peerConnected, &server,
                [&server](const QString &peer) { server.send("pong from wirebench", peer); });
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(packetsender,
                      {QStringLiteral("-taw"), QStringLiteral("1500"), QStringLiteral("127.0.0.1"),
                       QString::number(server.serverPort()), QStringLiteral("hello\\r\\n")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 15000);
        QCOMPARE(process.exitCode(), 7); // Packet Sender's exit code is the bytes it sent
        QCOMPARE(recorder.received(), QByteArray("hello\r\n"));
        QVERIFY2(process.readAllStandardOutput().contains("pong from wirebench"),
                 qPrintable(recorder.events()));
    }
};

QTEST_GUILESS_MAIN(TestTcpSessions)
#include "tst_tcpsessions.moc"
