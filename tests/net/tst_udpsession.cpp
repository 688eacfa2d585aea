// UDP sessions on loopback: between two sessions, through socat's UDP echo, and from Packet
// Sender's command line.

#include "core/net/udpsession.h"
#include "tests/net/sessionrecorder.h"
#include "tests/support/socatechoserver.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace wb;
using namespace wb::net;
using wb::test::SessionRecorder;

class TestUdpSession : public QObject
{
    Q_OBJECT

private slots:
    void betweenTwoSessions()
    {
        UdpSession a;
        UdpSession b;
        SessionRecorder ra(&a);
        SessionRecorder rb(&b);
        a.setBindAddress(QHostAddress::LocalHost, 0);
        b.setBindAddress(QHostAddress::LocalHost, 0);
        a.open();
        b.open();
        QVERIFY(a.isOpen() && b.isOpen());
        QVERIFY(!a.canSend()); // no default peer and nobody has written yet
        const QString toB = QStringLiteral("127.0.0.1:%1").arg(b.localPort());
        const QString fromA = QStringLiteral("127.0.0.1:%1").arg(a.localPort());
        QSignalSpy arrived(&b, &NetSession::peerConnected);
        QVERIFY(a.send("one", toB));
        QVERIFY(a.send(QByteArray("two\0", 4), toB));
        QTRY_COMPARE(rb.received(fromA), QByteArray("onetwo\0", 7));
        QCOMPARE(arrived.size(), 1); // one new sender, announced once
        QCOMPARE(b.lastSender(), fromA);
        // Datagram boundaries are kept: two chunks, each naming the sender.
        int datagrams = 0;
        for (const auto &chunk : rb.transcript.chunks()) {
            if (chunk.direction == TranscriptChunk::Direction::In) {
                ++datagrams;
                QCOMPARE(chunk.peer, fromA);
            }
        }
        QCOMPARE(datagrams, 2);
        // The receiver answers the last sender without naming it.
        QVERIFY(b.canSend());
        QVERIFY(b.send("reply"));
        QTRY_COMPARE(ra.received(), QByteArray("reply"));
        a.close();
        b.close();
        QCOMPARE(a.state(), NetSession::State::Closed);
    }

    void nameResolutionAndErrors()
    {
        UdpSession a;
        UdpSession b;
        SessionRecorder ra(&a);
        SessionRecorder rb(&b);
        a.setBindAddress(QHostAddress::Any, 0);
        b.setBindAddress(QHostAddress::LocalHost, 0);
        a.open();
        b.open();
        a.setDefaultPeer(QStringLiteral("localhost"), b.localPort());
        QVERIFY(a.send("by name"));
        QTRY_COMPARE(rb.received(), QByteArray("by name"));
        QVERIFY(!a.send("x", QStringLiteral("not a peer")));
        QCOMPARE(ra.errors.last().category, ErrorCategory::InvalidInput);
        QVERIFY(
            !a.send(QByteArray(70000, 'x'), QStringLiteral("127.0.0.1:%1").arg(b.localPort())) ||
            !ra.errors.isEmpty());
        // Binding a port that is taken is explained.
        UdpSession c;
        SessionRecorder rc(&c);
        c.setBindAddress(QHostAddress::LocalHost, b.localPort());
        c.open();
        QCOMPARE(c.state(), NetSession::State::Closed);
        QVERIFY(rc.errors.first().message.contains(QStringLiteral("already in use")));
    }

    void multicastJoinAndLeave()
    {
        UdpSession session;
        SessionRecorder recorder(&session);
        session.setBindAddress(QHostAddress::AnyIPv4, 0);
        session.open();
        const QHostAddress group(QStringLiteral("239.255.42.99"));
        if (!session.joinMulticastGroup(group)) {
            // A machine without a multicast-capable interface: the reason must be explained.
            QVERIFY(recorder.errors.last().message.contains(QStringLiteral("multicast")));
            WB_REQUIRE_OPTIONAL(false, "no multicast-capable interface here");
        }
        QVERIFY(recorder.events().contains(QStringLiteral("Joined the multicast group")));
        QVERIFY(session.leaveMulticastGroup(group));
        QVERIFY(!session.leaveMulticastGroup(group)); // not joined any more
        QVERIFY(QHostAddress(QStringLiteral("239.255.42.99")).isMulticast());
    }

    void echoThroughSocat()
    {
        test::SocatEchoServer echo(test::SocatEchoServer::Transport::Udp);
        WB_START_FIXTURE(echo);
        UdpSession session;
        SessionRecorder recorder(&session);
        session.setBindAddress(QHostAddress::LocalHost, 0);
        session.setDefaultPeer(echo.host(), echo.port());
        session.open();
        QVERIFY(session.sendTyped(QStringLiteral("datagram\\x00!")));
        QTRY_COMPARE(recorder.received(), QByteArray("datagram\0!", 10));
        QCOMPARE(recorder.transcript.chunks().last().peer,
                 QStringLiteral("127.0.0.1:%1").arg(echo.port()));
    }

    void packetSenderToOurSocket()
    {
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("packetsender")));
        const QString packetsender = test::findExecutable(QStringLiteral("packetsender"));
        UdpSession session;
        SessionRecorder recorder(&session);
        session.setBindAddress(QHostAddress::LocalHost, 0);
        session.open();
        // Answer whoever writes; Packet Sender prints the reply it waited for.
        connect(&session, &NetSession::chunkAdded, &session, [&session](const TranscriptChunk &c) {
            if (c.direction == TranscriptChunk::Direction::In)
                session.send("udp reply", c.peer);
        });
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(packetsender,
                      {QStringLiteral("-uaw"), QStringLiteral("1500"), QStringLiteral("127.0.0.1"),
                       QString::number(session.localPort()), QStringLiteral("ping udp")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 15000);
        QCOMPARE(process.exitCode(), 8);
        QCOMPARE(recorder.received(), QByteArray("ping udp"));
        QVERIFY(process.readAllStandardOutput().contains("udp reply"));
    }
};

QTEST_GUILESS_MAIN(TestUdpSession)
#include "tst_udpsession.moc"
