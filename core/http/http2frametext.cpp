#include "core/http/http2frametext.h"

#include <QByteArrayView>
#include <QStringList>

#include <iterator>
#include <utility>

namespace wb::http::Http2FrameText {

namespace {

constexpr int headerSize = 9;
constexpr quint8 flagEndStream = 0x1;
constexpr quint8 flagAck = 0x1;
constexpr quint8 flagEndHeaders = 0x4;
constexpr quint8 flagPadded = 0x8;
constexpr quint8 flagPriority = 0x20;
constexpr quint8 priorityUpdateType = 0x10; // RFC 9218
constexpr quint32 streamMask = 0x7fffffff;
// GOAWAY debug data beyond this is elided in detail() (nghttpStyle prints all of it).
constexpr qsizetype maxDetailDebugBytes = 256;
const QString indent = QStringLiteral("          ");

QString hex2(quint32 value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

// "NAME(0xNN)" for a known name, the "UNKNOWN(0xNN)" name as it is otherwise.
QString nameWithCode(const QString &name, quint32 value)
{
    return name.startsWith(QLatin1String("UNKNOWN")) ? name
                                                     : name + QLatin1Char('(') + hex2(value) + ')';
}

// Bytes from the network as text on one line: UTF-8 when valid, else Latin-1, with control
// characters escaped so a hostile value cannot break a line or a terminal.
QString printable(QByteArrayView bytes)
{
    const QString text =
        bytes.isValidUtf8() ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// nghttp's ascii_dump: printable ASCII as is, any other byte as '.'.
QString asciiDump(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
    }
    return out;
}

// Reads big-endian integers from a payload and never past its end.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}
    bool has(qsizetype n) const { return n >= 0 && m_data.size() - m_pos >= n; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    quint32 read(int n) // n <= 4; callers check has(n) first
    {
        quint32 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | static_cast<unsigned char>(m_data[m_pos++]);
        return v;
    }
    QByteArrayView take(qsizetype n)
    {
        const QByteArrayView out = m_data.sliced(m_pos, n);
        m_pos += n;
        return out;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// What one frame decodes to, for both layouts.
struct Decoded
{
    QStringList summary;   // detail(): space-separated attributes...
    QStringList fields;    // ...then " · "-separated header fields
    QStringList attrLines; // nghttpStyle(): the indented lines after the flags line
    QStringList problems;  // what breaks RFC 9113, or bytes missing from the capture
};

// The payload bytes present: at most the header's length, fewer for a short or truncated frame.
QByteArrayView payloadOf(const Http2Frame &frame)
{
    if (frame.bytes.size() <= headerSize)
        return {};
    const qsizetype present = frame.bytes.size() - headerSize;
    return QByteArrayView(frame.bytes).sliced(headerSize, qMin<qsizetype>(present, frame.length));
}

QString missing(const Http2Frame &frame, qsizetype present)
{
    return QStringLiteral("only %1 of the %2 payload bytes were captured")
        .arg(present)
        .arg(frame.length);
}

QString section(quint8 type)
{
    static const char *const sections[] = {"6.1", "6.2", "6.3", "6.4", "6.5",
                                           "6.6", "6.7", "6.8", "6.9", "6.10"};
    return type < std::size(sections)
               ? QStringLiteral("RFC 9113 §%1").arg(QLatin1String(sections[type]))
               : QStringLiteral("RFC 9113");
}

void checkStream(const Http2Frame &frame, Decoded *d)
{
    switch (frame.type) {
    case quint8(Http2FrameType::Data):
    case quint8(Http2FrameType::Headers):
    case quint8(Http2FrameType::Priority):
    case quint8(Http2FrameType::RstStream):
    case quint8(Http2FrameType::PushPromise):
    case quint8(Http2FrameType::Continuation):
        if (frame.streamId == 0)
            d->problems << QStringLiteral("%1 on stream 0 (%2)")
                               .arg(typeName(frame.type), section(frame.type));
        break;
    case quint8(Http2FrameType::Settings):
    case quint8(Http2FrameType::Ping):
    case quint8(Http2FrameType::GoAway):
        if (frame.streamId != 0)
            d->problems << QStringLiteral("%1 on stream %2; it belongs on stream 0 (%3)")
                               .arg(typeName(frame.type))
                               .arg(frame.streamId)
                               .arg(section(frame.type));
        break;
    default:
        break;
    }
}

void requireLength(const Http2Frame &frame, quint32 expected, Decoded *d)
{
    d->problems << QStringLiteral("the %1 payload is %2 bytes; %3 requires %4")
                       .arg(typeName(frame.type))
                       .arg(frame.length)
                       .arg(section(frame.type))
                       .arg(expected);
}

// The Pad Length field of a PADDED frame; -1 when it is missing.
int readPadLength(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (!(frame.flags & flagPadded))
        return 0;
    if (frame.length == 0) {
        d->problems
            << QStringLiteral("PADDED flag on an empty payload (%1)").arg(section(frame.type));
        return -1;
    }
    return r.has(1) ? int(r.read(1)) : -1;
}

// Checks that `used` bytes before the padding leave room for it.
bool paddingFits(const Http2Frame &frame, int padLength, quint32 used, Decoded *d)
{
    if (quint64(used) + quint64(padLength) <= frame.length)
        return true;
    d->problems << QStringLiteral("the pad length %1 exceeds the %2 payload bytes left (%3)")
                       .arg(padLength)
                       .arg(qint64(frame.length) - used)
                       .arg(section(frame.type));
    return false;
}

void addFields(const Http2Frame &frame, Decoded *d)
{
    for (const WireHeader &h : frame.fields)
        d->fields << printable(h.name) + QStringLiteral(": ") + printable(h.value);
}

void decodeData(const Http2Frame &frame, Reader &r, Decoded *d)
{
    const int pad = readPadLength(frame, r, d);
    if (pad < 0)
        return;
    const quint32 used = (frame.flags & flagPadded) ? 1 : 0;
    if (!paddingFits(frame, pad, used, d))
        return;
    d->summary << QStringLiteral("data_length=%1").arg(frame.length - used - quint32(pad));
    if (frame.flags & flagPadded) {
        d->summary << QStringLiteral("padding=%1").arg(pad);
        // nghttp2 counts the Pad Length field in padlen.
        d->attrLines << QStringLiteral("(padlen=%1)").arg(pad + 1);
    }
}

bool isRequest(const Http2Frame &frame)
{
    for (const WireHeader &h : frame.fields) {
        if (h.name == ":method")
            return true;
    }
    return false;
}

bool isResponse(const Http2Frame &frame)
{
    for (const WireHeader &h : frame.fields) {
        if (h.name == ":status")
            return true;
    }
    return false;
}

void decodeHeaders(const Http2Frame &frame, Reader &r, Decoded *d)
{
    const int pad = readPadLength(frame, r, d);
    quint32 used = (frame.flags & flagPadded) ? 1 : 0;
    QString attrs = QStringLiteral("(padlen=%1").arg(pad > 0 ? pad + 1 : 0);
    if (pad >= 0 && (frame.flags & flagPadded))
        d->summary << QStringLiteral("padding=%1").arg(pad);
    if (pad >= 0 && (frame.flags & flagPriority)) {
        used += 5;
        if (r.has(5)) {
            const quint32 dep = r.read(4);
            const quint32 weight = r.read(1) + 1;
            const int exclusive = (dep & ~streamMask) ? 1 : 0;
            d->summary << QStringLiteral("dep_stream_id=%1 weight=%2 exclusive=%3")
                              .arg(dep & streamMask)
                              .arg(weight)
                              .arg(exclusive);
            attrs += QStringLiteral(", dep_stream_id=%1, weight=%2, exclusive=%3")
                         .arg(dep & streamMask)
                         .arg(weight)
                         .arg(exclusive);
        } else if (frame.length < used) {
            d->problems
                << QStringLiteral("no room for the PRIORITY fields (%1)").arg(section(frame.type));
        }
    }
    d->attrLines << attrs + QLatin1Char(')');
    if (frame.outgoing && isRequest(frame))
        d->attrLines << QStringLiteral("; Open new stream");
    else if (!frame.outgoing && isResponse(frame))
        d->attrLines << (frame.streamId % 2 ? QStringLiteral("; First response header")
                                            : QStringLiteral("; First push response header"));
    if (pad >= 0 && frame.length >= used)
        paddingFits(frame, pad, used, d);
    addFields(frame, d);
    if (frame.fields.isEmpty() && pad >= 0 && quint64(used) + quint64(pad) <= frame.length)
        d->summary << QStringLiteral("header_block_length=%1").arg(frame.length - used - pad);
}

void decodePriority(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length != 5)
        return requireLength(frame, 5, d);
    if (!r.has(5))
        return;
    const quint32 dep = r.read(4);
    const quint32 weight = r.read(1) + 1;
    const int exclusive = (dep & ~streamMask) ? 1 : 0;
    d->summary << QStringLiteral("dep_stream_id=%1 weight=%2 exclusive=%3")
                      .arg(dep & streamMask)
                      .arg(weight)
                      .arg(exclusive);
    d->attrLines << QStringLiteral("(dep_stream_id=%1, weight=%2, exclusive=%3)")
                        .arg(dep & streamMask)
                        .arg(weight)
                        .arg(exclusive);
}

QString codeText(quint32 code)
{
    return nameWithCode(errorCodeName(code), code);
}

void decodeRstStream(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length != 4)
        return requireLength(frame, 4, d);
    if (!r.has(4))
        return;
    const QString code = codeText(r.read(4));
    d->summary << QStringLiteral("error_code=") + code;
    d->attrLines << QStringLiteral("(error_code=%1)").arg(code);
}

void checkSetting(const Http2Frame &frame, quint16 id, quint32 value, Decoded *d)
{
    const QString where = QStringLiteral("RFC 9113 §6.5.2");
    switch (id) {
    case 0x2:
        if (value > 1)
            d->problems << QStringLiteral("SETTINGS_ENABLE_PUSH must be 0 or 1 (%1)").arg(where);
        else if (value == 1 && !frame.outgoing)
            d->problems << QStringLiteral("a server must not set SETTINGS_ENABLE_PUSH to 1 (%1)")
                               .arg(where);
        break;
    case 0x4:
        if (value > streamMask)
            d->problems
                << QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1 (%1)").arg(where);
        break;
    case 0x5:
        if (value < 16384 || value > 16777215)
            d->problems << QStringLiteral("SETTINGS_MAX_FRAME_SIZE outside 16384..16777215 (%1)")
                               .arg(where);
        break;
    case 0x8:
        if (value > 1)
            d->problems << QStringLiteral(
                "SETTINGS_ENABLE_CONNECT_PROTOCOL must be 0 or 1 (RFC 8441 §3)");
        break;
    default:
        break;
    }
}

void decodeSettings(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.flags & flagAck) {
        d->summary << QStringLiteral("ACK");
        d->attrLines << QStringLiteral("(niv=0)");
        if (frame.length != 0)
            d->problems << QStringLiteral("a SETTINGS ACK must be empty, this one has %1 bytes "
                                          "(%2)")
                               .arg(frame.length)
                               .arg(section(frame.type));
        return;
    }
    const quint32 count = frame.length / 6;
    d->attrLines << QStringLiteral("(niv=%1)").arg(count);
    QStringList values;
    for (quint32 i = 0; i < count && r.has(6); ++i) {
        const auto id = quint16(r.read(2));
        const quint32 value = r.read(4);
        const QString text =
            QStringLiteral("%1:%2").arg(nameWithCode(settingName(id), id)).arg(value);
        values << text;
        d->attrLines << QLatin1Char('[') + text + QLatin1Char(']');
        checkSetting(frame, id, value, d);
    }
    d->summary << (count == 0 ? QStringLiteral("no parameters")
                              : values.join(QStringLiteral(", ")));
    if (frame.length % 6)
        d->problems << QStringLiteral("the length %1 is not a multiple of 6 (%2)")
                           .arg(frame.length)
                           .arg(section(frame.type));
}

void decodePushPromise(const Http2Frame &frame, Reader &r, Decoded *d)
{
    const int pad = readPadLength(frame, r, d);
    if (pad < 0)
        return;
    const quint32 used = ((frame.flags & flagPadded) ? 1 : 0) + 4;
    if (frame.length < used) {
        d->problems
            << QStringLiteral("no room for the promised stream id (%1)").arg(section(frame.type));
        return;
    }
    if (!r.has(4))
        return;
    const quint32 promised = r.read(4) & streamMask;
    d->summary << QStringLiteral("promised_stream_id=%1").arg(promised);
    if (frame.flags & flagPadded)
        d->summary << QStringLiteral("padding=%1").arg(pad);
    d->attrLines << QStringLiteral("(padlen=%1, promised_stream_id=%2)")
                        .arg(pad > 0 ? pad + 1 : 0)
                        .arg(promised);
    if (promised == 0 || promised % 2)
        d->problems << QStringLiteral("a promised stream id must be even and not 0 (RFC 9113 "
                                      "§5.1.1)");
    paddingFits(frame, pad, used, d);
    addFields(frame, d);
}

void decodePing(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length != 8)
        return requireLength(frame, 8, d);
    if (!r.has(8))
        return;
    const QString data = QString::fromLatin1(r.take(8).toByteArray().toHex());
    d->summary << QStringLiteral("opaque_data=") + data;
    d->attrLines << QStringLiteral("(opaque_data=%1)").arg(data);
}

void decodeGoAway(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length < 8) {
        d->problems << QStringLiteral("the GOAWAY payload is %1 bytes; %2 requires at least 8")
                           .arg(frame.length)
                           .arg(section(frame.type));
        return;
    }
    if (!r.has(8))
        return;
    const quint32 last = r.read(4) & streamMask;
    const QString code = codeText(r.read(4));
    const QByteArrayView debug = r.take(r.remaining());
    d->summary << QStringLiteral("last_stream_id=%1").arg(last)
               << QStringLiteral("error_code=") + code;
    if (!debug.isEmpty()) {
        const bool cut = debug.size() > maxDetailDebugBytes;
        d->summary << QStringLiteral("opaque_data=[%1%2]")
                          .arg(asciiDump(debug.first(cut ? maxDetailDebugBytes : debug.size())),
                               cut ? QStringLiteral("…") : QString());
    }
    d->attrLines << QStringLiteral("(last_stream_id=%1, error_code=%2, opaque_data(%3)=[%4])")
                        .arg(last)
                        .arg(code)
                        .arg(frame.length - 8)
                        .arg(asciiDump(debug));
}

