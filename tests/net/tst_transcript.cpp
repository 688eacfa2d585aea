// The transcript value type and the small codecs the sessions and the CLI rely on.

#include "core/net/hexdump.h"
#include "core/net/netsession.h"
#include "core/net/peeraddress.h"
#include "core/net/transcript.h"

#include <QTest>

using namespace wb::net;

class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void chunksAndTotals()
    {
        Transcript transcript;
        transcript.append(TranscriptChunk::event(QStringLiteral("Connected."), {}));
        transcript.append(TranscriptChunk::outgoing("ping\r\n", QStringLiteral("127.0.0.1:7")));
        transcript.append(TranscriptChunk::incoming("pong\r\n", QStringLiteral("127.0.0.1:7")));
        transcript.append(TranscriptChunk::incoming(QByteArray("\x00\xff", 2)));
        QCOMPARE(transcript.size(), 4);
        QCOMPARE(transcript.bytesOut(), 6);
        QCOMPARE(transcript.bytesIn(), 8);
        QCOMPARE(transcript.chunks().at(0).direction, TranscriptChunk::Direction::Event);
        QCOMPARE(transcript.chunks().at(0).text(), QStringLiteral("Connected."));
        QVERIFY(transcript.chunks().at(1).timestamp.isValid());
        QCOMPARE(transcript.chunks().at(1).timestamp.timeSpec(), Qt::UTC);

        // A plain value: copies are independent and compare equal until changed.
        Transcript copy = transcript;
        QCOMPARE(copy, transcript);
        copy.append(TranscriptChunk::event(QStringLiteral("Closed."), {}, true));
        QCOMPARE(transcript.size(), 4);
        QVERIFY(copy != transcript);
        QVERIFY(copy.chunks().last().isError);

        const QString text = transcript.toText();
        QVERIFY(text.contains(QStringLiteral(">> 127.0.0.1:7 (6 bytes) ping\\r\\n")));
        QVERIFY(text.contains(QStringLiteral("<< (2 bytes) \\x00\\xff")));
        QVERIFY(text.contains(QStringLiteral("-- Connected.")));
        transcript.clear();
        QVERIFY(transcript.isEmpty());
        QCOMPARE(transcript.bytesIn(), 0);
    }

    void crossesQueuedSignals()
    {
        QVERIFY(QMetaType::fromType<TranscriptChunk>().isValid());
        const TranscriptChunk chunk = TranscriptChunk::incoming("x");
        const QVariant variant = QVariant::fromValue(chunk);
        QCOMPARE(variant.value<TranscriptChunk>(), chunk);
    }

    void typedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ending");
        QTest::addColumn<bool>("hex");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("none") << QStringLiteral("GET /") << int(NetSession::LineEnding::None)
                              << false << QByteArray("GET /");
        QTest::newRow("lf") << QStringLiteral("a\\tb") << int(NetSession::LineEnding::Lf) << false
                            << QByteArray("a\tb\n");
        QTest::newRow("crlf") << QStringLiteral("HELO x") << int(NetSession::LineEnding::CrLf)
                              << false << QByteArray("HELO x\r\n");
        QTest::newRow("hex-crlf") << QStringLiteral("41 42") << int(NetSession::LineEnding::CrLf)
                                  << true << QByteArray("AB\r\n");
    }
    void typedText()
    {
        QFETCH(QString, text);
        QFETCH(int, ending);
        QFETCH(bool, hex);
        QFETCH(QByteArray, bytes);
        const auto encoded = NetSession::encodeTyped(text, NetSession::LineEnding(ending), hex);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error().message));
        QCOMPARE(encoded.value(), bytes);
    }

    void typedTextErrors()
    {
        const auto bad = NetSession::encodeTyped(QStringLiteral("\\q"), NetSession::LineEnding::Lf);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().category, wb::ErrorCategory::InvalidInput);
        QVERIFY(!NetSession::encodeTyped(QStringLiteral("4"), NetSession::LineEnding::None, true));
    }

    void hexDump()
    {
        const QByteArray dump = HexDump::format("hello, world!\n\x01\x02\x03", 16);
        QCOMPARE(dump, QByteArray("00000010  68 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 01 02  "
                                  "|hello, world!...|\n"
                                  "00000020  03                                                "
                                  "|.|\n"));
        QVERIFY(HexDump::format({}).isEmpty());
    }

    void peerAddresses()
    {
        QCOMPARE(PeerAddress::format(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 80),
                 QStringLiteral("127.0.0.1:80"));
        QCOMPARE(PeerAddress::format(QHostAddress::LocalHostIPv6, 443),
                 QStringLiteral("[::1]:443"));
        const auto v6 = PeerAddress::parse(QStringLiteral("[::1]:9"));
        QVERIFY(v6.ok());
        QCOMPARE(v6->host, QStringLiteral("::1"));
        QCOMPARE(v6->port, 9);
        QCOMPARE(PeerAddress::parse(QStringLiteral("example.org:80"))->toString(),
                 QStringLiteral("example.org:80"));
        QVERIFY(!PeerAddress::parse(QStringLiteral("::1:9")).ok());
        QVERIFY(!PeerAddress::parse(QStringLiteral("host")).ok());
        QVERIFY(!PeerAddress::parse(QStringLiteral("host:70000")).ok());
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
