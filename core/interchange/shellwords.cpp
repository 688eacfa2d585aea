#include "core/interchange/shellwords.h"

#include "core/interchange/jsonsource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace wb::interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::interchange", text);
}

Error unterminated(const QString &text, qsizetype at, const QString &what)
{
    return JsonSource::importError(
        tr("command"),
        QStringLiteral("line ") +
            JsonSource::lineColumn(text.toUtf8(), text.left(at).toUtf8().size())
                .replace(QLatin1Char(':'), QStringLiteral(", column ")),
        what);
}

int hexValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    const QChar l = c.toLower();
    if (l >= QLatin1Char('a') && l <= QLatin1Char('f'))
        return l.unicode() - 'a' + 10;
    return -1;
}

// Decodes the body of $'...' starting at `i` (after the quote); returns false when unterminated.
// Byte escapes (\xHH, \NNN) are collected as UTF-8 bytes, as bash does.
bool ansiC(const QString &text, qsizetype &i, QString &word)
{
    QByteArray pending;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            word += ShellWords::fromBytes(pending);
            pending.clear();
        }
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            flush();
            ++i;
            return true;
        }
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            flush();
            word += c;
            ++i;
            continue;
        }
        const QChar e = text.at(i + 1);
        i += 2;
        const char simple = [&]() -> char {
            switch (e.unicode()) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'a':
                return '\a';
            case 'b':
                return '\b';
            case 'e':
            case 'E':
                return '\x1b';
            case 'f':
                return '\f';
            case 'v':
                return '\v';
            case '\\':
                return '\\';
            case '\'':
                return '\'';
            case '"':
                return '"';
            case '?':
                return '?';
            default:
                return 0;
            }
        }();
        if (simple) {
            flush();
            word += QLatin1Char(simple);
        } else if (e == QLatin1Char('x')) {
            int value = 0, n = 0;
            while (n < 2 && i < text.size() && hexValue(text.at(i)) >= 0)
                value = value * 16 + hexValue(text.at(i++)), ++n;
            if (n == 0) {
                flush();
                word += QStringLiteral("\\x");
            } else {
                pending += char(value);
            }
        } else if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
            int value = e.unicode() - '0', n = 1;
            while (n < 3 && i < text.size() && text.at(i) >= QLatin1Char('0') &&
                   text.at(i) <= QLatin1Char('7'))
                value = value * 8 + (text.at(i++).unicode() - '0'), ++n;
            pending += char(value & 0xff);
        } else if (e == QLatin1Char('u') || e == QLatin1Char('U')) {
            const int max = e == QLatin1Char('u') ? 4 : 8;
            uint value = 0;
            int n = 0;
            while (n < max && i < text.size() && hexValue(text.at(i)) >= 0)
                value = value * 16 + uint(hexValue(text.at(i++))), ++n;
            flush();
            if (n == 0 || value > 0x10ffff)
                word += QLatin1Char('\\') + e;
            else
                word += QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1);
        } else if (e == QLatin1Char('c') && i < text.size()) {
            flush();
            word += QChar(text.at(i++).toUpper().unicode() & 0x1f);
        } else {
            flush();
            word += QLatin1Char('\\') + e;
        }
    }
    return false;
}

// $NAME or ${NAME} at `i`: appends {{NAME}} (a Wirebench variable) and advances; the shell
// would expand it, and Wirebench resolves it from the environment instead.
bool variableReference(const QString &text, qsizetype &i, QString &word)
{
    static const QRegularExpression name(
        QStringLiteral("\\G(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    const auto m = name.match(text, i + 1);
    if (!m.hasMatch())
        return false;
    word += QStringLiteral("{{") + (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)) +
            QStringLiteral("}}");
    i = m.capturedEnd();
    return true;
}

Result<QStringList> splitPosix(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                i += 2; // continuation
                continue;
            }
            if (i + 2 < text.size() && text.at(i + 1) == QLatin1Char('\r') &&
                text.at(i + 2) == QLatin1Char('\n')) {
                i += 3;
                continue;
            }
            if (i + 1 < text.size())
                word += text.at(i + 1);
            i += 2;
            inWord = true;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return unterminated(text, i, tr("a single quote is not closed"));
            word += QStringView(text).mid(i + 1, end - i - 1);
            i = end + 1;
            inWord = true;
        } else if (c == QLatin1Char('$') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\'')) {
            const qsizetype start = i;
            i += 2;
            if (!ansiC(text, i, word))
                return unterminated(text, start, tr("a $'...' quote is not closed"));
            inWord = true;
        } else if (c == QLatin1Char('$') && variableReference(text, i, word)) {
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            const qsizetype start = i++;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('$') && variableReference(text, i, word))
                    continue;
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar e = text.at(i + 1);
                    if (e == QLatin1Char('\n')) {
                        i += 2;
                        continue;
                    }
                    if (e == QLatin1Char('"') || e == QLatin1Char('\\') || e == QLatin1Char('$') ||
                        e == QLatin1Char('`')) {
                        word += e;
                        i += 2;
                        continue;
                    }
                }
                word += d;
                ++i;
            }
            if (!closed)
                return unterminated(text, start, tr("a double quote is not closed"));
            inWord = true;
        } else if (c == QLatin1Char('#') && !inWord) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            ++i;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord)
        words << word;
    return words;
}