void decodeWindowUpdate(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length != 4)
        return requireLength(frame, 4, d);
    if (!r.has(4))
        return;
    const quint32 increment = r.read(4) & streamMask;
    d->summary << QStringLiteral("window_size_increment=%1").arg(increment);
    d->attrLines << QStringLiteral("(window_size_increment=%1)").arg(increment);
    if (increment == 0)
        d->problems << QStringLiteral("an increment of 0 is a PROTOCOL_ERROR (%1)")
                           .arg(section(frame.type));
}

void decodeContinuation(const Http2Frame &frame, Decoded *d)
{
    addFields(frame, d);
    if (frame.fields.isEmpty())
        d->summary << QStringLiteral("header_block_length=%1").arg(frame.length);
}

// RFC 7838 §4: Origin-Len (16), Origin, Alt-Svc-Field-Value.
void decodeAltSvc(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length < 2) {
        d->problems << QStringLiteral("an ALTSVC payload needs at least 2 bytes (RFC 7838 §4)");
        return;
    }
    if (!r.has(2))
        return;
    const quint32 originLength = r.read(2);
    if (originLength > frame.length - 2) {
        d->problems << QStringLiteral("the origin length %1 exceeds the payload (RFC 7838 §4)")
                           .arg(originLength);
        return;
    }
    if (!r.has(originLength))
        return;
    const QString origin = printable(r.take(originLength));
    const QString value = printable(r.take(r.remaining()));
    d->summary << QStringLiteral("origin=[%1] altsvc_field_value=[%2]").arg(origin, value);
    d->attrLines << QStringLiteral("(origin=[%1], altsvc_field_value=[%2])").arg(origin, value);
}

