// Frames as text. The well-formed frames are real: the bytes nghttp 1.52 and nghttpd 1.52
// (`nghttpd --no-tls -b 7 -p /=/css/style.css`) exchanged over h2c, captured by a relay between
// them, and the expected text is what `nghttp -nv` printed for that same exchange. The malformed
// ones are built per RFC 9113 §4.1 and §6.

#include "core/http/http2frametext.h"

#include <QTest>

Q_DECLARE_METATYPE(wb::http::Http2Frame)

using namespace wb::http;
namespace Text = wb::http::Http2FrameText;

namespace {

// A frame from its exact bytes; type, flags, stream and length come from the 9-byte header.
Http2Frame frame(const char *hex, bool outgoing, qint64 atUs = 0, QList<WireHeader> fields = {})
{
    Http2Frame f;
    f.bytes = QByteArray::fromHex(hex);
    f.outgoing = outgoing;
    f.atUs = atUs;
    f.fields = std::move(fields);
    if (f.bytes.size() >= 9) {
        const auto b = [&](int i) { return quint32(quint8(f.bytes.at(i))); };
        f.length = (b(0) << 16) | (b(1) << 8) | b(2);
        f.type = quint8(b(3));
        f.flags = quint8(b(4));
        f.streamId = ((b(5) << 24) | (b(6) << 16) | (b(7) << 8) | b(8)) & 0x7fffffff;
    }
    return f;
}

// A frame from a header and a payload given separately, for malformed frames.
Http2Frame built(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload,
                 bool outgoing = false)
{
    Http2Frame f;
    f.type = type;
    f.flags = flags;
    f.streamId = stream;
    f.length = quint32(payload.size());
    f.outgoing = outgoing;
    const quint32 n = f.length;
    f.bytes = QByteArray(1, char(n >> 16)) + char(n >> 8) + char(n) + char(type) + char(flags) +
              char(stream >> 24) + char(stream >> 16) + char(stream >> 8) + char(stream) + payload;
    return f;
}

QList<WireHeader> headers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<WireHeader> out;
    for (const auto &[name, value] : list)
        out.append(WireHeader{name, value});
    return out;
}

constexpr qint64 sentAt = 5'400;      // nghttp's [  0.005]
constexpr qint64 receivedAt = 52'900; // [  0.052]

// Every frame of the capture in the order nghttp printed them.
QList<Http2Frame> capturedExchange()
{
    const auto authority = "127.0.0.1:59931";
    return {
        frame("00000c04000000000000030000006400040000ffff", true, sentAt),
        frame("00000502000000000300000000c8", true, sentAt),
        frame("0000050200000000050000000064", true, sentAt),
        frame("0000050200000000070000000000", true, sentAt),
        frame("0000050200000000090000000700", true, sentAt),
        frame("00000502000000000b0000000300", true, sentAt),
        frame("00002701250000000d0000000b0f828486418b089d5c0b8170dc6df7d90f53032a2f2a907a8aaa69d2"
              "9ac4c0576c4b83",
              true, sentAt,
              headers({{":method", "GET"},
                       {":path", "/"},
                       {":scheme", "http"},
                       {":authority", authority},
                       {"accept", "*/*"},
                       {"accept-encoding", "gzip, deflate"},
                       {"user-agent", "nghttp2/1.52.0"}})),
        frame("000006040000000000000300000064", false, receivedAt),
        frame("000000040100000000", false, receivedAt),
        frame("000026050c0000000d060000000282048a608843084faa0ab9108f86418b089d5c0b8170dc6df7d90f"
              "000000000000",
              false, receivedAt,
              headers({{":method", "GET"},
                       {":path", "/css/style.css"},
                       {":scheme", "http"},
                       {":authority", authority}})),
        frame("000062010c0000000d06887690aa69d29ae452a9a74a6b13015db12e0f5889a47e561cc58197000f61"
              "96c361be94034a5f29141004e2817ae32ddc65b53168df0f0d01366c96c361be94034a5f29141004e2"
              "817ae32d5c6c0a62d1bf5f87497ca589d34d1f000000000000",
              false, receivedAt,
              headers({{":status", "200"},
                       {"server", "nghttpd nghttp2/1.52.0"},
                       {"cache-control", "max-age=3600"},
                       {"date", "Fri, 04 Dec 2026 18:35:35 GMT"},
                       {"content-length", "6"},
                       {"last-modified", "Fri, 04 Dec 2026 18:34:50 GMT"},
                       {"content-type", "text/html"}})),
        frame("00002f010c000000020688c2c1c00f0d01376c96c361be94034a5f29141004e2817ae32ddc65a53168"
              "df5f86497ca582211f000000000000",
              false, receivedAt,
              headers({{":status", "200"},
                       {"server", "nghttpd nghttp2/1.52.0"},
                       {"cache-control", "max-age=3600"},
                       {"date", "Fri, 04 Dec 2026 18:35:35 GMT"},
                       {"content-length", "7"},
                       {"last-modified", "Fri, 04 Dec 2026 18:35:34 GMT"},
                       {"content-type", "text/css"}})),
        frame("00000d00090000000d0668656c6c6f0a000000000000", false, receivedAt),
        frame("00000e00090000000206626f64797b7d0a000000000000", false, receivedAt),
        frame("0000080700000000000000000200000000", true, receivedAt),
    };
}

