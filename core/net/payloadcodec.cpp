#include "core/net/payloadcodec.h"

#include <QCoreApplication>

namespace wb::net {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

Error escapeError(qsizetype position, const QString &what)
{
    return makeError(ErrorCategory::InvalidInput,
                     QCoreApplication::translate("wb::net",
                                                 "Invalid escape at character %1: %2. Write \\\\ "
                                                 "for a backslash, or switch to hex mode.")
                         .arg(position + 1)
                         .arg(what));
}

} // namespace

Result<QByteArray> PayloadCodec::decodeEscapedText(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype literalStart = 0;
    auto flushLiteral = [&](qsizetype end) {
        if (end > literalStart)
            out.append(QStringView(text).mid(literalStart, end - literalStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\\'))
            continue;
        flushLiteral(i);
        if (i + 1 >= text.size())
            return escapeError(i, QCoreApplication::translate("wb::net", "a lone backslash at the end"));
        const QChar kind = text.at(i + 1);
        qsizetype consumed = 2;
        switch (kind.unicode()) {
        case 'r': out.append('\r'); break;
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case '0': out.append('\0'); break;
        case '\\': out.append('\\'); break;
        case 'x': {
            const int hi = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            const int lo = i + 3 < text.size() ? hexValue(text.at(i + 3)) : -1;
            if (hi < 0 || lo < 0)
                return escapeError(i, QCoreApplication::translate("wb::net", "\\x needs two hex digits"));
            out.append(char(hi * 16 + lo));
            consumed = 4;
            break;
        }
        default:
            return escapeError(
                i, QCoreApplication::translate("wb::net", "unknown escape \\%1").arg(kind));
        }
        i += consumed - 1;
        literalStart = i + 1;
    }
    flushLiteral(text.size());
    return out;
}

Result<QByteArray> PayloadCodec::decodeHex(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    int pending = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-')) {
            if (pending >= 0) {
                return makeError(ErrorCategory::InvalidInput,
                                 QCoreApplication::translate(
                                     "wb::net", "Hex digits must come in pairs; character %1 "
                                                "splits a pair. Add the missing digit.")
                                     .arg(i + 1));
            }
            continue;
        }
        if (pending < 0 && c == QLatin1Char('0') && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            ++i;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0) {
            return makeError(ErrorCategory::InvalidInput,
                             QCoreApplication::translate(
                                 "wb::net", "Character %1 (%2) is not a hex digit. Use 0-9 and "
                                            "a-f, or switch to text mode.")
                                 .arg(i + 1)
                                 .arg(c));
        }
        if (pending < 0) {
            pending = v;
        } else {
            out.append(char(pending * 16 + v));
            pending = -1;
        }
    }
    if (pending >= 0) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::net", "The hex text ends with half a "
                                                                "byte. Add the missing digit."));
    }
    return out;
}

QString PayloadCodec::encodeEscapedText(const QByteArray &bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        switch (b) {
        case '\r': out += QStringLiteral("\\r"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        default:
            if (b >= 0x20 && b < 0x7f) {
                out += QLatin1Char(char(b));
            } else {
                out += QStringLiteral("\\x");
                out += QLatin1Char(digits[b >> 4]);
                out += QLatin1Char(digits[b & 0xf]);
            }
        }
    }
    return out;
}

QString PayloadCodec::encodeHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace wb::net