// RFC 8336 §2: a sequence of Origin-Len (16), ASCII-Origin.
void decodeOrigin(const Http2Frame &frame, Reader &r, Decoded *d)
{
    QStringList origins;
    quint32 offset = 0;
    while (offset < frame.length) {
        if (frame.length - offset < 2) {
            d->problems << QStringLiteral("a stray byte after the origins (RFC 8336 §2)");
            break;
        }
        if (!r.has(2))
            break;
        const quint32 length = r.read(2);
        offset += 2;
        if (length > frame.length - offset) {
            d->problems << QStringLiteral("the origin length %1 exceeds the payload (RFC 8336 §2)")
                               .arg(length);
            break;
        }
        if (!r.has(length))
            break;
        const QString origin = printable(r.take(length));
        offset += length;
        origins << origin;
        d->attrLines << QLatin1Char('[') + origin + QLatin1Char(']');
    }
    d->summary << (origins.isEmpty() ? QStringLiteral("no origins")
                                     : origins.join(QStringLiteral(", ")));
}

// RFC 9218 §7.1: Prioritized Stream ID (31), Priority Field Value.
void decodePriorityUpdate(const Http2Frame &frame, Reader &r, Decoded *d)
{
    if (frame.length < 4) {
        d->problems << QStringLiteral("a PRIORITY_UPDATE payload needs at least 4 bytes (RFC 9218 "
                                      "§7.1)");
        return;
    }
    if (!r.has(4))
        return;
    const quint32 stream = r.read(4) & streamMask;
    const QString value = printable(r.take(r.remaining()));
    d->summary << QStringLiteral("prioritized_stream_id=%1 priority_field_value=[%2]")
                      .arg(stream)
                      .arg(value);
    d->attrLines << QStringLiteral("(prioritized_stream_id=%1, priority_field_value=[%2])")
                        .arg(stream)
                        .arg(value);
}

