#pragma once

#include "ui/response/syntaxspans.h"

#include <QSyntaxHighlighter>

namespace wb::ui {

// Highlights JSON or XML/HTML in a QTextDocument with palette-derived colours.
class SpanHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpanHighlighter(Syntax syntax, QTextDocument *document);

    void setSyntax(Syntax syntax);
    Syntax syntax() const { return m_syntax; }

protected:
    void highlightBlock(const QString &text) override;

private:
    Syntax m_syntax;
};

} // namespace wb::ui
