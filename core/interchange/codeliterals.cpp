#include "core/interchange/codeliterals.h"

#include <QList>
#include <QStringDecoder>

namespace wb::interchange {

namespace {

QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

// Escapes shared by the C family: returns true and appends when `c` has a short escape.
bool shortEscape(char16_t c, QString &out)
{
    switch (c) {
    case '\\':
        out += QStringLiteral("\\\\");
        return true;
    case '"':
        out += QStringLiteral("\\\"");
        return true;
    case '\n':
        out += QStringLiteral("\\n");
        return true;
    case '\r':
        out += QStringLiteral("\\r");
        return true;
    case '\t':
        out += QStringLiteral("\\t");
        return true;
    default:
        return false;
    }
}

// Escapes everything outside printable ASCII as \uXXXX (UTF-16 units, as JS and C# read them).
QString utf16Literal(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (shortEscape(c, out))
            continue;
        if (c < 0x20 || c >= 0x7f)
            out += QStringLiteral("\\u") + hex(c, 4);
        else
            out += ch;
    }
    return out + QLatin1Char('"');
}

} // namespace

bool CodeLiterals::isText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

QString CodeLiterals::python(const QString &text)
{
    QString out = QStringLiteral("\"");
    const QList<uint> points = text.toUcs4();
    for (const uint c : points) {
        if (c < 0x80 && shortEscape(char16_t(c), out))
            continue;
        if (c < 0x20 || c == 0x7f)
            out += QStringLiteral("\\x") + hex(c, 2);
        else if (c < 0x7f)
            out += QChar(char16_t(c));
        else if (c <= 0xffff)
            out += QStringLiteral("\\u") + hex(c, 4);
        else
            out += QStringLiteral("\\U") + hex(c, 8);
    }
    return out + QLatin1Char('"');
}

QString CodeLiterals::pythonBytes(const QByteArray &bytes)
{
    QString out = QStringLiteral("b\"");
    for (const char b : bytes) {
        const uchar c = uchar(b);
        if (shortEscape(c, out))
            continue;
        if (c < 0x20 || c >= 0x7f)
            out += QStringLiteral("\\x") + hex(c, 2);
        else
            out += QLatin1Char(b);
    }
    return out + QLatin1Char('"');
}

QString CodeLiterals::javaScript(const QString &text)
{
    return utf16Literal(text);
}

QString CodeLiterals::cSharp(const QString &text)
{
    return utf16Literal(text);
}

QString CodeLiterals::go(const QByteArray &bytes)
{
    QString out = QStringLiteral("\"");
    for (const char b : bytes) {
        const uchar c = uchar(b);
        if (shortEscape(c, out))
            continue;
        if (c < 0x20 || c >= 0x7f)
            out += QStringLiteral("\\x") + hex(c, 2);
        else
            out += QLatin1Char(b);
    }
    return out + QLatin1Char('"');
}

QString CodeLiterals::cpp(const QByteArray &bytes)
{
    QString out = QStringLiteral("\"");
    for (const char b : bytes) {
        const uchar c = uchar(b);
        if (shortEscape(c, out))
            continue;
        if (c < 0x20 || c >= 0x7f || c == '?') // '?' avoids trigraphs
            out += QLatin1Char('\\') + QStringLiteral("%1").arg(c, 3, 8, QLatin1Char('0'));
        else
            out += QLatin1Char(b);
    }
    return out + QLatin1Char('"');
}

} // namespace wb::interchange
