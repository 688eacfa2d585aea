// A response that takes its time, end to end through the real window and engine: its status,
// headers, body progress and a live timing waterfall show while its body is still arriving.

#include "tests/ui/workbench/testapp.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/request/urlbar.h"
#include "ui/response/headersview.h"
#include "ui/response/responseinspector.h"
#include "ui/response/statusstrip.h"
#include "ui/response/timingview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::ui;

namespace {

// Answers the first request with its head and half of its body, then waits for finish().
class SlowServer
{
public:
    SlowServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_client || !m_request.contains("\r\n\r\n"))
                        return;
                    m_client = socket;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                  "Content-Length: 10\r\nX-Live: yes\r\n\r\nhel");
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/slow").arg(m_server.serverPort());
    }
    bool answered() const { return m_client; }
    void send(const QByteArray &bytes) const
    {
        if (m_client)
            m_client->write(bytes);
    }

private:
    QTcpServer m_server;
    QByteArray m_request;
    QPointer<QTcpSocket> m_client;
};

bool hasHeader(const HeadersView *view, const QString &name, const QString &value)
{
    for (int row = 0; row < view->rowCount(); ++row) {
        if (view->item(row, 0)->text() == name && view->item(row, 1)->text() == value)
            return true;
    }
    return false;
}

} // namespace

class TestLiveResponse : public QObject
{
    Q_OBJECT

private slots:
    void statusAndHeadersShowBeforeTheExchangeFinishes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SlowServer server;
        test::TestApp app(dir.filePath(QStringLiteral("workspace")));
        QTest::keyClick(app.window.get(), Qt::Key_T, Qt::ControlModifier);
        RequestPage *page = app.currentPage();
        QVERIFY(page);
        QLineEdit *edit = page->composer()->urlBar()->urlEdit();
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, server.url());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        ResponseInspector *inspector = page->inspector();

        // The head is in, the body is not: status, headers and timings are there already.
        QTRY_COMPARE_WITH_TIMEOUT(inspector->statusStrip()->statusText(), QStringLiteral("200 OK"),
                                  10000);
        QVERIFY(server.answered());
        QVERIFY(inspector->chain().isEmpty());
        QVERIFY(page->composer()->urlBar()->isBusy());
        QVERIFY(
            hasHeader(inspector->headersView(), QStringLiteral("X-Live"), QStringLiteral("yes")));
        QVERIFY(hasHeader(inspector->headersView(), QStringLiteral("Content-Length"),
                          QStringLiteral("10")));
        QCOMPARE(inspector->tabs()->tabText(ResponseInspector::HeadersTab),
                 QStringLiteral("Headers (3)"));
        inspector->showTab(ResponseInspector::HeadersTab);
        QVERIFY(inspector->statusStrip()->isVisible());
        QVERIFY(inspector->headersView()->isVisible());

        inspector->showTab(ResponseInspector::TimingTab);
        TimingView *timing = inspector->timingView();
        QTRY_VERIFY_WITH_TIMEOUT(timing->phases().at(6).second >= 0, 5000); // downloading
        QVERIFY(timing->isLive());
        QVERIFY(timing->phases().at(0).second >= 0); // queued
        QVERIFY(timing->phases().at(2).second >= 0); // connected
        QVERIFY(timing->phases().at(5).second >= 0); // waited for the first byte
        const qint64 downloading = timing->phases().at(6).second;
        QTRY_VERIFY_WITH_TIMEOUT(timing->phases().at(6).second > downloading + 100000, 5000);
        QVERIFY(!timing->grab().isNull());

        // More of the body: its progress shows, and still no chain.
        server.send("lo");
        QLabel *size = inspector->findChild<QLabel *>(QStringLiteral("responseSize"));
        QTRY_VERIFY_WITH_TIMEOUT(size->text().contains(QStringLiteral(" of ")), 5000);
        QVERIFY(inspector->chain().isEmpty());

        // The rest: the finished chain replaces the live picture.
        server.send("world");
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->chain().isEmpty(), 10000);
        const http::Exchange &last = inspector->chain().last();
        QVERIFY2(last.succeeded(), qPrintable(last.error.toString()));
        QCOMPARE(last.responseBody.bytes, QByteArray("helloworld"));
        QCOMPARE(inspector->statusStrip()->statusText(), QStringLiteral("200 OK"));
        QVERIFY(!timing->isLive());
        QCOMPARE(timing->phases().at(6).second, last.timings.downloadUs);
        QVERIFY(!page->composer()->urlBar()->isBusy());
    }
};

QTEST_MAIN(TestLiveResponse)
#include "tst_liveresponse.moc"
