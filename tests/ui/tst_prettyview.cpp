#include "ui/response/jsonreindenter.h"
#include "ui/response/jsontreemodel.h"
#include "ui/response/pagedtextview.h"
#include "ui/response/prettyview.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace wb::ui;

namespace {
// Measures the longest gap between ticks of a fast timer: how long the event loop was blocked.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

QByteArray bigJson(qint64 atLeast)
{
    QByteArray json = "[";
    int i = 0;
    while (json.size() < atLeast) {
        if (i > 0)
            json += ',';
        json += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item " + QByteArray::number(i) +
                "\",\"tags\":[\"a\",\"b\"],\"ok\":true,\"score\":" + QByteArray::number(i * 0.5) +
                "}";
        ++i;
    }
    json += "]";
    return json;
}
} // namespace

class TestPrettyView : public QObject
{
    Q_OBJECT

private slots:
    void reindentsStreamedJson()
    {
        JsonReindenter r;
        QByteArray out;
        const QByteArray in = "{\"a\":[1,2,{}],\"b\":\"x,\\\"{y\",\"c\":[]}";
        // Feed in two pieces split inside a string to prove the state carries over.
        r.feed(in.constData(), 20, out);
        r.feed(in.constData() + 20, in.size() - 20, out);
        QVERIFY(r.finish(out));
        QCOMPARE(out, QByteArray("{\n  \"a\": [\n    1,\n    2,\n    {}\n  ],\n  \"b\": "
                                 "\"x,\\\"{y\",\n  \"c\": []\n}\n"));
        JsonReindenter broken;
        QByteArray ignored;
        const QByteArray bad = "{\"a\":[1,2}";
        broken.feed(bad.constData(), bad.size(), ignored);
        QVERIFY(!broken.finish(ignored));
        QVERIFY(!broken.error().isEmpty());
    }

    void smallJsonInEditor()
    {
        PrettyView view;
        view.show();
        QSignalSpy done(&view, &PrettyView::formattingFinished);
        wb::http::BodyData body;
        body.bytes = "{\"name\":\"wirebench\",\"list\":[1,2]}";
        view.setBody(body, Syntax::Json);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(view.editor()->toPlainText().startsWith(
            QStringLiteral("{\n  \"name\": \"wirebench\",\n  \"list\": [\n    1,")));
        // The tree view parses lazily and lists the keys.
        view.setShowTree(true);
        QTRY_COMPARE(view.treeView()->model()->rowCount(view.treeView()->model()->index(0, 0)), 2);
    }

    void invalidJsonFallsBackToRaw()
    {
        PrettyView view;
        QSignalSpy done(&view, &PrettyView::formattingFinished);
        wb::http::BodyData body;
        body.bytes = "{\"a\": [1, 2";
        view.setBody(body, Syntax::Json);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(view.visibleText().contains(QStringLiteral("{\"a\": [1, 2")));
    }

    void largeJsonDoesNotBlock()
    {
        const QByteArray json = bigJson(20 * 1024 * 1024);
        wb::http::BodyData body;
        body.bytes = json;
        body.size = json.size();
        PrettyView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy done(&view, &PrettyView::formattingFinished);
        StallProbe probe;
        QElapsedTimer clock;
        clock.start();
        view.setBody(body, Syntax::Json);
        // The first lines appear long before the whole body is formatted.
        QTRY_VERIFY_WITH_TIMEOUT(
            view.visibleText().startsWith(QStringLiteral("[\n  {\n    \"id\": 0,")), 5000);
        const qint64 firstScreenMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(done.first().first().toBool(), true);
        // Only catches formatting on the UI thread; the bound leaves room for a loaded or
        // sanitizer build (the measured figure is bench ui-largebody-stall's).
        QVERIFY2(probe.longest() <= 1000,
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(probe.longest())));
        qInfo("20 MB JSON: first screen %lld ms, formatted in %lld ms, longest stall %lld ms",
              firstScreenMs, clock.elapsed(), probe.longest());
        // After formatting the paged view pages through the whole formatted text.
        QVERIFY(view.pagedView()->source());
        QVERIFY(view.pagedView()->source()->size() > json.size());
        view.pagedView()->setFocus();
        QTest::keyClick(view.pagedView(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(view.visibleText().trimmed().endsWith(QLatin1Char(']')));
    }
};

QTEST_MAIN(TestPrettyView)
#include "tst_prettyview.moc"
