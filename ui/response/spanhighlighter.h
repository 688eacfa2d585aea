#pragma once

#include "ui/response/syntaxspans.h"

#include <QSyntaxHighlighter>
#include <QTextLayout>

#include <functional>

namespace wb::ui {

// Highlights JSON or XML/HTML in a QTextDocument with palette-derived colours.
class SpanHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpanHighlighter(Syntax syntax, QTextDocument *document);

    void setSyntax(Syntax syntax);
    Syntax syntax() const { return m_syntax; }
    // Formats laid over the syntax colours of each block (e.g. {{variables}} in a request body).
    using Overlay = std::function<QList<QTextLayout::FormatRange>(const QString &block)>;
    void setOverlay(Overlay overlay);

protected:
    void highlightBlock(const QString &text) override;

private:
    Syntax m_syntax;
    Overlay m_overlay;
};

} // namespace wb::ui
