// The history record of an exchange chain: HTTP/2 frames kept and bounded, and records written
// before frames were kept still read.

#include "core/store/database.h"
#include "core/store/historycodec.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "storetestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;
using http::Http2Frame;

namespace {

Http2Frame frame(quint8 type, quint32 stream, const QByteArray &payload, qint64 atUs,
                 bool outgoing = false)
{
    Http2Frame f;
    f.type = type;
    f.streamId = stream;
    f.length = quint32(payload.size());
    f.atUs = atUs;
    f.outgoing = outgoing;
    const quint32 n = f.length;
    f.bytes = QByteArray(1, char(n >> 16)) + char(n >> 8) + char(n) + char(type) + char(0) +
              char(stream >> 24) + char(stream >> 16) + char(stream >> 8) + char(stream) + payload;
    return f;
}

http::ExchangeChain http2Chain()
{
    http::ExchangeChain chain = test::sampleRedirectChain();
    http::Exchange &last = chain.hops.last();
    last.httpVersion = "HTTP/2";
    last.tls.alpn = "h2";
    Http2Frame settings = frame(0x4, 0, QByteArray::fromHex("000300000064"), -1500);
    Http2Frame headers = frame(0x1, 1, QByteArray::fromHex("828684"), 200, true);
    headers.flags = 0x5;
    headers.fields = {{":method", "GET"}, {":scheme", "https"}, {":path", "/final"}};
    Http2Frame response = frame(0x1, 1, QByteArray::fromHex("88"), 5300);
    response.flags = 0x4;
    response.fields = {{":status", "200"}};
    Http2Frame data = frame(0x0, 1, QByteArray(16384, 'd'), 5400);
    data.bytes.truncate(9 + 64);
    data.truncated = true;
    data.flags = 0x1;
    last.frames = {settings, headers, response, data,
                   frame(0x7, 0, QByteArray::fromHex("0000000100000000"), 6000, true)};
    return chain;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WB_STORE_FIXTURES "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryCodec : public QObject
{
    Q_OBJECT

private slots:
    void framesRoundTrip()
    {
        const http::ExchangeChain chain = http2Chain();
        const QByteArray record = HistoryCodec::encodeChain(chain);
        const auto back = HistoryCodec::decodeChain(record);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->hops.size(), 2);
        QVERIFY(back->hops.first().frames.isEmpty());
        QCOMPARE(back->last().frames, chain.last().frames);
        QCOMPARE(back->last().frames.at(1).fields.at(2).value, QByteArray("/final"));
        QVERIFY(back->last().frames.at(3).truncated);
        QCOMPARE(back->last().frames.at(0).atUs, -1500);
        QCOMPARE(back->last().httpVersion, QByteArray("HTTP/2"));
        QVERIFY(back->last().warnings == chain.last().warnings);
        QCOMPARE(HistoryCodec::encodeChain(back.value()), record);
        // Inside the record that the history row stores.
        const auto wrapped = HistoryCodec::decodeRecord(HistoryCodec::encodeRecord({record, {}}));
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->meta, record);
    }

    void readsRecordsFromBeforeFrames()
    {
        // Written by the codec before it kept frames ("WBC1"): a 302 and its 200, over TLS.
        const QByteArray old = fixture("history-chain-v1.bin");
        QVERIFY(old.startsWith("WBC1"));
        const auto chain = HistoryCodec::decodeChain(old);
        QVERIFY2(chain.ok(), qPrintable(chain.error().toString()));
        QCOMPARE(chain->hops.size(), 2);
        QCOMPARE(chain->hops.first().response.status, 302);
        QCOMPARE(chain->last().response.status, 200);
        QCOMPARE(chain->last().url, QStringLiteral("https://new.test/final"));
        QVERIFY(chain->last().tls.used);
        for (const auto &hop : chain->hops)
            QVERIFY(hop.frames.isEmpty());
        const auto record = HistoryCodec::decodeRecord(old);
        QVERIFY(record.ok());
        QCOMPARE(record->meta, old);
        // Saved again, the chain takes the current layout and reads back the same.
        const QByteArray again = HistoryCodec::encodeChain(chain.value());
        QVERIFY(again.startsWith("WBC2"));
        const auto back = HistoryCodec::decodeChain(again);
        QVERIFY(back.ok());
        QCOMPARE(HistoryCodec::encodeChain(back.value()), again);
    }