Decoded decode(const Http2Frame &frame)
{
    Decoded d;
    const QByteArrayView payload = payloadOf(frame);
    Reader r(payload);
    switch (frame.type) {
    case quint8(Http2FrameType::Data):
        decodeData(frame, r, &d);
        break;
    case quint8(Http2FrameType::Headers):
        decodeHeaders(frame, r, &d);
        break;
    case quint8(Http2FrameType::Priority):
        decodePriority(frame, r, &d);
        break;
    case quint8(Http2FrameType::RstStream):
        decodeRstStream(frame, r, &d);
        break;
    case quint8(Http2FrameType::Settings):
        decodeSettings(frame, r, &d);
        break;
    case quint8(Http2FrameType::PushPromise):
        decodePushPromise(frame, r, &d);
        break;
    case quint8(Http2FrameType::Ping):
        decodePing(frame, r, &d);
        break;
    case quint8(Http2FrameType::GoAway):
        decodeGoAway(frame, r, &d);
        break;
    case quint8(Http2FrameType::WindowUpdate):
        decodeWindowUpdate(frame, r, &d);
        break;
    case quint8(Http2FrameType::Continuation):
        decodeContinuation(frame, &d);
        break;
    case quint8(Http2FrameType::AltSvc):
        decodeAltSvc(frame, r, &d);
        break;
    case quint8(Http2FrameType::Origin):
        decodeOrigin(frame, r, &d);
        break;
    case priorityUpdateType:
        decodePriorityUpdate(frame, r, &d);
        break;
    default:
        d.summary << QStringLiteral("unknown frame type, ignored (RFC 9113 §5.5)");
        break;
    }
    checkStream(frame, &d);
    // A DATA frame may be kept truncated; any other shortfall means the bytes were cut.
    if (payload.size() < qsizetype(frame.length) && (!frame.truncated || payload.isEmpty()))
        d.problems << missing(frame, payload.size());
    return d;
}

