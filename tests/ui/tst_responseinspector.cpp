#include "core/interchange/curlimporter.h"
#include "ui/response/cookiesview.h"
#include "ui/response/headersview.h"
#include "ui/response/hexview.h"
#include "ui/response/pagedtextview.h"
#include "ui/response/previewview.h"
#include "ui/response/rawbodyview.h"
#include "ui/response/responseinspector.h"
#include "ui/response/statusstrip.h"
#include "ui/response/timingview.h"
#include "ui/response/tlsview.h"
#include "ui/response/wireview.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::ui;
using namespace wb::http;

namespace {
Exchange makeHop(const QString &url, int status, const QByteArray &reason,
                 QList<WireHeader> headers, const QByteArray &body)
{
    Exchange ex;
    ex.method = "GET";
    ex.spec.url = url;
    ex.url = url;
    const QUrl u(url);
    ex.requestHead =
        "GET " + u.path().toLatin1() + " HTTP/1.1\r\nHost: " + u.host().toLatin1() + "\r\n\r\n";
    ex.response.version = "HTTP/1.1";
    ex.response.status = status;
    ex.response.reason = reason;
    ex.response.headers = headers;
    ex.responseBody.bytes = body;
    ex.responseBody.size = body.size();
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &h : headers)
        wire += h.name + ": " + h.value + "\r\n";
    wire += "\r\n" + body;
    ex.responseWire.bytes = wire;
    ex.responseWire.size = wire.size();
    ex.httpVersion = "HTTP/1.1";
    ex.remoteAddress = QStringLiteral("127.0.0.1");
    ex.remotePort = 8080;
    ex.timings.dnsUs = 1200;
    ex.timings.connectUs = 300;
    ex.timings.sendUs = 50;
    ex.timings.waitUs = 4000;
    ex.timings.downloadUs = 800;
    ex.timings.totalUs = 6400;
    return ex;
}
} // namespace

class TestResponseInspector : public QObject
{
    Q_OBJECT

private slots:
    void failedExchangeShowsErrorSentence()
    {
        ResponseInspector inspector;
        inspector.show();
        Exchange ex;
        ex.url = QStringLiteral("http://127.0.0.1:9/");
        ex.method = "GET";
        ex.error = wb::Error{wb::ErrorCategory::ConnectionRefused,
                             QStringLiteral("The connection to 127.0.0.1 port 9 was refused; check "
                                            "that the server is running."),
                             QStringLiteral("ECONNREFUSED")};
        inspector.setChain(ExchangeChain{{ex}});
        QLabel *error = inspector.findChild<QLabel *>(QStringLiteral("responseError"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), ex.error.message);
        QVERIFY(!inspector.statusStrip()->hintText().isEmpty());
        QCOMPARE(inspector.statusStrip()->statusText(), QStringLiteral("No response"));
        // A later success hides it again.
        inspector.setChain(
            ExchangeChain{{makeHop(QStringLiteral("http://a.test/"), 200, "OK", {}, "hi")}});
        QVERIFY(!error->isVisible());
        QCOMPARE(inspector.statusStrip()->statusText(), QStringLiteral("200 OK"));
    }

    void inProgressThenFinished()
    {
        ResponseInspector inspector;
        inspector.show();
        inspector.setInProgress();
        QCOMPARE(inspector.statusStrip()->statusText(), QStringLiteral("Sending…"));
        inspector.setChain(
            ExchangeChain{{makeHop(QStringLiteral("http://a.test/x"), 404, "Not Found",
                                   {{"Content-Type", "text/plain"}}, "missing")}});
        QCOMPARE(inspector.statusStrip()->statusText(), QStringLiteral("404 Not Found"));
        QLabel *time = inspector.findChild<QLabel *>(QStringLiteral("responseTime"));
        QVERIFY(time->text().contains(QStringLiteral("ms")));
        QCOMPARE(inspector.bodyMode(), ResponseInspector::BodyMode::Raw);
        QCOMPARE(inspector.rawView()->visibleText(), QStringLiteral("missing"));
    }

