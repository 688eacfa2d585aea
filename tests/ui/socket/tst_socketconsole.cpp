// The socket console page driven like a user, offscreen, against real peers on loopback: a socat
// echo over TCP and UDP, a peer that resets, a closed port, and clients of our own server.

#include "core/net/tcpserversession.h"
#include "core/store/workspacestore.h"
#include "tests/support/socatechoserver.h"
#include "tests/support/testcertificates.h"
#include "ui/socket/certificatepanel.h"
#include "ui/socket/connectionbar.h"
#include "ui/socket/inputpanel.h"
#include "ui/socket/peerspanel.h"
#include "ui/socket/snippetstore.h"
#include "ui/socket/socketconsolepage.h"
#include "ui/socket/transcriptmodel.h"
#include "ui/socket/transcriptpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QUdpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>

using namespace wb;
using namespace wb::ui;
using Kind = SessionSetup::Kind;
using Direction = net::TranscriptChunk::Direction;

namespace {

QByteArray chunksOf(const SocketConsolePage &page, Direction direction)
{
    QByteArray out;
    for (const auto &entry : page.transcriptModel()->entries())
        if (entry.chunk.direction == direction)
            out += entry.chunk.bytes;
    return out;
}

QString eventsOf(const SocketConsolePage &page, bool errorsOnly = false)
{
    QStringList out;
    for (const auto &entry : page.transcriptModel()->entries())
        if (entry.chunk.direction == Direction::Event && (!errorsOnly || entry.chunk.isError))
            out << entry.chunk.text();
    return out.join(QLatin1Char('\n'));
}

void chooseKind(SocketConsolePage &page, Kind kind)
{
    QComboBox *box = page.connectionBar()->kindBox();
    box->setCurrentIndex(box->findData(int(kind)));
}

void typeAddress(SocketConsolePage &page, const QString &host, quint16 port)
{
    QLineEdit *edit = page.connectionBar()->hostEdit();
    edit->clear();
    QTest::keyClicks(edit, host);
    page.connectionBar()->portBox()->setValue(port);
}

// Types into the input and presses Ctrl+Enter.
void typeAndSend(SocketConsolePage &page, const QString &text)
{
    QPlainTextEdit *editor = page.inputPanel()->editor();
    editor->clear();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
}

// A workspace in a temporary folder, opened.
struct OpenedStore
{
    QTemporaryDir dir;
    store::WorkspaceStore store{dir.path()};

    bool open()
    {
        QSignalSpy opened(&store, &store::WorkspaceStore::opened);
        store.start();
        return opened.wait(10000) && !opened.first().at(0).value<Error>().isError();
    }
};

// Accepts clients and resets each one (SO_LINGER 0, then close) once it has sent `after` bytes.
class ResettingPeer : public QTcpServer
{
public:
    explicit ResettingPeer(qsizetype after)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this, after] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QIODevice::readyRead, socket, [socket, after] {
                if (socket->bytesAvailable() < after)
                    return;
                const linger option{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                             sizeof(option));
                socket->abort();
            });
        });
    }
};

} // namespace

class TestSocketConsole : public QObject
{
    Q_OBJECT

private slots:
    void tcpEchoTextHexAndHistory()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        QTemporaryDir dir;
        store::WorkspaceStore store(dir.path());
        QSignalSpy opened(&store, &store::WorkspaceStore::opened);
        QSignalSpy appended(&store, &store::WorkspaceStore::entriesAppended);
        store.start();
        QVERIFY(opened.wait(10000));

        SocketConsolePage page(&store);
        page.resize(1100, 700);
        page.show();
        QSignalSpy archived(&page, &SocketConsolePage::sessionArchived);
        chooseKind(page, Kind::TcpClient);
        typeAddress(page, echo.host(), echo.port());
        QPushButton *connectButton = page.connectionBar()->connectButton();
        QCOMPARE(connectButton->text(), QStringLiteral("Connect"));
        QVERIFY(!page.inputPanel()->sendButton()->isEnabled());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY(page.isSessionOpen());
        QCOMPARE(connectButton->text(), QStringLiteral("Disconnect"));
        QVERIFY(page.inputPanel()->sendButton()->isEnabled());

