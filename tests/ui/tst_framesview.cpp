// The Frames tab of the response inspector, driven as a user would: shown for HTTP/2 only,
// filtered by stream and type, the selected frame's bytes in hex; and the status strip's protocol.

#include "core/http/http2frametext.h"
#include "ui/response/framesmodel.h"
#include "ui/response/framesview.h"
#include "ui/response/hexview.h"
#include "ui/response/responseinspector.h"
#include "ui/response/statusstrip.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace wb::ui;
using namespace wb::http;

namespace {

Http2Frame frame(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload, qint64 atUs,
                 bool outgoing, QList<WireHeader> fields = {})
{
    Http2Frame f;
    f.type = type;
    f.flags = flags;
    f.streamId = stream;
    f.length = quint32(payload.size());
    f.atUs = atUs;
    f.outgoing = outgoing;
    f.fields = std::move(fields);
    const quint32 n = f.length;
    f.bytes = QByteArray(1, char(n >> 16)) + char(n >> 8) + char(n) + char(type) + char(flags) +
              char(stream >> 24) + char(stream >> 16) + char(stream >> 8) + char(stream) + payload;
    return f;
}

// A GET over TLS HTTP/2 as nghttp and nghttpd exchange it, with one pushed stream.
Exchange http2Exchange()
{
    Exchange ex;
    ex.method = "GET";
    ex.url = QStringLiteral("https://127.0.0.1:8443/");
    ex.spec.url = ex.url;
    ex.httpVersion = "HTTP/2";
    ex.response.version = "HTTP/2";
    ex.response.status = 200;
    ex.response.headers = {{":status", "200"}, {"content-type", "text/html"}};
    ex.responseBody.bytes = "hello\n";
    ex.responseBody.size = 6;
    ex.tls.used = true;
    ex.tls.alpn = "h2";
    ex.timings.totalUs = 53'000;
    ex.frames = {
        frame(0x4, 0, 0, QByteArray::fromHex("00030000006400040000ffff"), 5'400, true),
        frame(0x1, 0x25, 13, QByteArray::fromHex("0000000b0f828486"), 5'500, true,
              {{":method", "GET"}, {":path", "/"}, {":scheme", "https"}}),
        frame(0x4, 0, 0, QByteArray::fromHex("000300000064"), 52'000, false),
        frame(0x4, 0x1, 0, {}, 52'100, false),
        frame(0x5, 0x4, 13, QByteArray::fromHex("0000000282"), 52'200, false,
              {{":method", "GET"}, {":path", "/css/style.css"}}),
        frame(0x1, 0x4, 13, QByteArray::fromHex("887690"), 52'900, false,
              {{":status", "200"}, {"server", "nghttpd nghttp2/1.52.0"}}),
        frame(0x1, 0x4, 2, QByteArray::fromHex("88"), 53'000, false, {{":status", "200"}}),
        frame(0x0, 0x1, 13, "hello\n", 53'100, false),
        frame(0x0, 0x1, 2, "body{}\n", 53'200, false),
        frame(0x8, 0, 0, QByteArray::fromHex("00010000"), 53'300, true),
        frame(0x7, 0, 0, QByteArray::fromHex("0000000200000000"), 53'400, true),
    };
    return ex;
}

Exchange http1Exchange()
{
    Exchange ex;
    ex.method = "GET";
    ex.url = QStringLiteral("http://127.0.0.1:8080/");
    ex.httpVersion = "HTTP/1.1";
    ex.response.version = "HTTP/1.1";
    ex.response.status = 200;
    return ex;
}

QStringList column(const FramesView *view, int column)
{
    QStringList out;
    const auto *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

} // namespace

class TestFramesView : public QObject
{
    Q_OBJECT

private slots:
    void tabIsShownForHttp2Only()
    {
        ResponseInspector inspector;
        inspector.resize(1000, 700);
        inspector.show();
        QTabWidget *tabs = inspector.tabs();
        QCOMPARE(tabs->tabText(ResponseInspector::FramesTab), QStringLiteral("Frames"));
        QVERIFY(!tabs->isTabVisible(ResponseInspector::FramesTab));
        inspector.setChain(ExchangeChain{{http1Exchange()}});
        QVERIFY(!tabs->isTabVisible(ResponseInspector::FramesTab));
        inspector.setChain(ExchangeChain{{http2Exchange()}});
        QVERIFY(tabs->isTabVisible(ResponseInspector::FramesTab));
        QCOMPARE(tabs->tabText(ResponseInspector::FramesTab), QStringLiteral("Frames (11)"));
        inspector.showTab(ResponseInspector::FramesTab);
        QCOMPARE(tabs->currentWidget(), inspector.framesView());
        // Back to HTTP/1.1: the tab goes and another one is current.
        inspector.setChain(ExchangeChain{{http1Exchange()}});
        QVERIFY(!tabs->isTabVisible(ResponseInspector::FramesTab));
        QVERIFY(tabs->currentIndex() != ResponseInspector::FramesTab);
        // An HTTP/2 exchange without recorded frames still gets the tab, with a sentence.
        Exchange bare = http2Exchange();
        bare.frames.clear();
        inspector.setChain(ExchangeChain{{bare}});
        QVERIFY(tabs->isTabVisible(ResponseInspector::FramesTab));
        inspector.showTab(ResponseInspector::FramesTab);
        QVERIFY(inspector.framesView()
                    ->findChild<QLabel *>(QStringLiteral("framesEmpty"))
                    ->isVisible());
    }

    void statusStripShowsTheProtocol()
    {
        ResponseInspector inspector;
        inspector.setChain(ExchangeChain{{http2Exchange()}});
        QCOMPARE(inspector.statusStrip()->protocolLabelText(), QStringLiteral("HTTP/2 · ALPN h2"));
        Exchange h2c = http2Exchange();
        h2c.tls = {};
        h2c.httpVersion = "h2";
        inspector.setChain(ExchangeChain{{h2c}});
        QCOMPARE(inspector.statusStrip()->protocolLabelText(), QStringLiteral("HTTP/2 · h2c"));
        Exchange tls1 = http1Exchange();
        tls1.tls.used = true;
        tls1.tls.alpn = "http/1.1";
        inspector.setChain(ExchangeChain{{tls1}});
        QCOMPARE(inspector.statusStrip()->protocolLabelText(),
                 QStringLiteral("HTTP/1.1 · ALPN http/1.1"));
        inspector.setChain(ExchangeChain{{http1Exchange()}});
        QCOMPARE(inspector.statusStrip()->protocolLabelText(), QStringLiteral("HTTP/1.1"));
    }

    void tableShowsEveryFrame()
    {
        FramesView view;
        view.resize(1100, 600);
        view.show();
        view.setChain(ExchangeChain{{http2Exchange()}});
        QCOMPARE(view.model()->rowCount(), 11);
        QCOMPARE(view.countText(), QStringLiteral("11 frames"));
        QCOMPARE(column(&view, FramesModel::TypeColumn).mid(0, 5),
                 QStringList({"SETTINGS", "HEADERS", "SETTINGS", "SETTINGS", "PUSH_PROMISE"}));
        QCOMPARE(column(&view, FramesModel::DirectionColumn).mid(0, 3),
                 QStringList({"→ sent", "→ sent", "← received"}));
        QCOMPARE(column(&view, FramesModel::StreamColumn).at(1), QStringLiteral("13"));
        QCOMPARE(column(&view, FramesModel::TimeColumn).at(5), QStringLiteral("52.900"));
        QCOMPARE(column(&view, FramesModel::FlagsColumn).at(1),
                 QStringLiteral("END_STREAM | END_HEADERS | PRIORITY"));
        QCOMPARE(column(&view, FramesModel::LengthColumn).at(0), QStringLiteral("12"));
        const QStringList details = column(&view, FramesModel::DetailColumn);
        QCOMPARE(details.at(5), QStringLiteral(":status: 200 · server: nghttpd nghttp2/1.52.0"));
        QCOMPARE(details.at(9), QStringLiteral("window_size_increment=65536"));
        QCOMPARE(details.at(0), QStringLiteral("SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100, "
                                               "SETTINGS_INITIAL_WINDOW_SIZE(0x04):65535"));
        // Sent and received are told apart by colour.
        const auto *model = view.model();
        QVERIFY(model->index(0, FramesModel::DirectionColumn).data(Qt::ForegroundRole) !=
                model->index(2, FramesModel::DirectionColumn).data(Qt::ForegroundRole));
        // HEADERS rows carry the whole header list in their tooltip.
        QCOMPARE(model->index(1, FramesModel::DetailColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral(":method: GET\n:path: /\n:scheme: https"));
        QVERIFY(!view.grab().isNull());
    }

    void filterByStream()
    {
        FramesView view;
        view.show();
        view.setChain(ExchangeChain{{http2Exchange()}});
        QComboBox *streams = view.streamCombo();
        QStringList items;
        for (int i = 0; i < streams->count(); ++i)
            items << streams->itemText(i);
        QCOMPARE(items, QStringList({"All streams (11)", "0 · connection (5)", "2 (2)", "13 (4)"}));
        // Chosen like a user: the combo has focus, the arrow keys move and activate.
        streams->setFocus();
        QTest::keyClick(streams, Qt::Key_Down);
        QCOMPARE(streams->currentIndex(), 1);
        QCOMPARE(view.model()->rowCount(), 5);
        QCOMPARE(column(&view, FramesModel::StreamColumn), QStringList(5, QStringLiteral("0")));
        QCOMPARE(view.countText(), QStringLiteral("5 of 11 frames"));
        QTest::keyClick(streams, Qt::Key_End);
        QCOMPARE(column(&view, FramesModel::TypeColumn),
                 QStringList({"HEADERS", "PUSH_PROMISE", "HEADERS", "DATA"}));
        QTest::keyClick(streams, Qt::Key_Home);
        QCOMPARE(view.model()->rowCount(), 11);
    }

    void filterByType()
    {
        FramesView view;
        view.show();
        view.setChain(ExchangeChain{{http2Exchange()}});
        QPushButton *types = view.typeButton();
        QCOMPARE(types->text(), QStringLiteral("All types"));
        QMenu *menu = types->menu();
        QAction *headers = nullptr;
        QAction *hideData = nullptr;
        QAction *all = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("HEADERS (3)"))
                headers = action;
            else if (action->text() == QStringLiteral("Hide DATA Frames"))
                hideData = action;
            else if (action->text() == QStringLiteral("Show All Types"))
                all = action;
        }
        QVERIFY(headers && hideData && all);
        QVERIFY(headers->isChecked());

        // Ticking an entry keeps the menu open, so that several can be ticked at once.
        menu->popup(types->mapToGlobal(QPoint(0, types->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        const QPoint at = menu->actionGeometry(headers).center();
        QTest::mouseClick(menu, Qt::LeftButton, {}, at);
        QVERIFY(menu->isVisible());
        QVERIFY(!headers->isChecked());
        menu->hide();
        QCOMPARE(view.model()->rowCount(), 8);
        QVERIFY(!column(&view, FramesModel::TypeColumn).contains(QStringLiteral("HEADERS")));
        QVERIFY(types->text().contains(QStringLiteral("5 types")));

        all->trigger();
        QCOMPARE(view.model()->rowCount(), 11);
        QVERIFY(headers->isChecked());
        hideData->trigger();
        QCOMPARE(view.model()->rowCount(), 9);
        QVERIFY(!column(&view, FramesModel::TypeColumn).contains(QStringLiteral("DATA")));

        // Both filters at once: stream 13 without DATA.
        view.setStreamFilter(13);
        QCOMPARE(column(&view, FramesModel::TypeColumn),
                 QStringList({"HEADERS", "PUSH_PROMISE", "HEADERS"}));
        view.setAllTypesShown(false);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(types->text(), QStringLiteral("No types"));
        view.setTypeShown(0x0, true);
        QCOMPARE(types->text(), QStringLiteral("DATA"));
        QCOMPARE(column(&view, FramesModel::TypeColumn), QStringList({"DATA"}));
    }

    void selectionShowsBytesAndHeaders()
    {
        FramesView view;
        view.resize(1100, 700);
        view.show();
        const Exchange ex = http2Exchange();
        view.setChain(ExchangeChain{{ex}});
        // The first frame is selected at once, so the panes are never empty.
        QCOMPARE(view.table()->currentIndex().row(), 0);
        QCOMPARE(view.hexView()->source()->read(0, 64), ex.frames.at(0).bytes);
        QVERIFY(view.headerList()->isHidden());

        // A click on the response HEADERS row.
        QTableView *table = view.table();
        const QRect cell = table->visualRect(view.model()->index(5, FramesModel::TypeColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), 5);
        const Http2Frame &selected = ex.frames.at(5);
        QCOMPARE(view.hexView()->source()->size(), selected.bytes.size());
        QCOMPARE(view.hexView()->source()->read(0, 100), selected.bytes);
        QVERIFY(view.frameCaption().startsWith(
            QStringLiteral("HEADERS received on stream 13 at 52.900 ms")));
        QVERIFY(view.frameCaption().contains(QStringLiteral("Flags: END_HEADERS")));
        QVERIFY(view.headerList()->isVisible());
        QCOMPARE(view.headerList()->rowCount(), 2);
        QCOMPARE(view.headerList()->item(1, 0)->text(), QStringLiteral("server"));
        QCOMPARE(view.headerList()->item(1, 1)->text(), QStringLiteral("nghttpd nghttp2/1.52.0"));

        // Keyboard: the next row is the pushed stream's HEADERS.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(view.hexView()->source()->read(0, 100), ex.frames.at(6).bytes);

        // A filter keeps the frame selected when it still shows; else the panes say so.
        view.setStreamFilter(2);
        QCOMPARE(view.model()->frameIndex(table->currentIndex().row()), 6);
        QCOMPARE(view.hexView()->source()->read(0, 100), ex.frames.at(6).bytes);
        view.setStreamFilter(0);
        QVERIFY(!table->currentIndex().isValid());
        QVERIFY(!view.hexView()->source());
        view.setStreamFilter(FramesModel::AllStreams);
        QCOMPARE(view.model()->frameIndex(table->currentIndex().row()), 6);
    }

    void truncatedDataSaysWhatWasKept()
    {
        Exchange ex = http2Exchange();
        Http2Frame data = frame(0x0, 0, 13, QByteArray(16384, 'x'), 60'000, false);
        data.bytes.truncate(9 + 64);
        data.truncated = true;
        ex.frames = {data};
        FramesView view;
        view.show();
        view.setChain(ExchangeChain{{ex}});
        QCOMPARE(view.hexView()->source()->size(), 73);
        QVERIFY2(view.frameCaption().contains(QStringLiteral("the first 64 payload bytes")),
                 qPrintable(view.frameCaption()));
        QCOMPARE(view.model()->index(0, FramesModel::LengthColumn).data().toString(),
                 QLocale().toString(16384));
    }

    void malformedFramesStandOut()
    {
        Exchange ex = http2Exchange();
        ex.frames = {frame(0x6, 0, 0, QByteArray(7, 0), 0, false),
                     frame(0x3, 0, 1, QByteArray::fromHex("0000000b"), 1, false),
                     frame(0x3, 0, 3, QByteArray::fromHex("00000000"), 2, false)};
        FramesView view;
        view.setChain(ExchangeChain{{ex}});
        const auto *model = view.model();
        QVERIFY(model->index(0, FramesModel::DetailColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model->index(0, FramesModel::DetailColumn)
                    .data(FramesModel::ProblemRole)
                    .toString()
                    .contains(QStringLiteral("RFC 9113 §6.7")));
        // RST_STREAM ENHANCE_YOUR_CALM in red; NO_ERROR not.
        QCOMPARE(model->index(1, FramesModel::DetailColumn).data().toString(),
                 QStringLiteral("error_code=ENHANCE_YOUR_CALM(0x0b)"));
        QVERIFY(model->index(1, FramesModel::TypeColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model->index(2, FramesModel::TypeColumn).data(Qt::ForegroundRole).isValid());
    }

    void hopPickerForRedirects()
    {
        Exchange first = http2Exchange();
        first.response.status = 301;
        first.url = QStringLiteral("https://127.0.0.1:8443/old");
        first.frames = first.frames.mid(0, 3);
        ExchangeChain chain{{first, http1Exchange(), http2Exchange()}};
        FramesView view;
        view.show();
        view.setChain(chain);
        QCOMPARE(view.hopCount(), 2);
        auto *hops = view.findChild<QComboBox *>(QStringLiteral("framesHop"));
        QVERIFY(hops->isVisible());
        QCOMPARE(hops->currentIndex(), 1);
        QCOMPARE(view.model()->rowCount(), 11);
        view.showHop(0);
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(hops->currentIndex(), 0);
        view.setChain(ExchangeChain{{http2Exchange()}});
        QVERIFY(hops->isHidden());
    }

    void aHundredThousandFramesStayFast()
    {
        Exchange ex = http2Exchange();
        const QList<Http2Frame> head = ex.frames.mid(0, 7);
        ex.frames = head;
        ex.frames.reserve(100'000);
        const QByteArray payload(64, 'x');
        for (int i = 0; ex.frames.size() < 100'000; ++i) {
            Http2Frame data = frame(0x0, 0, 13, payload, 60'000 + i, false);
            data.length = 16384;
            data.truncated = true;
            ex.frames.append(data);
            if (i % 250 == 249)
                ex.frames.append(
                    frame(0x8, 0, 13, QByteArray::fromHex("00100000"), 60'000 + i, true));
        }
        ResponseInspector inspector;
        inspector.resize(1200, 800);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QElapsedTimer timer;
        timer.start();
        inspector.setChain(ExchangeChain{{ex}});
        inspector.showTab(ResponseInspector::FramesTab);
        FramesView *view = inspector.framesView();
        QVERIFY(!view->grab().isNull());
        const qint64 shown = timer.elapsed();
        QCOMPARE(view->model()->rowCount(), 100'000);

        timer.restart();
        view->setTypeShown(0x0, false);
        QVERIFY(!view->grab().isNull());
        const qint64 filtered = timer.elapsed();
        QCOMPARE(view->model()->rowCount(), 100'000 - view->model()->typeFrameCount(0x0));

        timer.restart();
        view->setAllTypesShown(true);
        view->setStreamFilter(13);
        view->table()->scrollToBottom();
        QVERIFY(!view->grab().isNull());
        const qint64 streamed = timer.elapsed();
        qInfo("100,000 frames: shown in %lld ms, type filter %lld ms, stream filter %lld ms", shown,
              filtered, streamed);
        // Generous bounds for loaded and sanitizer builds; a few tens of ms is usual.
        QVERIFY2(shown < 3000, qPrintable(QString::number(shown)));
        QVERIFY2(filtered < 2000, qPrintable(QString::number(filtered)));
        QVERIFY2(streamed < 2000, qPrintable(QString::number(streamed)));
    }
};

QTEST_MAIN(TestFramesView)
#include "tst_framesview.moc"