    void liveResponseBeforeFinished()
    {
        ResponseInspector inspector;
        inspector.show();
        // Nothing is shown for events outside an exchange in progress.
        inspector.showHead(ResponseHead{"HTTP/1.1", 500, "Stale", {}});
        QCOMPARE(inspector.statusStrip()->statusText(), QStringLiteral("No response yet"));

        inspector.setInProgress();
        QVERIFY(inspector.isInProgress());
        inspector.showPhase(ExchangePhase::Queued);
        inspector.showPhase(ExchangePhase::Connecting);
        inspector.showPhase(ExchangePhase::Sending);
        inspector.showPhase(ExchangePhase::Waiting);
        QTest::qWait(30);
        QVERIFY(inspector.timingView()->isLive());
        auto phases = inspector.timingView()->phases();
        QVERIFY(phases.at(0).second >= 0); // queued
        QCOMPARE(phases.at(1).second, -1); // no DNS
        QVERIFY(phases.at(2).second >= 0); // connect
        QVERIFY(phases.at(5).second >= 0); // waiting, counting up
        QCOMPARE(phases.at(6).second, -1); // nothing downloaded yet
        const qint64 waited = phases.at(5).second;
        QTRY_VERIFY_WITH_TIMEOUT(inspector.timingView()->phases().at(5).second > waited, 2000);

        inspector.showHead(ResponseHead{
            "HTTP/1.1", 201, "Created", {{"Content-Type", "text/plain"}, {"X-Live", "yes"}}});
        inspector.showPhase(ExchangePhase::Receiving);
        inspector.showProgress(1024, 4096);
        QCOMPARE(inspector.statusStrip()->statusText(), QStringLiteral("201 Created"));
        QCOMPARE(inspector.headersView()->rowCount(), 2);
        QCOMPARE(inspector.headersView()->item(1, 0)->text(), QStringLiteral("X-Live"));
        QCOMPARE(inspector.tabs()->tabText(ResponseInspector::HeadersTab),
                 QStringLiteral("Headers (2)"));
        QLabel *size = inspector.findChild<QLabel *>(QStringLiteral("responseSize"));
        QVERIFY2(size->text().contains(QStringLiteral(" of ")), qPrintable(size->text()));
        QVERIFY(inspector.timingView()->phases().at(6).second >= 0);
        QVERIFY(inspector.chain().isEmpty()); // not finished yet
        inspector.showTab(ResponseInspector::TimingTab);
        QVERIFY(!inspector.timingView()->grab().isNull());

        // Finished: the engine's exact timings replace the live ones.
        inspector.setChain(ExchangeChain{{makeHop(QStringLiteral("http://a.test/x"), 201, "Created",
                                                  {{"X-Live", "yes"}}, "done")}});
        QVERIFY(!inspector.isInProgress());
        QVERIFY(!inspector.timingView()->isLive());
        QCOMPARE(inspector.timingView()->phases().at(1).second, 1200);
        inspector.showPhase(ExchangePhase::Finished); // late: ignored
        QVERIFY(!inspector.timingView()->isLive());
    }