QString timer(qint64 atUs)
{
    const qint64 ms = atUs / 1000;
    const qint64 magnitude = ms < 0 ? -ms : ms;
    const QString text = QStringLiteral("%1%2.%3")
                             .arg(ms < 0 ? QStringLiteral("-") : QString())
                             .arg(magnitude / 1000)
                             .arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
    return QStringLiteral("[%1]").arg(text, 7);
}

} // namespace

QString typeName(quint8 type)
{
    switch (type) {
    case quint8(Http2FrameType::Data):
        return QStringLiteral("DATA");
    case quint8(Http2FrameType::Headers):
        return QStringLiteral("HEADERS");
    case quint8(Http2FrameType::Priority):
        return QStringLiteral("PRIORITY");
    case quint8(Http2FrameType::RstStream):
        return QStringLiteral("RST_STREAM");
    case quint8(Http2FrameType::Settings):
        return QStringLiteral("SETTINGS");
    case quint8(Http2FrameType::PushPromise):
        return QStringLiteral("PUSH_PROMISE");
    case quint8(Http2FrameType::Ping):
        return QStringLiteral("PING");
    case quint8(Http2FrameType::GoAway):
        return QStringLiteral("GOAWAY");
    case quint8(Http2FrameType::WindowUpdate):
        return QStringLiteral("WINDOW_UPDATE");
    case quint8(Http2FrameType::Continuation):
        return QStringLiteral("CONTINUATION");
    case quint8(Http2FrameType::AltSvc):
        return QStringLiteral("ALTSVC");
    case quint8(Http2FrameType::Origin):
        return QStringLiteral("ORIGIN");
    case priorityUpdateType:
        return QStringLiteral("PRIORITY_UPDATE");
    default:
        return QStringLiteral("UNKNOWN(%1)").arg(hex2(type));
    }
}

