#include "ui/response/spanhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace wb::ui {

SpanHighlighter::SpanHighlighter(Syntax syntax, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_syntax(syntax)
{}

void SpanHighlighter::setSyntax(Syntax syntax)
{
    if (m_syntax == syntax)
        return;
    m_syntax = syntax;
    rehighlight();
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    // The document's editor carries the palette; fall back to the application's.
    QPalette pal = QApplication::palette();
    if (auto *editor = qobject_cast<QPlainTextEdit *>(document()->parent()))
        pal = editor->palette();
    for (const SyntaxSpan &span : syntaxSpans(m_syntax, text)) {
        QTextCharFormat format;
        format.setForeground(themecolors::color(pal, span.role));
        if (span.role == themecolors::Role::Key || span.role == themecolors::Role::Tag)
            format.setFontWeight(QFont::DemiBold);
        setFormat(span.start, span.length, format);
    }
    if (m_overlay) {
        for (const QTextLayout::FormatRange &range : m_overlay(text))
            setFormat(range.start, range.length, range.format);
    }
}

void SpanHighlighter::setOverlay(Overlay overlay)
{
    m_overlay = std::move(overlay);
    rehighlight();
}

} // namespace wb::ui