    void wireViewShowsEveryHop()
    {
        ResponseInspector inspector;
        inspector.show();
        ExchangeChain chain;
        chain.hops << makeHop(QStringLiteral("http://127.0.0.1:8080/start"), 301,
                              "Moved Permanently", {{"Location", "/middle"}}, {})
                   << makeHop(QStringLiteral("http://127.0.0.1:8080/middle"), 302, "Found",
                              {{"Location", "/end"}}, {})
                   << makeHop(QStringLiteral("http://127.0.0.1:8080/end"), 200, "OK",
                              {{"Content-Type", "application/json"}}, "{\"done\":true}");
        inspector.setChain(chain);
        inspector.showTab(ResponseInspector::WireTab);
        WireView *wire = inspector.wireView();
        QCOMPARE(wire->hopCount(), 3);
        auto *list = wire->findChild<QListWidget *>(QStringLiteral("wireHops"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 3);
        QVERIFY(wire->hopLabel(0).contains(QStringLiteral("/start")));
        QVERIFY(wire->hopLabel(0).contains(QStringLiteral("301")));
        // The final hop is shown first; clicking the first hop shows its exact bytes.
        QVERIFY(wire->text().contains(QStringLiteral("HTTP/1.1 200 OK\\r\\n")));
        const QRect first = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(wire->text().contains(QStringLiteral("GET /start HTTP/1.1\\r\\n")));
        QVERIFY(wire->text().contains(QStringLiteral("HTTP/1.1 301 Moved Permanently\\r\\n")));
        QVERIFY(wire->text().contains(QStringLiteral("Location: /middle\\r\\n")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(1)).center());
        QVERIFY(wire->text().contains(QStringLiteral("GET /middle HTTP/1.1")));
        QVERIFY(inspector.statusStrip()->findChildren<QLabel *>().size() > 0);
    }

    void escapesControlBytes()
    {
        QCOMPARE(WireView::escapeBytes(QByteArray("a\r\n\tb\x01\xff\\", 8)),
                 QStringLiteral("a\\r\\n\n\\tb\\x01\\xff\\\\"));
    }

    void headersInWireOrderWithDuplicatesAndCookies()
    {
        ResponseInspector inspector;
        inspector.show();
        const QList<WireHeader> headers = {
            {"Set-Cookie", "session=abc; Path=/; HttpOnly; SameSite=Lax"},
            {"content-type", "text/plain"},
            {"Set-Cookie", "theme=dark; Max-Age=3600; Secure"},
            {"X-Dup", "1"},
            {"X-Dup", "2"}};
        inspector.setChain(
            ExchangeChain{{makeHop(QStringLiteral("http://a.test/"), 200, "OK", headers, "ok")}});
        HeadersView *view = inspector.headersView();
        QCOMPARE(view->rowCount(), 5);
        for (int i = 0; i < headers.size(); ++i) {
            QCOMPARE(view->item(i, 0)->text(), QString::fromLatin1(headers.at(i).name));
            QCOMPARE(view->item(i, 1)->text(), QString::fromLatin1(headers.at(i).value));
        }
        CookiesView *cookies = inspector.cookiesView();
        QCOMPARE(cookies->rowCount(), 2);
        QCOMPARE(cookies->item(0, CookiesView::Name)->text(), QStringLiteral("session"));
        QCOMPARE(cookies->item(0, CookiesView::HttpOnly)->text(), QStringLiteral("yes"));
        QCOMPARE(cookies->item(0, CookiesView::SameSite)->text(), QStringLiteral("Lax"));
        QCOMPARE(cookies->item(1, CookiesView::Secure)->text(), QStringLiteral("yes"));
        QCOMPARE(cookies->item(0, CookiesView::Domain)->text(), QStringLiteral("a.test"));
    }

    void timingAndTls()
    {
        ResponseInspector inspector;
        inspector.show();
        Exchange ex = makeHop(QStringLiteral("https://a.test/"), 200, "OK", {}, "x");
        ex.tls.used = true;
        ex.tls.protocol = QStringLiteral("TLSv1.3");
        ex.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        ex.tls.alpn = "http/1.1";
        ex.tls.verificationErrors = {QStringLiteral(
            "The host name did not match any of the valid hosts for this certificate")};
        CertificateInfo cert;
        cert.subject = QStringLiteral("CN=wronghost.test");
        cert.issuer = QStringLiteral("CN=Test CA");
        cert.subjectAltNames = {QStringLiteral("DNS:wronghost.test")};
        cert.sha256Fingerprint = QStringLiteral("AA:BB");
        ex.tls.peerChain = {cert};
        inspector.setChain(ExchangeChain{{ex}});
        const auto phases = inspector.timingView()->phases();
        QCOMPARE(phases.size(), 7);
        QCOMPARE(phases.at(1).second, 1200);
        QCOMPARE(phases.at(3).second, -1);
        QVERIFY(!inspector.tlsView()
                     ->findItems(QStringLiteral("TLSv1.3"), Qt::MatchRecursive, 1)
                     .isEmpty());
        QVERIFY(!inspector.tlsView()
                     ->findItems(QStringLiteral("did not match"),
                                 Qt::MatchRecursive | Qt::MatchContains, 1)
                     .isEmpty());
        QVERIFY(!inspector.tlsView()
                     ->findItems(QStringLiteral("DNS:wronghost.test"), Qt::MatchRecursive, 1)
                     .isEmpty());
        inspector.showTab(ResponseInspector::TimingTab);
        QVERIFY(!inspector.timingView()->grab().isNull());
    }

    void imagePreviewAndHtmlAsSource()
    {
        PreviewView preview;
        QImage image(32, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        BodyData body;
        body.bytes = png;
        preview.setBody(body, "image/png");
        QVERIFY(preview.showsImage());
        QVERIFY(preview.message().contains(QStringLiteral("32 × 16")));
        body.bytes = "<html><script>alert(1)</script></html>";
        preview.setBody(body, "text/html; charset=utf-8");
        QVERIFY(!preview.showsImage());
        QVERIFY(preview.message().contains(QStringLiteral("source")));
    }

    void findInBody()
    {
        ResponseInspector inspector;
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setChain(ExchangeChain{
            {makeHop(QStringLiteral("http://a.test/"), 200, "OK", {{"Content-Type", "text/plain"}},
                     "alpha\nbeta\ngamma needle\n")}});
        inspector.rawView()->editor()->setFocus();
        QTest::keyClick(inspector.rawView()->editor(), Qt::Key_F, Qt::ControlModifier);
        auto *edit = inspector.findChild<QLineEdit *>();
        QVERIFY(edit && edit->isVisible());
        QTest::keyClicks(edit, QStringLiteral("needle"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(inspector.rawView()->editor()->textCursor().selectedText(),
                 QStringLiteral("needle"));
    }

    void saveBodyAndCopyCurl()
    {
        QTemporaryDir dir;
        ResponseInspector inspector;
        Exchange ex = makeHop(QStringLiteral("http://a.test/"), 200, "OK", {}, "saved bytes");
        ex.spec.method = QStringLiteral("POST");
        ex.spec.url = QStringLiteral("http://a.test/it's");
        ex.spec.headers = {{QStringLiteral("X-Quote"), QStringLiteral("a'b"), true}};
        ex.spec.body.kind = RequestBody::Kind::Raw;
        ex.spec.body.raw = "{\"k\":\"it's\"}";
        inspector.setChain(ExchangeChain{{ex}});
        QSignalSpy saved(&inspector, &ResponseInspector::bodySaved);
        inspector.saveBodyTo(dir.filePath(QStringLiteral("body.bin")));
        QVERIFY(saved.wait(5000));
        QVERIFY(saved.first().first().toBool());
        QFile file(dir.filePath(QStringLiteral("body.bin")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("saved bytes"));
        inspector.copyCurlAction()->trigger();
        // The copied command reads back to the same request.
        const QString curl = QApplication::clipboard()->text();
        const auto back = wb::interchange::CurlImporter::parse(curl);
        QVERIFY2(back.ok(), qPrintable(curl));
        QCOMPARE(back->spec.method, ex.spec.method);
        QCOMPARE(back->spec.url, ex.spec.url);
        QCOMPARE(back->spec.headers.first().value, QStringLiteral("a'b"));
        QCOMPARE(back->spec.body.raw, ex.spec.body.raw);
    }

    void findInLargePagedBody()
    {
        ResponseInspector inspector;
        inspector.resize(900, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QByteArray body = QByteArray("filler line of text\n").repeated(400 * 1024); // 8 MB
        body += "the NEEDLE is here\n";
        body += QByteArray("tail\n").repeated(100);
        inspector.setChain(ExchangeChain{{makeHop(QStringLiteral("http://a.test/"), 200, "OK",
                                                  {{"Content-Type", "text/plain"}}, body)}});
        QVERIFY(inspector.rawView()->isPaged());
        QVERIFY(!inspector.rawView()->visibleText().contains(QStringLiteral("NEEDLE")));
        inspector.rawView()->pagedView()->setFocus();
        QTest::keyClick(inspector.rawView()->pagedView(), Qt::Key_F, Qt::ControlModifier);
        auto *edit = inspector.findChild<QLineEdit *>();
        QVERIFY(edit && edit->isVisible());
        QTest::keyClicks(edit, QStringLiteral("needle"));
        QTest::keyClick(edit, Qt::Key_Return); // case-insensitive by default
        QTRY_VERIFY(
            inspector.rawView()->visibleText().contains(QStringLiteral("the NEEDLE is here")));
    }

    void largeRawBodyIsPaged()
    {
        RawBodyView view;
        BodyData body;
        body.bytes = QByteArray("line\n").repeated(1024 * 1024); // 5 MB
        body.size = body.bytes.size();
        view.setSource(std::make_shared<BodySource>(body));
        QVERIFY(view.isPaged());
    }
};

QTEST_MAIN(TestResponseInspector)
#include "tst_responseinspector.moc"