QString flagNames(quint8 type, quint8 flags)
{
    struct Flag
    {
        quint8 bit;
        const char *name;
    };
    static const Flag data[] = {{flagEndStream, "END_STREAM"}, {flagPadded, "PADDED"}};
    static const Flag headers[] = {{flagEndStream, "END_STREAM"},
                                   {flagEndHeaders, "END_HEADERS"},
                                   {flagPadded, "PADDED"},
                                   {flagPriority, "PRIORITY"}};
    static const Flag ack[] = {{flagAck, "ACK"}};
    static const Flag pushPromise[] = {{flagEndHeaders, "END_HEADERS"}, {flagPadded, "PADDED"}};
    static const Flag continuation[] = {{flagEndHeaders, "END_HEADERS"}};
    QList<Flag> known;
    switch (type) {
    case quint8(Http2FrameType::Data):
        known = {std::begin(data), std::end(data)};
        break;
    case quint8(Http2FrameType::Headers):
        known = {std::begin(headers), std::end(headers)};
        break;
    case quint8(Http2FrameType::Settings):
    case quint8(Http2FrameType::Ping):
        known = {std::begin(ack), std::end(ack)};
        break;
    case quint8(Http2FrameType::PushPromise):
        known = {std::begin(pushPromise), std::end(pushPromise)};
        break;
    case quint8(Http2FrameType::Continuation):
        known = {std::begin(continuation), std::end(continuation)};
        break;
    default:
        break;
    }
    QStringList names;
    quint8 rest = flags;
    for (const Flag &flag : std::as_const(known)) {
        if (flags & flag.bit) {
            names << QLatin1String(flag.name);
            rest &= quint8(~flag.bit);
        }
    }
    // Bits the type does not define (RFC 9113 §4.1: ignored on receipt) stay visible.
    if (rest)
        names << hex2(rest);
    return names.join(QStringLiteral(" | "));
}

