// Fuzzes the text of HTTP/2 frames (the Frames view and `wirebench-cli send -v`). The first byte
// chooses the mode (bit 0 sent by Wirebench, bit 1 marked truncated, bit 2 with a decoded header
// list made of the payload's NUL-separated names and values); the rest is frames as on the wire,
// the last one possibly cut short. Whatever the bytes, nothing is read past a frame's end, the
// one-line detail stays on one line, and no control character reaches the text.

#include "core/http/http2frametext.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::http;
namespace Text = wb::http::Http2FrameText;

namespace {

void checkText(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && !(multiLine && c == QLatin1Char('\n')))
            std::abort();
    }
}

QList<WireHeader> fieldsOf(const QByteArray &payload)
{
    QList<WireHeader> fields;
    const QList<QByteArray> parts = payload.split('\0');
    for (qsizetype i = 0; i + 1 < parts.size() && fields.size() < 64; i += 2)
        fields.append({parts.at(i), parts.at(i + 1)});
    return fields;
}

void check(const Http2Frame &frame)
{
    const QString detail = Text::detail(frame);
    const QString problem = Text::problem(frame);
    const QString nghttp = Text::nghttpStyle(frame);
    checkText(detail, false);
    checkText(nghttp, true);
    if (!problem.isEmpty() && !detail.endsWith(QStringLiteral("malformed: ") + problem))
        std::abort();
    if (!nghttp.contains(Text::typeName(frame.type) + QStringLiteral(" frame <length=")))
        std::abort();
    for (const QString &line : nghttp.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('[')) && !line.startsWith(QStringLiteral("          ")))
            std::abort();
    }
    if (Text::typeName(frame.type).isEmpty())
        std::abort();
    checkText(Text::flagNames(frame.type, frame.flags), false);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 mode = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    qsizetype pos = 0;
    for (int n = 0; n < 256 && pos < input.size(); ++n) {
        const auto b = [&](qsizetype i) {
            return pos + i < input.size() ? quint32(quint8(input.at(pos + i))) : 0u;
        };
        Http2Frame frame;
        frame.length = (b(0) << 16) | (b(1) << 8) | b(2);
        frame.type = quint8(b(3));
        frame.flags = quint8(b(4));
        frame.streamId = ((b(5) << 24) | (b(6) << 16) | (b(7) << 8) | b(8)) & 0x7fffffff;
        frame.outgoing = mode & 1;
        frame.truncated = mode & 2;
        frame.atUs = qint64(n) * 1000 - 500;
        const qsizetype take = qMin<qsizetype>(9 + qsizetype(frame.length), input.size() - pos);
        // A deep copy, so that a read past the frame's bytes is a read past an allocation.
        frame.bytes = QByteArray(input.constData() + pos, take);
        if (mode & 4)
            frame.fields = fieldsOf(frame.bytes.mid(9));
        check(frame);
        pos += take;
    }
    // Every name function takes any value.
    quint32 code = 0;
    for (qsizetype i = 0; i < qMin<qsizetype>(4, input.size()); ++i)
        code = (code << 8) | quint8(input.at(i));
    checkText(Text::errorCodeName(code), false);
    checkText(Text::settingName(quint16(code)), false);
    return 0;
}
