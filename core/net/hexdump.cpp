#include "core/net/hexdump.h"

namespace wb::net {

QByteArray HexDump::format(const QByteArray &bytes, qint64 startOffset)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve((bytes.size() / 16 + 1) * 78);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out.append(QByteArray::number(startOffset + line, 16).rightJustified(8, '0'));
        out.append("  ");
        const qsizetype count = qMin<qsizetype>(16, bytes.size() - line);
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < count) {
                const auto b = static_cast<unsigned char>(bytes.at(line + i));
                out.append(digits[b >> 4]);
                out.append(digits[b & 0xf]);
                out.append(' ');
            } else {
                out.append("   ");
            }
            if (i == 7)
                out.append(' ');
        }
        out.append(" |");
        for (qsizetype i = 0; i < count; ++i) {
            const char c = bytes.at(line + i);
            out.append(c >= 0x20 && c < 0x7f ? c : '.');
        }
        out.append("|\n");
    }
    return out;
}

} // namespace wb::net