    void aLongDownloadKeepsItsControlFramesAndBothEnds()
    {
        http::ExchangeChain chain = http2Chain();
        http::Exchange &hop = chain.hops.last();
        hop.frames.clear();
        hop.frames.append(frame(0x4, 0, {}, 0));
        // 65,000 DATA frames (a 1 GiB download), a WINDOW_UPDATE after every 100 of them.
        for (int i = 0; i < 65000; ++i) {
            Http2Frame data = frame(0x0, 1, QByteArray::number(i), 1000 + i);
            hop.frames.append(data);
            if (i % 100 == 99)
                hop.frames.append(frame(0x8, 0, QByteArray::fromHex("00010000"), 1000 + i, true));
        }
        hop.frames.append(frame(0x7, 0, QByteArray(8, 0), 70000, true));
        const int control = 2 + 650;

        const QByteArray record = HistoryCodec::encodeChain(chain);
        const auto back = HistoryCodec::decodeChain(record);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        const QList<Http2Frame> &kept = back->last().frames;
        QCOMPARE(kept.size(), HistoryCodec::maxStoredFrames);
        int controlKept = 0;
        QList<QByteArray> data;
        for (const Http2Frame &f : kept) {
            if (f.type == 0x0)
                data.append(f.bytes.mid(9));
            else
                ++controlKept;
        }
        QCOMPARE(controlKept, control);
        const int dataKept = HistoryCodec::maxStoredFrames - control;
        QCOMPARE(data.first(), QByteArray("0"));
        QCOMPARE(data.at((dataKept + 1) / 2 - 1), QByteArray::number((dataKept + 1) / 2 - 1));
        QCOMPARE(data.at((dataKept + 1) / 2), QByteArray::number(65000 - dataKept / 2));
        QCOMPARE(data.last(), QByteArray("64999"));
        QCOMPARE(kept.last().type, quint8(0x7));
        // In wire order still.
        for (int i = 1; i < kept.size(); ++i)
            QVERIFY(kept.at(i - 1).atUs <= kept.at(i).atUs);
        const QStringList warnings = back->last().warnings;
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("20000 of this exchange's 65652")),
                 qPrintable(warnings.first()));
        // Bounding again changes nothing.
        QCOMPARE(HistoryCodec::encodeChain(back.value()), record);
    }

    void aFloodOfControlFramesKeepsBothEnds()
    {
        http::ExchangeChain chain = http2Chain();
        http::Exchange &hop = chain.hops.last();
        hop.frames.clear();
        for (int i = 0; i < 30000; ++i)
            hop.frames.append(frame(0x6, 0, QByteArray(4, 0) + QByteArray::number(i + 1000), i));
        const auto back = HistoryCodec::decodeChain(HistoryCodec::encodeChain(chain));
        QVERIFY(back.ok());
        const QList<Http2Frame> &kept = back->last().frames;
        QCOMPARE(kept.size(), HistoryCodec::maxStoredFrames);
        QCOMPARE(kept.at(9999).atUs, 9999);
        QCOMPARE(kept.at(10000).atUs, 20000);
        QVERIFY(back->last().warnings.last().contains(QStringLiteral("the first and the last")));
    }

    void frameBytesAreBounded()
    {
        http::ExchangeChain chain = http2Chain();
        http::Exchange &hop = chain.hops.last();
        hop.frames.clear();
        // Five 4 MiB frames: the budget of 16 MiB holds three; a small frame after still fits.
        for (int i = 0; i < 5; ++i)
            hop.frames.append(frame(0x0, 1, QByteArray(4 * 1024 * 1024, char('a' + i)), i));
        hop.frames.append(frame(0x3, 1, QByteArray::fromHex("00000008"), 9));
        const auto back = HistoryCodec::decodeChain(HistoryCodec::encodeChain(chain));
        QVERIFY(back.ok());
        const QList<Http2Frame> &kept = back->last().frames;
        QCOMPARE(kept.size(), 6);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(kept.at(i).bytes.size(), 9 + 4 * 1024 * 1024);
            QVERIFY(!kept.at(i).truncated);
        }
        for (int i = 3; i < 5; ++i) {
            QCOMPARE(kept.at(i).bytes.size(), 9);
            QVERIFY(kept.at(i).truncated);
            QCOMPARE(kept.at(i).length, quint32(4 * 1024 * 1024));
        }
        QCOMPARE(kept.at(5).bytes, hop.frames.at(5).bytes);
        QVERIFY(back->last().warnings.last().contains(QStringLiteral("9-byte header")));
        const QByteArray again = HistoryCodec::encodeChain(back.value());
        QCOMPARE(HistoryCodec::encodeChain(HistoryCodec::decodeChain(again).value()), again);
    }

    void damagedFramesAreReported()
    {
        const QByteArray record = HistoryCodec::encodeChain(http2Chain());
        // Cut inside the last hop's frames, and a frame count beyond what may be stored.
        for (const qsizetype cut : {record.size() - 1, record.size() - 40, record.size() - 200}) {
            const auto damaged = HistoryCodec::decodeChain(record.left(cut));
            QVERIFY(!damaged.ok());
            QCOMPARE(damaged.error().category, ErrorCategory::Storage);
        }
        http::ExchangeChain one;
        one.hops = {http::Exchange{}};
        QByteArray huge = HistoryCodec::encodeChain(one);
        huge.chop(4);
        huge.append(QByteArray::fromHex("00004e21")); // 20001 frames
        huge.append(QByteArray(20001 * 40, '\0'));
        QVERIFY(!HistoryCodec::decodeChain(huge).ok());
    }

    void historyEntryKeepsItsFrames()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        HistoryWriter writer(*db.value(), {});
        const http::ExchangeChain chain = http2Chain();
        const auto summary = writer.appendExchange(chain);
        QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
        QCOMPARE(summary->protocol, QByteArray("HTTP/2"));
        const auto entry = HistoryReader(*db.value()).entry(summary->id);
        QVERIFY2(entry.ok(), qPrintable(entry.error().toString()));
        QCOMPARE(entry->chain.last().frames, chain.last().frames);
        QCOMPARE(entry->chain.last().tls.alpn, QByteArray("h2"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCodec)
#include "tst_historycodec.moc"