// cmd.exe: outside double quotes ^X is X, ^ at the end of a line joins the next line (whose first
// character is then taken literally, so "^\n\n" is a line feed).
QString cmdUnescape(const QString &text)
{
    QString out;
    bool quoted = false; // inside "...", cmd.exe takes ^ literally
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c != QLatin1Char('^') || quoted || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        ++i;
        if (text.at(i) == QLatin1Char('\r') && i + 1 < text.size() &&
            text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        if (text.at(i) == QLatin1Char('\n')) {
            if (i + 1 < text.size()) {
                ++i;
                if (text.at(i) == QLatin1Char('\r') && i + 1 < text.size() &&
                    text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                out += text.at(i);
            }
            continue;
        }
        out += text.at(i);
    }
    return out;
}

// The Microsoft C runtime's argument rules: 2n backslashes before a quote give n and toggle
// quoting, 2n+1 give n and a literal quote; "" inside quotes is a literal quote.
Result<QStringList> splitCrt(const QString &original, const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false, quoted = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            qsizetype n = 0;
            while (i < text.size() && text.at(i) == QLatin1Char('\\'))
                ++n, ++i;
            if (i < text.size() && text.at(i) == QLatin1Char('"')) {
                word += QString(n / 2, QLatin1Char('\\'));
                if (n % 2) {
                    word += QLatin1Char('"');
                    ++i;
                }
            } else {
                word += QString(n, QLatin1Char('\\'));
            }
            inWord = true;
        } else if (c == QLatin1Char('$') && variableReference(text, i, word)) {
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                word += QLatin1Char('"');
                i += 2;
            } else {
                quoted = !quoted;
                ++i;
            }
            inWord = true;
        } else if (!quoted && c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            ++i;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (quoted)
        return unterminated(original, original.size(), tr("a double quote is not closed"));
    if (inWord)
        words << word;
    return words;
}

} // namespace

QString ShellWords::fromBytes(const QByteArray &bytes)
{
    QString out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar lead = uchar(bytes.at(i));
        const int length = lead < 0x80           ? 1
                           : (lead >> 5) == 0x6  ? 2
                           : (lead >> 4) == 0xe  ? 3
                           : (lead >> 3) == 0x1e ? 4
                                                 : 0;
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k)
            valid = (uchar(bytes.at(i + k)) & 0xc0) == 0x80;
        if (valid) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder.decode(bytes.mid(i, length));
            if (!decoder.hasError()) {
                out += decoded;
                i += length;
                continue;
            }
        }
        out += QChar(0xdc00 + lead);
        ++i;
    }
    return out;
}

QByteArray ShellWords::toBytes(const QString &word)
{
    QByteArray out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word.at(i).unicode();
        const bool escaped =
            u >= 0xdc80 && u <= 0xdcff && (i == 0 || !word.at(i - 1).isHighSurrogate());
        if (escaped) {
            out += word.mid(start, i - start).toUtf8();
            out += char(u - 0xdc00);
            start = i + 1;
        }
    }
    out += word.mid(start).toUtf8();
    return out;
}

ShellWords::Dialect ShellWords::detect(const QString &text)
{
    static const QRegularExpression caretEnd(QStringLiteral("\\^\\r?\\n"));
    static const QRegularExpression backslashEnd(QStringLiteral("\\\\\\r?\\n"));
    if (text.contains(caretEnd) && !text.contains(backslashEnd))
        return Dialect::WindowsCmd;
    if (text.trimmed().startsWith(QLatin1String("curl ^\"")))
        return Dialect::WindowsCmd;
    return Dialect::Posix;
}

Result<QStringList> ShellWords::split(const QString &text, Dialect dialect)
{
    if (dialect == Dialect::Auto)
        dialect = detect(text);
    if (dialect == Dialect::WindowsCmd)
        return splitCrt(text, cmdUnescape(text));
    return splitPosix(text);
}

QString ShellWords::quote(const QString &word)
{
    // \z, not $: $ also matches before a final line feed, which must be quoted.
    static const QRegularExpression safe(QStringLiteral("\\A[A-Za-z0-9_@%+=:,./-]+\\z"));
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    bool control = false;
    for (const QChar c : word)
        control |= c.unicode() < 0x20 || c.unicode() == 0x7f;
    if (!control) {
        QString out = word;
        out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + out + QLatin1Char('\'');
    }
    QString out = QStringLiteral("$'");
    for (const QChar c : word) {
        switch (c.unicode()) {
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\'':
            out += QStringLiteral("\\'");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('\'');
}

} // namespace wb::interchange