QString errorCodeName(quint32 code)
{
    static const char *const names[] = {
        "NO_ERROR",
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
        "HTTP_1_1_REQUIRED",
    };
    if (code < std::size(names))
        return QLatin1String(names[code]);
    return QStringLiteral("UNKNOWN(%1)").arg(hex2(code));
}

QString settingName(quint16 id)
{
    switch (id) {
    case 0x1:
        return QStringLiteral("SETTINGS_HEADER_TABLE_SIZE");
    case 0x2:
        return QStringLiteral("SETTINGS_ENABLE_PUSH");
    case 0x3:
        return QStringLiteral("SETTINGS_MAX_CONCURRENT_STREAMS");
    case 0x4:
        return QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE");
    case 0x5:
        return QStringLiteral("SETTINGS_MAX_FRAME_SIZE");
    case 0x6:
        return QStringLiteral("SETTINGS_MAX_HEADER_LIST_SIZE");
    case 0x8:
        return QStringLiteral("SETTINGS_ENABLE_CONNECT_PROTOCOL"); // RFC 8441
    case 0x9:
        return QStringLiteral("SETTINGS_NO_RFC7540_PRIORITIES"); // RFC 9218
    default:
        return QStringLiteral("UNKNOWN(%1)").arg(hex2(id));
    }
}

QString detail(const Http2Frame &frame)
{
    const Decoded d = decode(frame);
    QString text = d.summary.join(QLatin1Char(' '));
    if (!d.fields.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral(" · ");
        text += d.fields.join(QStringLiteral(" · "));
    }
    if (!d.problems.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QStringLiteral("malformed: ") + d.problems.join(QStringLiteral("; "));
    }
    return text;
}

QString problem(const Http2Frame &frame)
{
    return decode(frame).problems.join(QStringLiteral("; "));
}

// nghttp prints the header fields it receives as they are decoded, before the frame that
// carried them; the HEADERS category line is inferred from the fields (a request for a sent
// HEADERS, :status for a received one), which reads the final response after a 1xx as a
// "First response header" too. No trailing newline.
QString nghttpStyle(const Http2Frame &frame)
{
    const Decoded d = decode(frame);
    const QString time = timer(frame.atUs);
    const bool headerBlock = frame.type == quint8(Http2FrameType::Headers) ||
                             frame.type == quint8(Http2FrameType::PushPromise);
    QStringList lines;
    if (!frame.outgoing && headerBlock) {
        for (const WireHeader &h : frame.fields)
            lines << QStringLiteral("%1 recv (stream_id=%2) %3: %4")
                         .arg(time)
                         .arg(frame.streamId)
                         .arg(printable(h.name), printable(h.value));
    }
    lines << QStringLiteral("%1 %2 %3 frame <length=%4, flags=%5, stream_id=%6>")
                 .arg(time, frame.outgoing ? QStringLiteral("send") : QStringLiteral("recv"),
                      typeName(frame.type))
                 .arg(frame.length)
                 .arg(hex2(frame.flags))
                 .arg(frame.streamId);
    if (frame.flags)
        lines << indent + QStringLiteral("; ") + flagNames(frame.type, frame.flags);
    for (const QString &line : d.attrLines)
        lines << indent + line;
    if (frame.outgoing && headerBlock) {
        for (const QString &field : d.fields)
            lines << indent + field;
    }
    if (!d.problems.isEmpty())
        lines << indent + QStringLiteral("; malformed: ") + d.problems.join(QStringLiteral("; "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace wb::http::Http2FrameText