// What `nghttp -nv` printed for that exchange, after its "Connected" line.
const char *const nghttpOutput =
    R"([  0.005] send SETTINGS frame <length=12, flags=0x00, stream_id=0>
          (niv=2)
          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100]
          [SETTINGS_INITIAL_WINDOW_SIZE(0x04):65535]
[  0.005] send PRIORITY frame <length=5, flags=0x00, stream_id=3>
          (dep_stream_id=0, weight=201, exclusive=0)
[  0.005] send PRIORITY frame <length=5, flags=0x00, stream_id=5>
          (dep_stream_id=0, weight=101, exclusive=0)
[  0.005] send PRIORITY frame <length=5, flags=0x00, stream_id=7>
          (dep_stream_id=0, weight=1, exclusive=0)
[  0.005] send PRIORITY frame <length=5, flags=0x00, stream_id=9>
          (dep_stream_id=7, weight=1, exclusive=0)
[  0.005] send PRIORITY frame <length=5, flags=0x00, stream_id=11>
          (dep_stream_id=3, weight=1, exclusive=0)
[  0.005] send HEADERS frame <length=39, flags=0x25, stream_id=13>
          ; END_STREAM | END_HEADERS | PRIORITY
          (padlen=0, dep_stream_id=11, weight=16, exclusive=0)
          ; Open new stream
          :method: GET
          :path: /
          :scheme: http
          :authority: 127.0.0.1:59931
          accept: */*
          accept-encoding: gzip, deflate
          user-agent: nghttp2/1.52.0
[  0.052] recv SETTINGS frame <length=6, flags=0x00, stream_id=0>
          (niv=1)
          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100]
[  0.052] recv SETTINGS frame <length=0, flags=0x01, stream_id=0>
          ; ACK
          (niv=0)
[  0.052] recv (stream_id=13) :method: GET
[  0.052] recv (stream_id=13) :path: /css/style.css
[  0.052] recv (stream_id=13) :scheme: http
[  0.052] recv (stream_id=13) :authority: 127.0.0.1:59931
[  0.052] recv PUSH_PROMISE frame <length=38, flags=0x0c, stream_id=13>
          ; END_HEADERS | PADDED
          (padlen=7, promised_stream_id=2)
[  0.052] recv (stream_id=13) :status: 200
[  0.052] recv (stream_id=13) server: nghttpd nghttp2/1.52.0
[  0.052] recv (stream_id=13) cache-control: max-age=3600
[  0.052] recv (stream_id=13) date: Fri, 04 Dec 2026 18:35:35 GMT
[  0.052] recv (stream_id=13) content-length: 6
[  0.052] recv (stream_id=13) last-modified: Fri, 04 Dec 2026 18:34:50 GMT
[  0.052] recv (stream_id=13) content-type: text/html
[  0.052] recv HEADERS frame <length=98, flags=0x0c, stream_id=13>
          ; END_HEADERS | PADDED
          (padlen=7)
          ; First response header
[  0.052] recv (stream_id=2) :status: 200
[  0.052] recv (stream_id=2) server: nghttpd nghttp2/1.52.0
[  0.052] recv (stream_id=2) cache-control: max-age=3600
[  0.052] recv (stream_id=2) date: Fri, 04 Dec 2026 18:35:35 GMT
[  0.052] recv (stream_id=2) content-length: 7
[  0.052] recv (stream_id=2) last-modified: Fri, 04 Dec 2026 18:35:34 GMT
[  0.052] recv (stream_id=2) content-type: text/css
[  0.052] recv HEADERS frame <length=47, flags=0x0c, stream_id=2>
          ; END_HEADERS | PADDED
          (padlen=7)
          ; First push response header
[  0.052] recv DATA frame <length=13, flags=0x09, stream_id=13>
          ; END_STREAM | PADDED
          (padlen=7)
[  0.052] recv DATA frame <length=14, flags=0x09, stream_id=2>
          ; END_STREAM | PADDED
          (padlen=7)
[  0.052] send GOAWAY frame <length=8, flags=0x00, stream_id=0>
          (last_stream_id=2, error_code=NO_ERROR(0x00), opaque_data(0)=[]))";

} // namespace

class TestHttp2FrameText : public QObject
{
    Q_OBJECT

private slots:
    void typeNames()
    {
        QCOMPARE(Text::typeName(0x0), QStringLiteral("DATA"));
        QCOMPARE(Text::typeName(0x1), QStringLiteral("HEADERS"));
        QCOMPARE(Text::typeName(0x2), QStringLiteral("PRIORITY"));
        QCOMPARE(Text::typeName(0x3), QStringLiteral("RST_STREAM"));
        QCOMPARE(Text::typeName(0x4), QStringLiteral("SETTINGS"));
        QCOMPARE(Text::typeName(0x5), QStringLiteral("PUSH_PROMISE"));
        QCOMPARE(Text::typeName(0x6), QStringLiteral("PING"));
        QCOMPARE(Text::typeName(0x7), QStringLiteral("GOAWAY"));
        QCOMPARE(Text::typeName(0x8), QStringLiteral("WINDOW_UPDATE"));
        QCOMPARE(Text::typeName(0x9), QStringLiteral("CONTINUATION"));
        QCOMPARE(Text::typeName(0xa), QStringLiteral("ALTSVC"));
        QCOMPARE(Text::typeName(0xb), QStringLiteral("UNKNOWN(0x0b)"));
        QCOMPARE(Text::typeName(0xc), QStringLiteral("ORIGIN"));
        QCOMPARE(Text::typeName(0xfe), QStringLiteral("UNKNOWN(0xfe)"));
    }

    void flagNamesPerType()
    {
        QCOMPARE(Text::flagNames(0x1, 0x25), QStringLiteral("END_STREAM | END_HEADERS | PRIORITY"));
        QCOMPARE(Text::flagNames(0x1, 0x2d),
                 QStringLiteral("END_STREAM | END_HEADERS | PADDED | PRIORITY"));
        QCOMPARE(Text::flagNames(0x0, 0x09), QStringLiteral("END_STREAM | PADDED"));
        QCOMPARE(Text::flagNames(0x4, 0x01), QStringLiteral("ACK"));
        QCOMPARE(Text::flagNames(0x6, 0x01), QStringLiteral("ACK"));
        QCOMPARE(Text::flagNames(0x5, 0x0c), QStringLiteral("END_HEADERS | PADDED"));
        QCOMPARE(Text::flagNames(0x9, 0x04), QStringLiteral("END_HEADERS"));
        QCOMPARE(Text::flagNames(0x0, 0x00), QString());
        // END_HEADERS means nothing on DATA, ACK nothing on GOAWAY: the bits stay visible.
        QCOMPARE(Text::flagNames(0x0, 0x05), QStringLiteral("END_STREAM | 0x04"));
        QCOMPARE(Text::flagNames(0x7, 0x01), QStringLiteral("0x01"));
        QCOMPARE(Text::flagNames(0x2, 0xff), QStringLiteral("0xff"));
        QCOMPARE(Text::flagNames(0x4, 0x21), QStringLiteral("ACK | 0x20"));
    }

    void errorCodeNames()
    {
        const char *const names[] = {"NO_ERROR",
                                     "PROTOCOL_ERROR",
                                     "INTERNAL_ERROR",
                                     "FLOW_CONTROL_ERROR",
                                     "SETTINGS_TIMEOUT",
                                     "STREAM_CLOSED",
                                     "FRAME_SIZE_ERROR",
                                     "REFUSED_STREAM",
                                     "CANCEL",
                                     "COMPRESSION_ERROR",
                                     "CONNECT_ERROR",
                                     "ENHANCE_YOUR_CALM",
                                     "INADEQUATE_SECURITY",
                                     "HTTP_1_1_REQUIRED"};
        for (quint32 code = 0; code <= 0xd; ++code)
            QCOMPARE(Text::errorCodeName(code), QLatin1String(names[code]));
        QCOMPARE(Text::errorCodeName(0xe), QStringLiteral("UNKNOWN(0x0e)"));
        QCOMPARE(Text::errorCodeName(0xdeadbeef), QStringLiteral("UNKNOWN(0xdeadbeef)"));
    }

    void settingNames()
    {
        QCOMPARE(Text::settingName(0x1), QStringLiteral("SETTINGS_HEADER_TABLE_SIZE"));
        QCOMPARE(Text::settingName(0x2), QStringLiteral("SETTINGS_ENABLE_PUSH"));
        QCOMPARE(Text::settingName(0x3), QStringLiteral("SETTINGS_MAX_CONCURRENT_STREAMS"));
        QCOMPARE(Text::settingName(0x4), QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE"));
        QCOMPARE(Text::settingName(0x5), QStringLiteral("SETTINGS_MAX_FRAME_SIZE"));
        QCOMPARE(Text::settingName(0x6), QStringLiteral("SETTINGS_MAX_HEADER_LIST_SIZE"));
        QCOMPARE(Text::settingName(0x8), QStringLiteral("SETTINGS_ENABLE_CONNECT_PROTOCOL"));
        QCOMPARE(Text::settingName(0x7), QStringLiteral("UNKNOWN(0x07)"));
        QCOMPARE(Text::settingName(0xabcd), QStringLiteral("UNKNOWN(0xabcd)"));
    }

    void nghttpLayoutMatchesNghttp()
    {
        QStringList lines;
        for (const Http2Frame &f : capturedExchange())
            lines << Text::nghttpStyle(f);
        const QStringList got = lines.join(QLatin1Char('\n')).split(QLatin1Char('\n'));
        const QStringList want = QString::fromUtf8(nghttpOutput).split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
        QCOMPARE(got.size(), want.size());
    }

    void capturedFramesAreWellFormed()
    {
        for (const Http2Frame &f : capturedExchange()) {
            QVERIFY2(Text::problem(f).isEmpty(), qPrintable(Text::problem(f)));
            QVERIFY(!Text::detail(f).contains(QLatin1Char('\n')));
        }
    }

    void detailOfCapturedFrames()
    {
        const QList<Http2Frame> frames = capturedExchange();
        QCOMPARE(Text::detail(frames.at(0)),
                 QStringLiteral("SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100, "
                                "SETTINGS_INITIAL_WINDOW_SIZE(0x04):65535"));
        QCOMPARE(Text::detail(frames.at(1)),
                 QStringLiteral("dep_stream_id=0 weight=201 exclusive=0"));
        QCOMPARE(
            Text::detail(frames.at(6)),
            QStringLiteral("dep_stream_id=11 weight=16 exclusive=0 · :method: GET · :path: / · "
                           ":scheme: http · :authority: 127.0.0.1:59931 · accept: */* · "
                           "accept-encoding: gzip, deflate · user-agent: nghttp2/1.52.0"));
        QCOMPARE(Text::detail(frames.at(8)), QStringLiteral("ACK"));
        QCOMPARE(Text::detail(frames.at(9)),
                 QStringLiteral("promised_stream_id=2 padding=6 · :method: GET · "
                                ":path: /css/style.css · :scheme: http · "
                                ":authority: 127.0.0.1:59931"));
        QVERIFY(Text::detail(frames.at(10))
                    .startsWith(QStringLiteral("padding=6 · :status: 200 · server: nghttpd")));
        QCOMPARE(Text::detail(frames.at(12)), QStringLiteral("data_length=6 padding=6"));
        QCOMPARE(Text::detail(frames.at(14)),
                 QStringLiteral("last_stream_id=2 error_code=NO_ERROR(0x00)"));
    }

    void realFlowControlFrames()
    {
        // nghttp -w 15 -W 17 against nghttpd: the connection and stream window updates.
        const Http2Frame connection = frame("00000408000000000000010000", true, 14'000);
        QCOMPARE(Text::detail(connection), QStringLiteral("window_size_increment=65536"));
        QCOMPARE(Text::nghttpStyle(connection),
                 QStringLiteral("[  0.014] send WINDOW_UPDATE frame <length=4, flags=0x00, "
                                "stream_id=0>\n          (window_size_increment=65536)"));
        const Http2Frame stream = frame("00000408000000000d00003fff", true, 15'000);
        QCOMPARE(Text::detail(stream), QStringLiteral("window_size_increment=16383"));
        QCOMPARE(stream.streamId, 13u);
    }

    void truncatedDataFrame()
    {
        // A 16384-byte DATA frame of that download, kept with only its first 32 payload bytes.
        Http2Frame data =
            frame("00400000000000000d24de599aa746572f9381c2def3740649ca223ab42ec73c8a1"
                  "abef690c0da7f",
                  false, 15'000);
        data.truncated = true;
        QCOMPARE(data.length, 16384u);
        QCOMPARE(Text::detail(data), QStringLiteral("data_length=16384"));
        QVERIFY(Text::problem(data).isEmpty());
        QCOMPARE(
            Text::nghttpStyle(data),
            QStringLiteral("[  0.015] recv DATA frame <length=16384, flags=0x00, stream_id=13>"));
        // The same bytes not marked truncated were cut short.
        data.truncated = false;
        QCOMPARE(Text::problem(data),
                 QStringLiteral("only 31 of the 16384 payload bytes were captured"));
        // A truncated padded frame still shows its padding from the first byte.
        Http2Frame padded = built(0x0, 0x8, 1, QByteArray("\x05", 1) + QByteArray(300, 'x'));
        padded.bytes.truncate(9 + 20);
        padded.truncated = true;
        QCOMPARE(Text::detail(padded), QStringLiteral("data_length=295 padding=5"));
    }

    void otherFramesPerRfc()
    {
        const Http2Frame rst = built(0x3, 0, 5, QByteArray::fromHex("00000008"), true);
        QCOMPARE(Text::detail(rst), QStringLiteral("error_code=CANCEL(0x08)"));
        QCOMPARE(Text::nghttpStyle(rst).section(QLatin1Char('\n'), 1),
                 QStringLiteral("          (error_code=CANCEL(0x08))"));
        const Http2Frame calm = built(0x3, 0, 7, QByteArray::fromHex("0000000b"));
        QCOMPARE(Text::detail(calm), QStringLiteral("error_code=ENHANCE_YOUR_CALM(0x0b)"));
        const Http2Frame odd = built(0x3, 0, 7, QByteArray::fromHex("000000ff"));
        QCOMPARE(Text::detail(odd), QStringLiteral("error_code=UNKNOWN(0xff)"));

        Http2Frame ping = built(0x6, 0x1, 0, QByteArray::fromHex("0102030405060708"));
        QCOMPARE(Text::detail(ping), QStringLiteral("opaque_data=0102030405060708"));
        QCOMPARE(Text::nghttpStyle(ping),
                 QStringLiteral("[  0.000] recv PING frame <length=8, flags=0x01, stream_id=0>\n"
                                "          ; ACK\n"
                                "          (opaque_data=0102030405060708)"));

        const Http2Frame goaway = built(
            0x7, 0, 0, QByteArray::fromHex("800000030000000b") + QByteArray("too many\x01resets"));
        QCOMPARE(Text::detail(goaway), QStringLiteral("last_stream_id=3 "
                                                      "error_code=ENHANCE_YOUR_CALM(0x0b) "
                                                      "opaque_data=[too many.resets]"));
        QCOMPARE(Text::nghttpStyle(goaway).section(QLatin1Char('\n'), 1),
                 QStringLiteral("          (last_stream_id=3, error_code=ENHANCE_YOUR_CALM(0x0b), "
                                "opaque_data(15)=[too many.resets])"));

        const Http2Frame settings = built(0x4, 0, 0,
                                          QByteArray::fromHex("000100001000"
                                                              "000200000000"
                                                              "000800000001"
                                                              "00050000ffff"
                                                              "000600010000"
                                                              "002a00000007"),
                                          true);
        QCOMPARE(Text::detail(settings),
                 QStringLiteral("SETTINGS_HEADER_TABLE_SIZE(0x01):4096, "
                                "SETTINGS_ENABLE_PUSH(0x02):0, "
                                "SETTINGS_ENABLE_CONNECT_PROTOCOL(0x08):1, "
                                "SETTINGS_MAX_FRAME_SIZE(0x05):65535, "
                                "SETTINGS_MAX_HEADER_LIST_SIZE(0x06):65536, UNKNOWN(0x2a):7"));
        QVERIFY(Text::nghttpStyle(settings).contains(QStringLiteral("(niv=6)")));
        QVERIFY(Text::nghttpStyle(settings).contains(QStringLiteral("[UNKNOWN(0x2a):7]")));
        QCOMPARE(Text::detail(built(0x4, 0, 0, {})), QStringLiteral("no parameters"));

        // A PRIORITY with the exclusive bit set.
        const Http2Frame exclusive = built(0x2, 0, 9, QByteArray::fromHex("8000000740"), true);
        QCOMPARE(Text::detail(exclusive), QStringLiteral("dep_stream_id=7 weight=65 exclusive=1"));

        // HEADERS from a server whose block needs CONTINUATION; the decoded list rides on HEADERS.
        Http2Frame open = built(0x1, 0x1, 1, QByteArray(100, '\x82'));
        open.fields = headers({{":status", "200"}, {"x-long", "a"}});
        QCOMPARE(Text::detail(open), QStringLiteral(":status: 200 · x-long: a"));
        const Http2Frame continuation = built(0x9, 0x4, 1, QByteArray(50, '\x82'));
        QCOMPARE(Text::detail(continuation), QStringLiteral("header_block_length=50"));
        QCOMPARE(Text::flagNames(continuation.type, continuation.flags),
                 QStringLiteral("END_HEADERS"));
        // Without a decoded list, a HEADERS frame shows its block's size.
        QCOMPARE(Text::detail(built(0x1, 0x4, 1, QByteArray(20, '\x82'))),
                 QStringLiteral("header_block_length=20"));

        // RFC 7838 ALTSVC and RFC 8336 ORIGIN, which servers send.
        const QByteArray origin = "https://example.com";
        const Http2Frame altsvc = built(
            0xa, 0, 0, QByteArray::fromHex("0013") + origin + QByteArray("h3=\":443\"; ma=86400"));
        QCOMPARE(Text::detail(altsvc),
                 QStringLiteral("origin=[https://example.com] "
                                "altsvc_field_value=[h3=\":443\"; ma=86400]"));
        const Http2Frame origins =
            built(0xc, 0, 0,
                  QByteArray::fromHex("0013") + origin + QByteArray::fromHex("0011") +
                      QByteArray("https://a.example"));
        QCOMPARE(Text::detail(origins), QStringLiteral("https://example.com, https://a.example"));
        QCOMPARE(Text::nghttpStyle(origins).count(QLatin1Char('\n')), 2);

        const Http2Frame unknown = built(0xb, 0x3, 1, "abc");
        QCOMPARE(Text::detail(unknown),
                 QStringLiteral("unknown frame type, ignored (RFC 9113 §5.5)"));
        QVERIFY(Text::nghttpStyle(unknown).startsWith(
            QStringLiteral("[  0.000] recv UNKNOWN(0x0b) frame <length=3, flags=0x03, "
                           "stream_id=1>")));
    }

    void headerValuesCannotBreakLines()
    {
        Http2Frame f = built(0x1, 0x4, 1, "x");
        f.fields = headers({{"x-evil", "a\r\nb\x1b[31m"}, {"x-utf8", "gr\xc3\xbc\xc3\x9f"}});
        QCOMPARE(Text::detail(f), QStringLiteral("x-evil: a\\x0d\\x0ab\\x1b[31m · x-utf8: grüß"));
        QCOMPARE(Text::nghttpStyle(f).count(QLatin1Char('\n')), 4);
    }

    void timestamps()
    {
        Http2Frame f = built(0x4, 0x1, 0, {});
        f.atUs = 1'234'567'890;
        QVERIFY(Text::nghttpStyle(f).startsWith(QStringLiteral("[1234.567] recv SETTINGS")));
        f.atUs = -5'100; // a connection frame from before the exchange
        QVERIFY(Text::nghttpStyle(f).startsWith(QStringLiteral("[ -0.005] recv SETTINGS")));
        f.atUs = 999;
        QVERIFY(Text::nghttpStyle(f).startsWith(QStringLiteral("[  0.000] recv SETTINGS")));
    }

    void malformed_data()
    {
        QTest::addColumn<Http2Frame>("frame");
        QTest::addColumn<QString>("problem");
        QTest::newRow("DATA on stream 0")
            << built(0x0, 0, 0, "hi") << QStringLiteral("DATA on stream 0 (RFC 9113 §6.1)");
        QTest::newRow("padding beyond the payload")
            << built(0x0, 0x8, 1, QByteArray::fromHex("0c") + "hello")
            << QStringLiteral("the pad length 12 exceeds the 5 payload bytes left (RFC 9113 §6.1)");
        QTest::newRow("PADDED on an empty DATA")
            << built(0x0, 0x8, 1, {})
            << QStringLiteral("PADDED flag on an empty payload (RFC 9113 §6.1)");
        QTest::newRow("HEADERS too short for PRIORITY")
            << built(0x1, 0x24, 1, QByteArray::fromHex("0000"))
            << QStringLiteral("no room for the PRIORITY fields (RFC 9113 §6.2)");
        QTest::newRow("HEADERS padding beyond the block")
            << built(0x1, 0x2c, 1, QByteArray::fromHex("0a8000000310") + "ab")
            << QStringLiteral("the pad length 10 exceeds the 2 payload bytes left (RFC 9113 §6.2)");
        QTest::newRow("PRIORITY of 4 bytes")
            << built(0x2, 0, 1, QByteArray(4, 0))
            << QStringLiteral("the PRIORITY payload is 4 bytes; RFC 9113 §6.3 requires 5");
        QTest::newRow("RST_STREAM of 5 bytes")
            << built(0x3, 0, 1, QByteArray(5, 0))
            << QStringLiteral("the RST_STREAM payload is 5 bytes; RFC 9113 §6.4 requires 4");
        QTest::newRow("RST_STREAM on stream 0")
            << built(0x3, 0, 0, QByteArray(4, 0))
            << QStringLiteral("RST_STREAM on stream 0 (RFC 9113 §6.4)");
        QTest::newRow("SETTINGS of 7 bytes")
            << built(0x4, 0, 0, QByteArray::fromHex("00030000006400"))
            << QStringLiteral("the length 7 is not a multiple of 6 (RFC 9113 §6.5)");
        QTest::newRow("SETTINGS ACK with a payload")
            << built(0x4, 0x1, 0, QByteArray::fromHex("000300000064"))
            << QStringLiteral("a SETTINGS ACK must be empty, this one has 6 bytes (RFC 9113 §6.5)");
        QTest::newRow("SETTINGS on a stream")
            << built(0x4, 0, 3, {})
            << QStringLiteral("SETTINGS on stream 3; it belongs on stream 0 (RFC 9113 §6.5)");
        QTest::newRow("ENABLE_PUSH 2")
            << built(0x4, 0, 0, QByteArray::fromHex("000200000002"), true)
            << QStringLiteral("SETTINGS_ENABLE_PUSH must be 0 or 1 (RFC 9113 §6.5.2)");
        QTest::newRow("a server enabling push")
            << built(0x4, 0, 0, QByteArray::fromHex("000200000001"))
            << QStringLiteral("a server must not set SETTINGS_ENABLE_PUSH to 1 (RFC 9113 §6.5.2)");
        QTest::newRow("window above 2^31-1")
            << built(0x4, 0, 0, QByteArray::fromHex("000480000000"))
            << QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1 (RFC 9113 §6.5.2)");
        QTest::newRow("frame size below 16384")
            << built(0x4, 0, 0, QByteArray::fromHex("000500000fff"))
            << QStringLiteral("SETTINGS_MAX_FRAME_SIZE outside 16384..16777215 (RFC 9113 §6.5.2)");
        QTest::newRow("PUSH_PROMISE without a stream id")
            << built(0x5, 0x4, 1, QByteArray::fromHex("0000"))
            << QStringLiteral("no room for the promised stream id (RFC 9113 §6.6)");
        QTest::newRow("PUSH_PROMISE of an odd stream")
            << built(0x5, 0x4, 1, QByteArray::fromHex("00000003"))
            << QStringLiteral("a promised stream id must be even and not 0 (RFC 9113 §5.1.1)");
        QTest::newRow("PING of 7 bytes")
            << built(0x6, 0, 0, QByteArray(7, 0))
            << QStringLiteral("the PING payload is 7 bytes; RFC 9113 §6.7 requires 8");
        QTest::newRow("PING on a stream")
            << built(0x6, 0, 1, QByteArray(8, 0))
            << QStringLiteral("PING on stream 1; it belongs on stream 0 (RFC 9113 §6.7)");
        QTest::newRow("GOAWAY of 7 bytes")
            << built(0x7, 0, 0, QByteArray(7, 0))
            << QStringLiteral("the GOAWAY payload is 7 bytes; RFC 9113 §6.8 requires at least 8");
        QTest::newRow("WINDOW_UPDATE of 0")
            << built(0x8, 0, 1, QByteArray(4, 0))
            << QStringLiteral("an increment of 0 is a PROTOCOL_ERROR (RFC 9113 §6.9)");
        QTest::newRow("WINDOW_UPDATE of 3 bytes")
            << built(0x8, 0, 1, QByteArray(3, 1))
            << QStringLiteral("the WINDOW_UPDATE payload is 3 bytes; RFC 9113 §6.9 requires 4");
        QTest::newRow("CONTINUATION on stream 0")
            << built(0x9, 0x4, 0, "x")
            << QStringLiteral("CONTINUATION on stream 0 (RFC 9113 §6.10)");
        QTest::newRow("ALTSVC origin beyond the payload")
            << built(0xa, 0, 0, QByteArray::fromHex("00ff") + "abc")
            << QStringLiteral("the origin length 255 exceeds the payload (RFC 7838 §4)");
        QTest::newRow("ORIGIN with a stray byte")
            << built(0xc, 0, 0, QByteArray::fromHex("0001") + "a" + "b")
            << QStringLiteral("a stray byte after the origins (RFC 8336 §2)");
    }

    void malformed()
    {
        QFETCH(Http2Frame, frame);
        QFETCH(QString, problem);
        QCOMPARE(Text::problem(frame), problem);
        QVERIFY2(Text::detail(frame).endsWith(QStringLiteral("malformed: ") + problem),
                 qPrintable(Text::detail(frame)));
        QVERIFY(Text::nghttpStyle(frame).endsWith(QStringLiteral("\n          ; malformed: ") +
                                                  problem));
    }

    void shortBytesAreNeverReadPastTheirEnd_data()
    {
        QTest::addColumn<Http2Frame>("frame");
        const QList<Http2Frame> full = {
            built(0x0, 0x9, 1, QByteArray::fromHex("03") + "abcdef" + QByteArray(3, 0)),
            built(0x1, 0x2d, 1, QByteArray::fromHex("02800000030f828402") + QByteArray(2, 0)),
            built(0x2, 0, 1, QByteArray::fromHex("0000000310")),
            built(0x3, 0, 1, QByteArray::fromHex("00000008")),
            built(0x4, 0, 0, QByteArray::fromHex("000300000064000400010000")),
            built(0x5, 0xc, 1, QByteArray::fromHex("0100000002828400")),
            built(0x6, 0, 0, QByteArray::fromHex("0102030405060708")),
            built(0x7, 0, 0, QByteArray::fromHex("000000010000000264656275")),
            built(0x8, 0, 0, QByteArray::fromHex("00010000")),
            built(0xa, 0, 0, QByteArray::fromHex("0003616263") + "h2=\":1\""),
            built(0xc, 0, 0, QByteArray::fromHex("0003616263")),
            built(0x10, 0, 0, QByteArray::fromHex("00000001") + "u=1"),
        };
        for (const Http2Frame &f : full) {
            for (qsizetype keep = 0; keep < f.bytes.size(); ++keep) {
                Http2Frame cut = f;
                cut.bytes = QByteArray(f.bytes.constData(), keep); // a deep copy: ASan sees reads
                QTest::addRow("%s cut to %d", qPrintable(Text::typeName(f.type)), int(keep)) << cut;
            }
        }
    }

    void shortBytesAreNeverReadPastTheirEnd()
    {
        QFETCH(Http2Frame, frame);
        const QString problem = Text::problem(frame);
        if (frame.length > 0)
            QVERIFY2(problem.contains(QStringLiteral("payload bytes were captured")),
                     qPrintable(problem));
        QVERIFY(!Text::detail(frame).contains(QLatin1Char('\n')));
        QVERIFY(Text::nghttpStyle(frame).contains(Text::typeName(frame.type)));
    }

    void lengthBeyondTheBytesIsTrusted()
    {
        // The header says 16777215 bytes and only a few are there: nothing reads past them.
        Http2Frame f = built(0x4, 0, 0, QByteArray::fromHex("000300000064"));
        f.length = 0xffffff;
        QCOMPARE(Text::problem(f),
                 QStringLiteral("the length 16777215 is not a multiple of 6 (RFC 9113 §6.5); only "
                                "6 of the 16777215 payload bytes were captured"));
        Http2Frame empty;
        empty.type = 0x7;
        empty.length = 8;
        QCOMPARE(Text::problem(empty),
                 QStringLiteral("only 0 of the 8 payload bytes were captured"));
    }
};

QTEST_GUILESS_MAIN(TestHttp2FrameText)
#include "tst_http2frametext.moc"
