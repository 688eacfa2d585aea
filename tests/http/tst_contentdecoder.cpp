#include "core/http/contentdecoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

using namespace wb;
using namespace wb::http;

namespace {

// windowBits: 15 zlib, -15 raw deflate, 31 gzip.
QByteArray zlibCompress(const QByteArray &data, int windowBits)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size())) + 64), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(int(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray brotliCompress(const QByteArray &data)
{
    size_t size = BrotliEncoderMaxCompressedSize(size_t(data.size())) + 64;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    BrotliEncoderCompress(5, 22, BROTLI_MODE_GENERIC, size_t(data.size()),
                          reinterpret_cast<const uint8_t *>(data.data()), &size,
                          reinterpret_cast<uint8_t *>(out.data()));
    out.resize(qsizetype(size));
    return out;
}

QByteArray zstdCompress(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t size =
        ZSTD_compress(out.data(), size_t(out.size()), data.data(), size_t(data.size()), 3);
    out.resize(qsizetype(size));
    return out;
}

QByteArray sample()
{
    QByteArray text;
    QRandomGenerator rng(42);
    for (int i = 0; i < 4000; ++i)
        text += "line " + QByteArray::number(i) + ' ' + QByteArray::number(rng.generate()) + '\n';
    return text;
}

// Decodes `encoded` fed in pieces of `piece` bytes.
Result<QByteArray> decodeAll(const QByteArray &coding, const QByteArray &encoded, qsizetype piece,
                             qint64 limit = 0)
{
    auto decoder = ContentDecoder::create(coding, limit);
    if (!decoder)
        return decoder.error();
    QByteArray out;
    for (qsizetype pos = 0; pos < encoded.size(); pos += piece) {
        auto part = decoder.value()->decode(
            QByteArrayView(encoded).sliced(pos, qMin(piece, encoded.size() - pos)));
        if (!part)
            return part.error();
        out += part.value();
    }
    auto rest = decoder.value()->finish();
    if (!rest)
        return rest.error();
    return out + rest.value();
}

} // namespace

class TestContentDecoder : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("coding");
        QTest::addColumn<QByteArray>("encoded");
        const QByteArray text = sample();
        QTest::newRow("gzip") << QByteArray("gzip") << zlibCompress(text, 31);
        QTest::newRow("x-gzip") << QByteArray("X-GZIP") << zlibCompress(text, 31);
        QTest::newRow("deflate zlib") << QByteArray("deflate") << zlibCompress(text, 15);
        QTest::newRow("deflate raw") << QByteArray("deflate") << zlibCompress(text, -15);
        QTest::newRow("br") << QByteArray("br") << brotliCompress(text);
        QTest::newRow("zstd") << QByteArray("zstd") << zstdCompress(text);
        QTest::newRow("identity") << QByteArray("identity") << text;
        QTest::newRow("empty header") << QByteArray("") << text;
        QTest::newRow("gzip then br")
            << QByteArray("gzip, br") << brotliCompress(zlibCompress(text, 31));
        QTest::newRow("deflate, zstd, gzip")
            << QByteArray("deflate,zstd , gzip")
            << zlibCompress(zstdCompress(zlibCompress(text, 15)), 31);
        QTest::newRow("two gzip members")
            << QByteArray("gzip")
            << zlibCompress(text.left(1000), 31) + zlibCompress(text.mid(1000), 31);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, coding);
        QFETCH(QByteArray, encoded);
        const QByteArray text = sample();
        for (const qsizetype piece :
             {qsizetype(1), qsizetype(7), qsizetype(4096), qsizetype(1 << 30)}) {
            if (piece == 1 && encoded.size() > 300000)
                continue;
            auto decoded = decodeAll(coding, encoded, piece);
            QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
            QCOMPARE(decoded.value().size(), text.size());
            QVERIFY(decoded.value() == text);
        }
    }

    void emptyBodies()
    {
        for (const QByteArray coding : {"gzip", "deflate", "br", "zstd", "gzip, br"}) {
            auto decoded = decodeAll(coding, QByteArray(), 10);
            QVERIFY2(decoded.ok(), coding.constData());
            QVERIFY(decoded.value().isEmpty());
        }
    }

    void truncatedStreamsFail_data()
    {
        QTest::addColumn<QByteArray>("coding");
        QTest::addColumn<QByteArray>("encoded");
        const QByteArray text = sample();
        QTest::newRow("gzip") << QByteArray("gzip") << zlibCompress(text, 31);
        QTest::newRow("deflate") << QByteArray("deflate") << zlibCompress(text, 15);
        QTest::newRow("br") << QByteArray("br") << brotliCompress(text);
        QTest::newRow("zstd") << QByteArray("zstd") << zstdCompress(text);
    }

    void truncatedStreamsFail()
    {
        QFETCH(QByteArray, coding);
        QFETCH(QByteArray, encoded);
        for (const qsizetype cut : {qsizetype(1), encoded.size() / 2, encoded.size() - 1}) {
            auto decoded = decodeAll(coding, encoded.left(cut), 1000);
            QVERIFY(!decoded.ok());
            QCOMPARE(decoded.error().category, ErrorCategory::Protocol);
            QVERIFY2(decoded.error().message.contains(QString::fromLatin1(coding)),
                     qPrintable(decoded.error().message));
        }
    }

    void corruptStreamsFail()
    {
        const QByteArray text = sample();
        QByteArray gzip = zlibCompress(text, 31);
        gzip[gzip.size() / 2] = char(gzip[gzip.size() / 2] ^ 0xff);
        gzip[gzip.size() / 2 + 1] = char(gzip[gzip.size() / 2 + 1] ^ 0x55);
        auto decoded = decodeAll("gzip", gzip, 512);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message.contains(QStringLiteral("corrupt")));
        decoded = decodeAll("br", "this is not brotli at all, not at all", 5);
        QVERIFY(!decoded.ok());
        decoded = decodeAll("zstd", "this is not zstd", 5);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message.contains(QStringLiteral("zstd")));
    }

    void unknownCoding()
    {
        auto decoder = ContentDecoder::create("gzip, compress", 0);
        QVERIFY(!decoder.ok());
        QVERIFY(decoder.error().message.contains(QStringLiteral("\"compress\"")));
        QVERIFY(ContentDecoder::isSupported("BR"));
        QVERIFY(!ContentDecoder::isSupported("sdch"));
    }

    void decompressionBomb_data()
    {
        QTest::addColumn<QByteArray>("coding");
        QTest::addColumn<QByteArray>("encoded");
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        QTest::newRow("gzip") << QByteArray("gzip") << zlibCompress(zeros, 31);
        QTest::newRow("deflate") << QByteArray("deflate") << zlibCompress(zeros, -15);
        QTest::newRow("br") << QByteArray("br") << brotliCompress(zeros);
        QTest::newRow("zstd") << QByteArray("zstd") << zstdCompress(zeros);
        QTest::newRow("stacked") << QByteArray("gzip, gzip")
                                 << zlibCompress(zlibCompress(zeros, 31), 31);
    }

    void decompressionBomb()
    {
        QFETCH(QByteArray, coding);
        QFETCH(QByteArray, encoded);
        QVERIFY(encoded.size() < 200 * 1024);
        const qint64 limit = 10 * 1024 * 1024;
        auto decoder = ContentDecoder::create(coding, limit);
        QVERIFY(decoder.ok());
        qint64 produced = 0;
        Error error;
        for (qsizetype pos = 0; pos < encoded.size() && !error.isError(); pos += 4096) {
            auto part = decoder.value()->decode(
                QByteArrayView(encoded).sliced(pos, qMin<qsizetype>(4096, encoded.size() - pos)));
            if (!part)
                error = part.error();
            else
                produced += part.value().size();
        }
        QCOMPARE(error.category, ErrorCategory::LimitExceeded);
        QVERIFY2(error.message.contains(QString::number(limit)), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("decompression bomb")));
        QVERIFY(produced <= limit);
        // Just under the limit passes.
        auto fits = decodeAll(coding, encoded, 65536, 64 * 1024 * 1024);
        QVERIFY2(fits.ok(), qPrintable(fits.error().toString()));
        QCOMPARE(fits.value().size(), 64 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestContentDecoder)
#include "tst_contentdecoder.moc"
