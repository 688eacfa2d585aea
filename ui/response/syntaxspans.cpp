#include "ui/response/syntaxspans.h"

namespace wb::ui {

using themecolors::Role;

static QList<SyntaxSpan> jsonSpans(const QString &line)
{
    QList<SyntaxSpan> spans;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n && line.at(j) != QLatin1Char('"'))
                j += line.at(j) == QLatin1Char('\\') ? 2 : 1;
            j = qMin(j + 1, n);
            int k = j;
            while (k < n && line.at(k).isSpace())
                ++k;
            const bool isKey = k < n && line.at(k) == QLatin1Char(':');
            spans.append({i, j - i, isKey ? Role::Key : Role::String});
            i = j;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            int j = i + 1;
            while (j < n && (line.at(j).isDigit() || QStringLiteral(".eE+-").contains(line.at(j))))
                ++j;
            spans.append({i, j - i, Role::Number});
            i = j;
        } else if (c.isLetter()) {
            int j = i + 1;
            while (j < n && line.at(j).isLetter())
                ++j;
            spans.append({i, j - i, Role::Keyword});
            i = j;
        } else if (QStringLiteral("{}[],:").contains(c)) {
            spans.append({i, 1, Role::Punctuation});
            ++i;
        } else {
            ++i;
        }
    }
    return spans;
}

static QList<SyntaxSpan> xmlSpans(const QString &line)
{
    QList<SyntaxSpan> spans;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        if (line.mid(i, 4) == QLatin1String("<!--")) {
            int end = int(line.indexOf(QLatin1String("-->"), i + 4));
            end = end < 0 ? n : end + 3;
            spans.append({i, end - i, Role::Comment});
            i = end;
        } else if (line.at(i) == QLatin1Char('<')) {
            int j = i + 1;
            while (j < n && !line.at(j).isSpace() && line.at(j) != QLatin1Char('>'))
                ++j;
            spans.append({i, j - i, Role::Tag});
            // attributes up to the closing '>'
            while (j < n && line.at(j) != QLatin1Char('>')) {
                if (line.at(j) == QLatin1Char('"') || line.at(j) == QLatin1Char('\'')) {
                    const QChar quote = line.at(j);
                    int k = int(line.indexOf(quote, j + 1));
                    k = k < 0 ? n : k + 1;
                    spans.append({j, k - j, Role::String});
                    j = k;
                } else if (line.at(j).isLetter()) {
                    int k = j;
                    while (k < n && !line.at(k).isSpace() && line.at(k) != QLatin1Char('=') &&
                           line.at(k) != QLatin1Char('>'))
                        ++k;
                    spans.append({j, k - j, Role::Attribute});
                    j = k;
                } else {
                    ++j;
                }
            }
            if (j < n) {
                spans.append({j, 1, Role::Tag});
                ++j;
            }
            i = j;
        } else {
            ++i;
        }
    }
    return spans;
}

QList<SyntaxSpan> syntaxSpans(Syntax syntax, const QString &line)
{
    switch (syntax) {
    case Syntax::Json:
        return jsonSpans(line);
    case Syntax::Xml:
        return xmlSpans(line);
    case Syntax::Plain:
        break;
    }
    return {};
}

} // namespace wb::ui
