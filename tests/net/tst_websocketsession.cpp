// WebSocket sessions against an echo written with QWebSocketServer, and the same checks against
// an independent peer: Python's websockets library (Debian's python3-websockets).

#include "core/net/websocketsession.h"
#include "tests/net/commandserver.h"
#include "tests/net/sessionrecorder.h"
#include "tests/support/testcertificates.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace wb;
using namespace wb::net;
using wb::test::SessionRecorder;

namespace {

// Echoes text and binary messages; "close-NNNN" makes it close with code NNNN.
class QtEchoServer : public QObject
{
public:
    QtEchoServer()
        : m_server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) {
                        if (text.startsWith(QLatin1String("close-")))
                            socket->close(QWebSocketProtocol::CloseCode(text.mid(6).toInt()),
                                          QStringLiteral("asked"));
                        else
                            socket->sendTextMessage(text);
                    });
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &bytes) { socket->sendBinaryMessage(bytes); });
            connect(socket, &QWebSocket::disconnected, socket, [this, socket] {
                m_lastCloseCode = socket->closeCode();
                socket->deleteLater();
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(m_server.serverPort()));
    }
    int lastCloseCode() const { return m_lastCloseCode; }

private:
    QWebSocketServer m_server;
    int m_lastCloseCode = -1;
};

const char *pythonEcho = R"(
import asyncio, sys, websockets
async def echo(ws):
    async for message in ws:
        if isinstance(message, str) and message.startswith("close-"):
            await ws.close(int(message[6:]), "asked")
            return
        await ws.send(message)
async def main():
    async with websockets.serve(echo, "127.0.0.1", int(sys.argv[1])):
        await asyncio.Future()
asyncio.run(main())
)";

} // namespace

class TestWebSocketSession : public QObject
{
    Q_OBJECT

private slots:
    void exchange_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::newRow("qt") << QStringLiteral("qt");
        QTest::newRow("python-websockets") << QStringLiteral("python");
    }

    void exchange()
    {
        QFETCH(QString, peer);
        QtEchoServer qtEcho;
        std::unique_ptr<test::CommandServer> python;
        QUrl url = qtEcho.url();
        if (peer == QLatin1String("python")) {
            const QString interpreter = QStringLiteral("/usr/bin/python3");
            WB_REQUIRE(test::runProgram(interpreter, {QStringLiteral("-c"),
                                                      QStringLiteral("import websockets")}) == 0,
                       "python3-websockets is not installed (tools/install-deps.sh test "
                       "installs it)");
            python = std::make_unique<test::CommandServer>(
                interpreter, QStringList{QStringLiteral("-c"), QString::fromLatin1(pythonEcho),
                                         QStringLiteral("%PORT%")});
            WB_START_FIXTURE(*python);
            url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(python->port()));
        }

        WebSocketSession session;
        SessionRecorder recorder(&session);
        QSignalSpy messages(&session, &WebSocketSession::messageReceived);
        QSignalSpy pongs(&session, &WebSocketSession::pongReceived);
        session.setUrl(url);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 10000);

        QVERIFY(session.sendText(QStringLiteral("grüß dich")));
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(0).toByteArray(), QStringLiteral("grüß dich").toUtf8());
        QCOMPARE(messages.at(0).at(1).value<WebSocketSession::MessageType>(),
                 WebSocketSession::MessageType::Text);

        const QByteArray binary("\x00\x01\xfe\xff", 4);
        QVERIFY(session.sendBinary(binary));
        QTRY_COMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).at(0).toByteArray(), binary);
        QCOMPARE(messages.at(1).at(1).value<WebSocketSession::MessageType>(),
                 WebSocketSession::MessageType::Binary);

        // send() frames by the session's message type; text must be UTF-8.
        QVERIFY(!session.send(QByteArray("\xff\xfe", 2)));
        QCOMPARE(recorder.errors.last().category, ErrorCategory::InvalidInput);
        session.setMessageType(WebSocketSession::MessageType::Binary);
        QVERIFY(session.send(QByteArray("\xff\xfe", 2)));
        QTRY_COMPARE(messages.size(), 3);

        QVERIFY(session.ping("are you there"));
        QTRY_COMPARE(pongs.size(), 1);
        QCOMPARE(pongs.at(0).at(1).toByteArray(), QByteArray("are you there"));
        QVERIFY(recorder.events().contains(QStringLiteral("Pong received after")));
        QVERIFY(!session.ping(QByteArray(126, 'x')));

        // The peer closes with a code of its choosing: shown, and kept.
        session.setMessageType(WebSocketSession::MessageType::Text);
        QVERIFY(session.send("close-4001"));
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QCOMPARE(session.closeCode(), 4001);
        QCOMPARE(session.closeReason(), QStringLiteral("asked"));
        QVERIFY(
            recorder.events().contains(QStringLiteral("WebSocket closed with code 4001 (asked).")));
    }

    void weCloseWithACode()
    {
        QtEchoServer echo;
        WebSocketSession session;
        session.setUrl(echo.url());
        session.open();
        QTRY_VERIFY(session.isOpen());
        session.closeWithCode(4100, QStringLiteral("done"));
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QTRY_COMPARE(echo.lastCloseCode(), 4100);
    }

    void secureWebSocket()
    {
        test::TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        const auto credentials = TlsCredentials::fromFiles(
            pki.certificate(QStringLiteral("server")), pki.key(QStringLiteral("server")));
        QVERIFY(credentials.ok());
        QWebSocketServer server(QStringLiteral("wss echo"), QWebSocketServer::SecureMode);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(credentials->chain);
        configuration.setPrivateKey(credentials->key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &t) { socket->sendTextMessage(t); });
        });
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1/").arg(server.serverPort()));

        WebSocketSession untrusting;
        SessionRecorder untrustingRecorder(&untrusting);
        untrusting.setUrl(url);
        untrusting.open();
        QTRY_VERIFY_WITH_TIMEOUT(!untrustingRecorder.errors.isEmpty(), 10000);
        QCOMPARE(untrustingRecorder.errors.first().category, ErrorCategory::Tls);
        QVERIFY(
            untrustingRecorder.errors.first().message.contains(QStringLiteral("does not trust")));

        WebSocketSession session;
        SessionRecorder recorder(&session);
        session.setUrl(url);
        session.setCaCertificates(TlsCredentials::loadCertificates(pki.caCertificate()).value());
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 10000);
        session.sendText(QStringLiteral("over wss"));
        QTRY_COMPARE(recorder.received(), QByteArray("over wss"));
        session.close();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
    }

    void failuresAreExplained()
    {
        WebSocketSession session;
        SessionRecorder recorder(&session);
        session.setUrl(QUrl(QStringLiteral("http://127.0.0.1/")));
        session.open();
        QCOMPARE(recorder.errors.size(), 1);
        QVERIFY(recorder.errors.first().message.contains(QStringLiteral("not a WebSocket URL")));

        session.setUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(test::pickFreePort())));
        session.open();
        QTRY_COMPARE(recorder.errors.size(), 2);
        QCOMPARE(recorder.errors.last().category, ErrorCategory::ConnectionRefused);
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketSession)
#include "tst_websocketsession.moc"
