// Crash safety: a writer process is killed (SIGKILL) in the middle of 10,000 appends; the
// workspace reopens with PRAGMA integrity_check = ok and every committed entry intact.

#include "core/store/database.h"
#include "core/store/historycodec.h"
#include "core/store/historyreader.h"
#include "storetestdata.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(WB_STORE_WRITER),
                     {dir.path(), QStringLiteral("10000"), QStringLiteral("20")});
        QVERIFY(writer.waitForStarted());
        qint64 lastId = 0;
        qint64 total = 0;
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        while (total < 1500 && clock.elapsed() < 60000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            pending += writer.readAllStandardOutput();
            int newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                if (parts.size() == 3 && parts[0] == "committed") {
                    lastId = parts[1].toLongLong();
                    total = parts[2].toLongLong();
                }
            }
        }
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the writer ended before it could be killed: ") +
                            QString::fromUtf8(writer.readAllStandardError())));
        QVERIFY(total >= 1500 && total < 10000);
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QCOMPARE(lastId, total); // ids count up from 1 in a new workspace

        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QVERIFY(db.value()->notice().isEmpty());
        QCOMPARE(db.value()->integrityCheck().value(), QStringLiteral("ok"));
        HistoryReader reader(*db.value());
        const qint64 stored = reader.totals().value().first;
        QVERIFY2(stored >= total, qPrintable(QStringLiteral("%1 < %2").arg(stored).arg(total)));
        QVERIFY(stored < 10000);
        // Every committed entry (and any committed after the last report) is whole.
        for (qint64 id = 1; id <= stored; ++id) {
            auto entry = reader.entry(id);
            QVERIFY2(entry.ok(),
                     qPrintable(QStringLiteral("entry %1: ").arg(id) + entry.error().toString()));
            const http::ExchangeChain expected = test::sampleExchange(int(id));
            QCOMPARE(HistoryCodec::encodeChain(entry.value().chain),
                     HistoryCodec::encodeChain(expected));
            QCOMPARE(entry.value().chain.last().responseBody.bytes,
                     expected.last().responseBody.bytes);
            QCOMPARE(entry.value().chain.last().responseWire.bytes,
                     expected.last().responseWire.bytes);
        }
        auto search = reader.search({.text = QStringLiteral("marker%1").arg(total)});
        QCOMPARE(search.value().entries.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
