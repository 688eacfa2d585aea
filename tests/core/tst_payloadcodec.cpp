#include "core/net/payloadcodec.h"

#include <QTest>

using wb::net::PayloadCodec;

class TestPayloadCodec : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << QStringLiteral("GET / HTTP/1.1") << QByteArray("GET / HTTP/1.1");
        QTest::newRow("crlf") << QStringLiteral("a\\r\\nb") << QByteArray("a\r\nb");
        QTest::newRow("tab") << QStringLiteral("\\t") << QByteArray("\t");
        QTest::newRow("nul") << QStringLiteral("x\\0y") << QByteArray("x\0y", 3);
        QTest::newRow("hex") << QStringLiteral("\\x41\\xff") << QByteArray("A\xff");
        QTest::newRow("backslash") << QStringLiteral("C:\\\\dir") << QByteArray("C:\\dir");
        QTest::newRow("utf8") << QStringLiteral("grüß") << QByteArray("gr\xc3\xbc\xc3\x9f");
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const auto decoded = PayloadCodec::decodeEscapedText(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded.value(), bytes);
    }

    void badEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("position");
        QTest::newRow("unknown") << QStringLiteral("ab\\q") << QStringLiteral("character 3");
        QTest::newRow("trailing") << QStringLiteral("ab\\") << QStringLiteral("character 3");
        QTest::newRow("short hex") << QStringLiteral("\\x4") << QStringLiteral("character 1");
        QTest::newRow("bad hex") << QStringLiteral("\\xZZ") << QStringLiteral("character 1");
    }
    void badEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, position);
        const auto decoded = PayloadCodec::decodeEscapedText(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().category, wb::ErrorCategory::InvalidInput);
        QVERIFY2(decoded.error().message.contains(position), qPrintable(decoded.error().message));
    }

    void hex()
    {
        QCOMPARE(PayloadCodec::decodeHex(QStringLiteral("de ad:be-ef")).value(),
                 QByteArray("\xde\xad\xbe\xef"));
        QCOMPARE(PayloadCodec::decodeHex(QStringLiteral("0x41 0X42")).value(), QByteArray("AB"));
        QCOMPARE(PayloadCodec::decodeHex(QString()).value(), QByteArray());
        QVERIFY(!PayloadCodec::decodeHex(QStringLiteral("abc")).ok());
        QVERIFY(!PayloadCodec::decodeHex(QStringLiteral("a bc")).ok());
        const auto bad = PayloadCodec::decodeHex(QStringLiteral("4g"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("Character 2")));
    }

    void roundTrip()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        const QString escaped = PayloadCodec::encodeEscapedText(all);
        QCOMPARE(PayloadCodec::decodeEscapedText(escaped).value(), all);
        QCOMPARE(PayloadCodec::decodeHex(PayloadCodec::encodeHex(all)).value(), all);
        QCOMPARE(PayloadCodec::encodeHex(QByteArray("\x01\xab")), QStringLiteral("01 ab"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadCodec)
#include "tst_payloadcodec.moc"