        // Text with escapes and CRLF.
        QComboBox *ending = page.inputPanel()->lineEndingBox();
        ending->setCurrentIndex(ending->findData(int(net::NetSession::LineEnding::CrLf)));
        typeAndSend(page, QStringLiteral("hello\\x21"));
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("hello!\r\n"));
        QCOMPARE(chunksOf(page, Direction::Out), QByteArray("hello!\r\n"));
        // The view shows the echo as a received chunk, escapes visible.
        TranscriptView *view = page.transcriptPane()->view();
        QTRY_VERIFY(view->allText().contains(QStringLiteral("« ")));
        QVERIFY2(view->allText().contains(QStringLiteral("hello!\\r\\n")),
                 qPrintable(view->allText()));

        // Hex, no line ending.
        page.inputPanel()->modeBox()->setCurrentIndex(1);
        ending->setCurrentIndex(0);
        typeAndSend(page, QStringLiteral("de ad be ef"));
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("hello!\r\n\xde\xad\xbe\xef"));
        QTest::mouseClick(page.transcriptPane()->modeButton(ChunkFormatter::Mode::Hex),
                          Qt::LeftButton);
        QVERIFY(view->allText().contains(QStringLiteral("de ad be ef")));

        // Bad hex is explained, nothing is sent.
        typeAndSend(page, QStringLiteral("zz"));
        QVERIFY(!page.inputPanel()
                     ->findChild<QLabel *>(QStringLiteral("socketInputMessage"))
                     ->text()
                     .isEmpty());

        // Disconnect: the transcript goes to history.
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE(archived.size(), 1);
        QTRY_COMPARE(connectButton->text(), QStringLiteral("Connect"));
        const auto summary = archived.first().at(0).value<store::HistorySummary>();
        QCOMPARE(summary.method, QStringLiteral("TCP"));
        QCOMPARE(summary.url, QStringLiteral("%1:%2").arg(echo.host()).arg(echo.port()));
        QTRY_VERIFY_WITH_TIMEOUT(!appended.isEmpty(), 10000);
        QSignalSpy loaded(&store, &store::WorkspaceStore::entryLoaded);
        store.loadEntry(summary.id);
        QVERIFY(loaded.wait(10000));
        const auto session = loaded.first().at(1).value<store::HistoryEntry>().session;
        QCOMPARE(session.protocol, QStringLiteral("tcp"));
        QCOMPARE(session.bytesIn(), 12);
        QCOMPARE(session.bytesOut(), 12);
    }

    void repeatFileAndExport()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        OpenedStore workspace;
        QVERIFY(workspace.open());
        SocketConsolePage page(&workspace.store);
        typeAddress(page, echo.host(), echo.port());
        page.openSession();
        QTRY_VERIFY(page.isSessionOpen());
        InputPanel *input = page.inputPanel();
        input->repeatBox()->setChecked(true);
        input->intervalBox()->setValue(10);
        input->countBox()->setValue(5);
        typeAndSend(page, QStringLiteral("tick;"));
        QCOMPARE(input->sendButton()->text(), QStringLiteral("Stop"));
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("tick;").repeated(5));
        QTRY_COMPARE(input->sendButton()->text(), QStringLiteral("Send"));
        input->repeatBox()->setChecked(false);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("payload.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(200 * 1024, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7);
        file.write(bytes);
        file.close();
        emit input->fileRequested(file.fileName(), {});
        QTRY_COMPARE_WITH_TIMEOUT(page.transcriptModel()->bytesIn(), 25 + bytes.size(), 10000);

        // Export writes the whole session from the workspace, every byte, not only what the
        // view holds.
        QSignalSpy exportedSpy(page.transcriptPane(), &TranscriptPane::exportFinished);
        const QString path = dir.filePath(QStringLiteral("t.txt"));
        page.transcriptPane()->exportTo(path);
        QVERIFY(exportedSpy.wait(10000));
        QVERIFY(!exportedSpy.first().at(1).value<Error>().isError());
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.contains(">> ") && text.contains("<< ") && text.contains("tick;"));
        QVERIFY(text.size() > bytes.size());
        QVERIFY(!text.contains("only the first"));
        page.transcriptPane()->exportTo(dir.filePath(QStringLiteral("no/such/t.txt")));
        QVERIFY(exportedSpy.wait(10000));
        QVERIFY(exportedSpy.last().at(1).value<Error>().message.contains(
            QStringLiteral("could not be written")));

        // Without a workspace, export writes what the view holds.
        SocketConsolePage bare(nullptr);
        bare.transcriptModel()->append(net::TranscriptChunk::incoming("held"));
        QSignalSpy bareSpy(bare.transcriptPane(), &TranscriptPane::exportFinished);
        bare.transcriptPane()->exportTo(path);
        QVERIFY(bareSpy.wait(10000));
        exported.close();
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("<< (4 bytes) held"));
    }

    void autoReconnectWaitsForThePeer()
    {
        const quint16 port = test::pickFreePort();
        SocketConsolePage page(nullptr);
        typeAddress(page, QStringLiteral("127.0.0.1"), port);
        page.connectionBar()
            ->findChild<QCheckBox *>(QStringLiteral("socketReconnect"))
            ->setChecked(true);
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(eventsOf(page).contains(QStringLiteral("Reconnecting in")));
        QCOMPARE(page.connectionBar()->connectButton()->text(), QStringLiteral("Disconnect"));
        QTcpServer late;
        QVERIFY(late.listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(page.isSessionOpen(), 10000);
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.session());
        QCOMPARE(page.connectionBar()->connectButton()->text(), QStringLiteral("Connect"));
    }

    void webSocketEcho()
    {
        QWebSocketServer echo(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
        int peerSawCloseCode = -1;
        connect(&echo, &QWebSocketServer::newConnection, &echo, [&echo, &peerSawCloseCode] {
            QWebSocket *socket = echo.nextPendingConnection();
            socket->setParent(&echo);
            connect(socket, &QWebSocket::disconnected, socket,
                    [socket, &peerSawCloseCode] { peerSawCloseCode = socket->closeCode(); });
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) { socket->sendTextMessage(text); });
        });
        SocketConsolePage page(nullptr);
        page.show();
        chooseKind(page, Kind::WebSocket);
        QVERIFY(page.connectionBar()->urlEdit()->isVisible());
        QVERIFY(!page.connectionBar()->hostEdit()->isVisible());
        QTest::keyClicks(page.connectionBar()->urlEdit(),
                         QStringLiteral("ws://127.0.0.1:%1/echo").arg(echo.serverPort()));
        QTest::keyClick(page.connectionBar()->urlEdit(), Qt::Key_Return);
        QTRY_VERIFY(page.isSessionOpen());
        typeAndSend(page, QStringLiteral("hello ws"));
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("hello ws"));
        QTest::mouseClick(
            page.connectionBar()->findChild<QPushButton *>(QStringLiteral("socketPing")),
            Qt::LeftButton);
        QVERIFY(page.connectionBar()->closeCodeBox()->isVisible());
        page.connectionBar()->closeCodeBox()->setValue(4001);
        page.closeSession();
        QTRY_VERIFY(!page.session());
        QTRY_COMPARE(peerSawCloseCode, 4001);
    }

    void resetIsExplained()
    {
        ResettingPeer peer(4);
        OpenedStore workspace;
        QVERIFY(workspace.open());
        SocketConsolePage page(&workspace.store);
        page.show();
        QSignalSpy archived(&page, &SocketConsolePage::sessionArchived);
        typeAddress(page, QStringLiteral("127.0.0.1"), peer.serverPort());
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(page.isSessionOpen());
        typeAndSend(page, QStringLiteral("boom"));
        QTRY_VERIFY2(eventsOf(page, true).contains(QStringLiteral("was reset")),
                     qPrintable(eventsOf(page)));
        QTRY_COMPARE(page.connectionBar()->connectButton()->text(), QStringLiteral("Connect"));
        QVERIFY(page.transcriptPane()->view()->allText().contains(QStringLiteral("! ")));
        const QString folder = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            page.resize(1100, 520);
            QTest::qWait(50);
            QVERIFY(page.grab().save(folder + QStringLiteral("/socketconsole-reset.png")));
        }
        QTRY_COMPARE(archived.size(), 1);
        QVERIFY(archived.first().at(0).value<store::HistorySummary>().error.contains(
            QStringLiteral("was reset")));
    }

    void refusedIsExplained()
    {
        const quint16 port = test::pickFreePort();
        SocketConsolePage page(nullptr);
        typeAddress(page, QStringLiteral("127.0.0.1"), port);
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(eventsOf(page, true).contains(QStringLiteral("was refused")));
        QTRY_COMPARE(page.connectionBar()->connectButton()->text(), QStringLiteral("Connect"));
        // A field that cannot work is explained before anything is opened.
        typeAddress(page, QString(), 0);
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(eventsOf(page, true).contains(QStringLiteral("host and port")));
        QVERIFY(!page.session());
    }

    void udpEcho()
    {
        test::SocatEchoServer echo(test::SocatEchoServer::Transport::Udp);
        WB_START_FIXTURE(echo);
        SocketConsolePage page(nullptr);
        page.show();
        chooseKind(page, Kind::Udp);
        QVERIFY(page.connectionBar()->bindEdit()->isVisible());
        QVERIFY(page.inputPanel()->targetBox()->isVisible());
        typeAddress(page, echo.host(), echo.port());
        QCOMPARE(page.connectionBar()->connectButton()->text(), QStringLiteral("Bind"));
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(page.isSessionOpen());
        typeAndSend(page, QStringLiteral("datagram\\x00!"));
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("datagram\0!", 10));
        const QString peer = QStringLiteral("%1:%2").arg(echo.host()).arg(echo.port());
        QCOMPARE(page.transcriptModel()->entries().back().chunk.peer, peer);
        // The sender is listed and can be chosen as the target.
        QTRY_COMPARE(page.peersPanel()->peers(), QStringList{peer});
        QComboBox *target = page.inputPanel()->targetBox();
        QCOMPARE(target->currentIndex(), 0); // still the address in the bar
        target->setCurrentIndex(target->findText(peer));
        QCOMPARE(page.inputPanel()->target(), peer);
        typeAndSend(page, QStringLiteral("again"));
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("datagram\0!again", 15));
        // Any host:port can be typed in.
        target->setEditText(QStringLiteral("127.0.0.1:%1").arg(echo.port()));
        QCOMPARE(page.inputPanel()->target(), QStringLiteral("127.0.0.1:%1").arg(echo.port()));
        // A bad multicast group is explained.
        emit page.connectionBar()->joinGroupRequested(QStringLiteral("10.0.0.1"));
        QTRY_VERIFY(eventsOf(page, true).contains(QStringLiteral("not a multicast group")));
        page.closeSession();
        QTRY_VERIFY(!page.session());
    }

    void oldChunksComeBackFromTheWorkspace()
    {
        // An echo on a port picked now.
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
        connect(&echo, &QTcpServer::newConnection, &echo, [&echo] {
            QTcpSocket *socket = echo.nextPendingConnection();
            connect(socket, &QIODevice::readyRead, socket,
                    [socket] { socket->write(socket->readAll()); });
        });
        OpenedStore workspace;
        QVERIFY(workspace.open());
        SocketConsolePage page(&workspace.store);
        page.resize(1000, 600);
        page.show();
        typeAddress(page, QStringLiteral("127.0.0.1"), echo.serverPort());
        page.openSession();
        QTRY_VERIFY(page.isSessionOpen());
        TranscriptModel *model = page.transcriptModel();
        const int total = int(TranscriptModel::MaxChunks) + 2500;
        const auto text = [](int i) { return QByteArray("chunk ") + QByteArray::number(i) + ';'; };
        qint64 sent = 0;
        size_t mostHeld = 0;
        for (int i = 0; i < total; ++i) {
            emit page.inputPanel()->sendRequested(text(i), QString());
            sent += text(i).size();
            if (i % 500 == 0) {
                QCoreApplication::processEvents();
                mostHeld = qMax(mostHeld, model->entries().size());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->bytesIn(), sent, 30000);
        model->flush();
        mostHeld = qMax(mostHeld, model->entries().size());
        QVERIFY(model->chunkCount() > quint64(total));
        QVERIFY(mostHeld <= size_t(TranscriptModel::MaxChunks));
        QVERIFY(model->hasOlder());
        TranscriptView *view = page.transcriptPane()->view();
        QVERIFY(view->noticeText().contains(QStringLiteral("older chunk")));

        // Scrolling to the top pages older chunks back, a page at a time.
        const quint64 heldFrom = model->firstSerial();
        view->verticalScrollBar()->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(model->firstSerial() < heldFrom && !model->isLoading(), 10000);
        QCOMPARE(heldFrom - model->firstSerial(), quint64(TranscriptModel::PageChunks));
        QVERIFY(model->entries().size() <= size_t(TranscriptModel::MaxChunks));
        QVERIFY(model->hasOlder());

        // Home goes straight to the first chunk; the newest wait in the workspace.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->entries().empty(), 10000);
        QVERIFY2(!model->hasOlder(), qPrintable(view->noticeText()));
        QVERIFY(model->hasNewer());
        QVERIFY(model->entries().size() <= size_t(TranscriptModel::MaxChunks));
        QTRY_VERIFY2(
            view->visibleText().join(QLatin1Char('\n')).contains(QStringLiteral("chunk 0;")),
            qPrintable(view->visibleText().join(QLatin1Char('\n'))));

        // Scrolling down from there pages newer chunks back in.
        const quint64 heldTo = model->endSerial();
        for (int round = 0; model->endSerial() == heldTo && round < 20; ++round) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
        }
        QVERIFY(model->endSerial() > heldTo);

        // End goes back to the newest chunk.
        QTest::keyClick(view, Qt::Key_End);
        const QString last = QString::fromLatin1(text(total - 1));
        QTRY_VERIFY_WITH_TIMEOUT(view->visibleText().join(QLatin1Char('\n')).contains(last), 10000);
        QVERIFY(!model->hasNewer());
        QVERIFY(model->entries().size() <= size_t(TranscriptModel::MaxChunks));
        page.closeSession();
        QTRY_VERIFY(!page.session());
    }

    void sessionLivesOnANetworkThread()
    {
        test::SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        auto *page = new SocketConsolePage(nullptr);
        page->show();
        typeAddress(*page, echo.host(), echo.port());
        QTest::mouseClick(page->connectionBar()->connectButton(), Qt::LeftButton);
        QVERIFY(page->session());
        QVERIFY(page->session()->thread() != QThread::currentThread());
        QCOMPARE(page->session()->thread(), page->networkThread());
        QVERIFY(page->networkThread()->isRunning());
        QTRY_VERIFY(page->isSessionOpen());
        typeAndSend(*page, QStringLiteral("across threads"));
        QTRY_COMPARE(chunksOf(*page, Direction::In), QByteArray("across threads"));

        // Closing the page while the session is busy sending ends it on its thread.
        InputPanel *input = page->inputPanel();
        input->repeatBox()->setChecked(true);
        input->intervalBox()->setValue(0);
        input->countBox()->setValue(0); // until stopped
        typeAndSend(*page, QStringLiteral("busy;"));
        QTRY_VERIFY(page->transcriptModel()->bytesIn() > 10000);
        QPointer<net::NetSession> session = page->session();
        QThread *thread = page->networkThread();
        QSignalSpy threadFinished(thread, &QThread::finished);
        delete page;
        QCOMPARE(threadFinished.size(), 1);
        QVERIFY(!session); // deleted on its own thread before that thread ended
    }

    void udpBroadcastReachesAReceiver()
    {
        // A receiver on any IPv4 address, on a port the system picks now.
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::AnyIPv4, 0));
        const quint16 port = receiver.localPort();
        SocketConsolePage page(nullptr);
        page.show();
        chooseKind(page, Kind::Udp);
        ConnectionBar *bar = page.connectionBar();
        QVERIFY(bar->broadcastBox()->isVisible());
        QVERIFY(!bar->broadcastAddressBox()->isVisible());
        QTest::mouseClick(bar->broadcastBox(), Qt::LeftButton);
        QVERIFY(bar->broadcastBox()->isChecked());
        QVERIFY(bar->broadcastAddressBox()->isVisible());
        QVERIFY(!bar->hostEdit()->isVisible());
        QCOMPARE(bar->broadcastAddressBox()->currentText(), QStringLiteral("255.255.255.255"));
        QCOMPARE(bar->bindEdit()->text(), QStringLiteral("0.0.0.0"));
        bar->portBox()->setValue(port);
        QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(page.isSessionOpen());
        QTRY_VERIFY(
            eventsOf(page).contains(QStringLiteral("broadcast to 255.255.255.255:%1").arg(port)));
        QCOMPARE(page.inputPanel()->target(), QString()); // the broadcast address in the bar
        typeAndSend(page, QStringLiteral("hello, everyone"));
        const QString to = QStringLiteral("255.255.255.255:%1").arg(port);
        QTRY_VERIFY(!chunksOf(page, Direction::Out).isEmpty() || !eventsOf(page, true).isEmpty());
        QVERIFY2(eventsOf(page, true).isEmpty(), qPrintable(eventsOf(page, true)));
        QCOMPARE(page.transcriptModel()->entries().back().chunk.peer, to);
        WB_REQUIRE(QTest::qWaitFor([&] { return receiver.hasPendingDatagrams(); }, 5000),
                   "A datagram sent to 255.255.255.255 did not come back to this host: it has no "
                   "broadcast-capable interface on its default route.");
        QCOMPARE(receiver.receiveDatagram().data(), QByteArray("hello, everyone"));

        // A bad broadcast address is explained before anything is opened.
        page.closeSession();
        QTRY_VERIFY(!page.session());
        bar->broadcastAddressBox()->setCurrentText(QStringLiteral("ff02::1"));
        QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
        QVERIFY(!page.session());
        QTRY_VERIFY(eventsOf(page, true).contains(QStringLiteral("not an IPv4 broadcast address")));
    }

    void tcpServerTwoClientsBroadcastAndDisconnect()
    {
        SocketConsolePage page(nullptr);
        page.show();
        chooseKind(page, Kind::TcpServer);
        QCOMPARE(page.connectionBar()->connectButton()->text(), QStringLiteral("Listen"));
        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(page.isSessionOpen());
        QVERIFY(qobject_cast<net::TcpServerSession *>(page.session()));
        QVERIFY(page.localPort() > 0);

        QTcpSocket a;
        QTcpSocket b;
        a.connectToHost(QHostAddress::LocalHost, page.localPort());
        b.connectToHost(QHostAddress::LocalHost, page.localPort());
        QTRY_COMPARE(page.peersPanel()->peers().size(), 2);
        QTRY_VERIFY(page.inputPanel()->sendButton()->isEnabled());
        QCOMPARE(page.inputPanel()->targetBox()->itemText(0), QStringLiteral("All clients"));

        // Broadcast to both.
        page.inputPanel()->targetBox()->setCurrentIndex(0);
        typeAndSend(page, QStringLiteral("to all\\n"));
        QTRY_COMPARE(chunksOf(page, Direction::Out), QByteArray("to all\nto all\n"));
        QByteArray gotA;
        QByteArray gotB;
        QTRY_COMPARE((gotA += a.readAll()), QByteArray("to all\n"));
        QTRY_COMPARE((gotB += b.readAll()), QByteArray("to all\n"));

        // Incoming chunks name their client.
        a.write("from a");
        QTRY_COMPARE(chunksOf(page, Direction::In), QByteArray("from a"));
        const QString peerA = page.transcriptModel()->entries().back().chunk.peer;
        QVERIFY(page.peersPanel()->peers().contains(peerA));

        // To one client only, chosen in the list.
        QListWidget *list = page.peersPanel()->list();
        list->setCurrentItem(list->findItems(peerA, Qt::MatchExactly).first());
        emit page.peersPanel()->sendToRequested(peerA);
        typeAndSend(page, QStringLiteral("only a"));
        gotA.clear();
        QTRY_COMPARE((gotA += a.readAll()), QByteArray("only a"));
        QTest::qWait(100);
        QCOMPARE(b.bytesAvailable(), 0);

        // Disconnect that one.
        QTest::mouseClick(page.peersPanel()->disconnectButton(), Qt::LeftButton);
        QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(page.peersPanel()->peers().size(), 1);
        QCOMPARE(b.state(), QAbstractSocket::ConnectedState);

        QTest::mouseClick(page.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.session());
        QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
    }

    void snippetsAreKeptInTheWorkspace()
    {
        QTemporaryDir dir;
        store::WorkspaceStore store(dir.path());
        QSignalSpy opened(&store, &store::WorkspaceStore::opened);
        store.start();
        QVERIFY(opened.wait(10000));
        {
            SocketConsolePage page(&store);
            QSignalSpy changed(page.snippetStore(), &SnippetStore::changed);
            QVERIFY(changed.wait(10000)); // the first read
            page.snippetStore()->save(
                {QStringLiteral("greeting"), QStringLiteral("HELO x\\r\\n"), false, 0});
            page.snippetStore()->save({QStringLiteral("bytes"), QStringLiteral("01 02"), true, 2});
            QTRY_COMPARE(page.inputPanel()->snippetBox()->count(), 3);
        }
        QVERIFY(QFile::exists(dir.filePath(SnippetStore::fileName())));
        SocketConsolePage page(&store);
        QComboBox *box = page.inputPanel()->snippetBox();
        QTRY_COMPARE(box->count(), 3);
        const int index = box->findText(QStringLiteral("bytes"));
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
        QCOMPARE(page.inputPanel()->editor()->toPlainText(), QStringLiteral("01 02"));
        QCOMPARE(page.inputPanel()->modeBox()->currentIndex(), 1);
        QCOMPARE(page.inputPanel()->payload().value(), QByteArray("\x01\x02\r\n"));
        page.snippetStore()->remove(QStringLiteral("bytes"));
        QTRY_COMPARE(box->count(), 2);
    }

    // A fast stream (128 MiB from socat, as fast as loopback goes) must not stall the event loop
    // or make the view hold more than its cap. The bound is loose so that a sanitizer build on a
    // busy machine passes; a view that did per-chunk work on the UI thread would not.
    void fastStreamKeepsTheLoopTurning()
    {
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("socat")));
        SocketConsolePage page(nullptr);
        page.resize(1000, 600);
        page.show();
        chooseKind(page, Kind::TcpServer);
        page.openSession();
        QTRY_VERIFY(page.isSessionOpen());
        const quint16 port = page.localPort();
        const qint64 total = 128 * 1024 * 1024;
        QProcess source;
        source.start(QStringLiteral("bash"),
                     {QStringLiteral("-c"),
                      QStringLiteral("yes 'a line of log text, 200 OK' | head -c %1 | socat -u - "
                                     "TCP:127.0.0.1:%2")
                          .arg(total)
                          .arg(port)});
        qint64 longest = 0;
        QElapsedTimer gap;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, &probe, [&] { longest = qMax(longest, gap.restart()); });
        gap.start();
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(page.transcriptModel()->bytesIn(), total, 60000);
        probe.stop();
        // The measured figure is bench ui-socketstream's; this only catches a blocked loop.
        QVERIFY2(longest < 2000, qPrintable(QStringLiteral("longest stall %1 ms").arg(longest)));
        QVERIFY(qsizetype(page.transcriptModel()->entries().size()) <= TranscriptModel::MaxChunks);
        source.kill();
        QTRY_COMPARE(source.state(), QProcess::NotRunning);
    }

    void tlsServerAndClientShowTheChain()
    {
        test::TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        SocketConsolePage server(nullptr);
        chooseKind(server, Kind::TlsServer);
        server.connectionBar()
            ->findChild<QLineEdit *>(QStringLiteral("socketCertFile"))
            ->setText(pki.certificate(QStringLiteral("server")));
        server.connectionBar()
            ->findChild<QLineEdit *>(QStringLiteral("socketKeyFile"))
            ->setText(pki.key(QStringLiteral("server")));
        QTest::mouseClick(server.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(server.isSessionOpen());
        const quint16 port = server.localPort();

        // Without the private CA the chain cannot be verified: said in the transcript and beside
        // it.
        SocketConsolePage client(nullptr);
        client.show();
        chooseKind(client, Kind::TlsClient);
        QVERIFY(client.certificatePanel()->isVisible());
        typeAddress(client, QStringLiteral("127.0.0.1"), port);
        QTest::mouseClick(client.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY2(!eventsOf(client, true).isEmpty(), qPrintable(eventsOf(client)));
        QTRY_VERIFY(
            !client.certificatePanel()->errorsLabel()->text().startsWith(QStringLiteral("No TLS")));
        QTRY_VERIFY(!client.session());

        // With it, the handshake succeeds and the chain is listed.
        client.connectionBar()
            ->findChild<QLineEdit *>(QStringLiteral("socketCaFile"))
            ->setText(pki.caCertificate());
        QTest::mouseClick(client.connectionBar()->connectButton(), Qt::LeftButton);
        QTRY_VERIFY(client.isSessionOpen());
        QTRY_VERIFY(client.certificatePanel()->tree()->topLevelItemCount() >= 1);
        QCOMPARE(client.certificatePanel()->errorsLabel()->text(),
                 QStringLiteral("The certificate chain was verified."));
        QTRY_COMPARE(server.peersPanel()->peers().size(), 1);
        typeAndSend(server, QStringLiteral("over tls"));
        QTRY_COMPARE(chunksOf(client, Direction::In), QByteArray("over tls"));
        const QString folder = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            client.resize(1280, 760);
            client.transcriptModel()->flush();
            QTest::qWait(50);
            QVERIFY(client.grab().save(folder + QStringLiteral("/socketconsole-tlsclient.png")));
        }
        client.closeSession();
        QTRY_VERIFY(!client.session());
    }

    // Renders a busy console; with WB_SCREENSHOT_DIR set the picture is saved there for a look.
    void rendersAServerWithClients()
    {
        SocketConsolePage page(nullptr);
        page.resize(1280, 760);
        page.show();
        chooseKind(page, Kind::TcpServer);
        page.openSession();
        QTRY_VERIFY(page.isSessionOpen());
        QTcpSocket a;
        QTcpSocket b;
        a.connectToHost(QHostAddress::LocalHost, page.localPort());
        b.connectToHost(QHostAddress::LocalHost, page.localPort());
        QTRY_COMPARE(page.peersPanel()->peers().size(), 2);
        a.write("GET /status HTTP/1.1\r\nHost: device.local\r\n\r\n");
        QTRY_VERIFY(!chunksOf(page, Direction::In).isEmpty());
        b.write(QByteArray::fromHex("0102030405feff00") + "binary frame");
        QTRY_VERIFY(chunksOf(page, Direction::In).contains("binary frame"));
        QComboBox *ending = page.inputPanel()->lineEndingBox();
        ending->setCurrentIndex(ending->findData(int(net::NetSession::LineEnding::CrLf)));
        typeAndSend(page, QStringLiteral("HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok"));
        QTRY_VERIFY(!chunksOf(page, Direction::Out).isEmpty());
        b.abort();
        QTRY_COMPARE(page.peersPanel()->peers().size(), 1);
        page.transcriptModel()->flush();
        QTest::qWait(50);
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        const QString folder = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QVERIFY(image.save(folder + QStringLiteral("/socketconsole-server.png")));
            QTest::mouseClick(page.transcriptPane()->modeButton(ChunkFormatter::Mode::Combined),
                              Qt::LeftButton);
            QVERIFY(page.grab().save(folder + QStringLiteral("/socketconsole-dump.png")));
            chooseKind(page, Kind::TlsClient);
            QVERIFY(page.grab().save(folder + QStringLiteral("/socketconsole-tls.png")));
        }
    }
};

QTEST_MAIN(TestSocketConsole)
#include "tst_socketconsole.moc"
