// The socket console's transcript model and view without a network: batching, caps, the three
// views, the filter and autoscroll.

#include "ui/socket/chunkformatter.h"
#include "ui/socket/transcriptmodel.h"
#include "ui/socket/transcriptview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace wb;
using namespace wb::ui;
using net::TranscriptChunk;

class TestTranscriptView : public QObject
{
    Q_OBJECT

private slots:
    void appendsAreBatched()
    {
        TranscriptModel model;
        QSignalSpy changed(&model, &TranscriptModel::entriesChanged);
        for (int i = 0; i < 5000; ++i)
            model.append(TranscriptChunk::incoming(QByteArray::number(i)));
        QCOMPARE(changed.size(), 0); // nothing published while the caller keeps the loop busy
        QCOMPARE(model.entries().size(), 0u);
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 5000);
        QCOMPARE(model.entries().size(), 5000u);
        QCOMPARE(model.chunkCount(), 5000u);
        QCOMPARE(model.entries().back().serial, model.firstSerial() + 4999);
    }

    void memoryIsBounded()
    {
        TranscriptModel model;
        TranscriptView view;
        view.setModel(&model);
        const QByteArray big(100000, 'x');
        for (int i = 0; i < TranscriptModel::MaxChunks + 150; ++i)
            model.append(TranscriptChunk::incoming(i == 0 ? big : QByteArray("y")));
        model.flush();
        QCOMPARE(qsizetype(model.entries().size()), TranscriptModel::MaxChunks);
        QCOMPARE(view.rowCount(), int(TranscriptModel::MaxChunks));
        QCOMPARE(model.bytesIn(), big.size() + TranscriptModel::MaxChunks + 149);

        // A large chunk keeps only its start for display, and says how much more there is.
        model.clear();
        model.append(TranscriptChunk::incoming(big));
        model.flush();
        QCOMPARE(model.entries().front().chunk.bytes.size(), TranscriptModel::DisplayBytes);
        QCOMPARE(model.entries().front().size, big.size());
        QVERIFY(view.allText().contains(QStringLiteral("more not shown")));
        QCOMPARE(view.lineCount(), qint64(2));

        // Without a workspace, the top of the view says older chunks are gone for good.
        for (int i = 0; i < TranscriptModel::MaxChunks + 10; ++i)
            model.append(TranscriptChunk::incoming(QByteArray("y")));
        model.flush();
        QVERIFY(model.hasOlder());
        QVERIFY(view.noticeText().contains(QStringLiteral("without a workspace")));
        view.verticalScrollBar()->setValue(0);
        QVERIFY(view.visibleText().first().contains(QStringLiteral("without a workspace")));
    }

    void viewsAndFilter()
    {
        TranscriptModel model;
        TranscriptView view;
        view.resize(900, 400);
        view.setModel(&model);
        model.append(TranscriptChunk::outgoing("alpha\r\n", QStringLiteral("10.0.0.1:80")));
        model.append(TranscriptChunk::incoming("beta\x01", QStringLiteral("10.0.0.2:80")));
        model.append(TranscriptChunk::event(QStringLiteral("The connection was reset."), {}, true));
        model.flush();
        QCOMPARE(view.rowCount(), 3);
        QString text = view.allText();
        QVERIFY2(text.contains(QStringLiteral("» 10.0.0.1:80")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("alpha\\r\\n")));
        QVERIFY(text.contains(QStringLiteral("« 10.0.0.2:80")));
        QVERIFY(text.contains(QStringLiteral("beta\\x01")));
        QVERIFY(text.contains(QStringLiteral("! ")));
        QVERIFY(text.contains(QStringLiteral("7 B")));

        view.setMode(ChunkFormatter::Mode::Hex);
        QVERIFY(view.allText().contains(QStringLiteral("62 65 74 61 01")));
        view.setMode(ChunkFormatter::Mode::Combined);
        QVERIFY2(view.allText().contains(QStringLiteral("|beta.|")), qPrintable(view.allText()));

        view.setFilter(QStringLiteral("ALPHA"));
        QCOMPARE(view.rowCount(), 1);
        view.setFilter(QStringLiteral("74 61 01")); // hex bytes
        QCOMPARE(view.rowCount(), 1);
        QVERIFY(view.allText().contains(QStringLiteral("10.0.0.2")));
        view.setFilter(QStringLiteral("reset"));
        QCOMPARE(view.rowCount(), 1);
        view.setFilter(QStringLiteral("10.0.0."));
        QCOMPARE(view.rowCount(), 2);
        // New chunks are filtered as they arrive.
        model.append(TranscriptChunk::incoming("gamma", QStringLiteral("192.168.1.1:1")));
        model.flush();
        QCOMPARE(view.rowCount(), 2);
        view.setFilter({});
        QCOMPARE(view.rowCount(), 4);
        // Many lines in one chunk are cut with a closing line.
        model.append(TranscriptChunk::incoming(QByteArray("x\n").repeated(100)));
        model.flush();
        view.setMode(ChunkFormatter::Mode::Text);
        QCOMPARE(ChunkFormatter::lineCount(model.entries().back(), ChunkFormatter::Mode::Text),
                 ChunkFormatter::MaxBodyLines + 1);
    }

    void autoscrollFollowsUnlessPaused()
    {
        TranscriptModel model;
        TranscriptView view;
        view.resize(600, 200);
        view.show();
        view.setModel(&model);
        for (int i = 0; i < 200; ++i)
            model.append(TranscriptChunk::incoming(QByteArray::number(i)));
        model.flush();
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.visibleText().last().endsWith(QStringLiteral("199")));

        view.setAutoScrollPaused(true);
        const int kept = bar->value();
        for (int i = 0; i < 50; ++i)
            model.append(TranscriptChunk::incoming("more"));
        model.flush();
        QCOMPARE(bar->value(), kept);
        view.setAutoScrollPaused(false);
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolling up by hand stops following; back at the end follows again.
        bar->setValue(0);
        model.append(TranscriptChunk::incoming("later"));
        model.flush();
        QCOMPARE(bar->value(), 0);
        bar->setValue(bar->maximum());
        model.append(TranscriptChunk::incoming("latest"));
        model.flush();
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.visibleText().last().endsWith(QStringLiteral("latest")));
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
