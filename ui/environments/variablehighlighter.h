#pragma once

#include "core/workspace/variableresolver.h"

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextLayout>

#include <functional>
#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTextEdit;

namespace wb::ui {

// Marks {{variables}} in an editor: known ones in one colour, unresolved ones in red with a wavy
// underline; hovering a reference shows its resolved value (secret values masked) and scope.
// Attach it from outside to a QLineEdit, QPlainTextEdit or QTextEdit; it lives as long as the
// editor. A QLineEdit has no document: the highlighter works on a hidden one and hands the
// formats to the line edit.
class VariableHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using Lookup = std::function<std::optional<workspace::Substitution>(const QString &name)>;

    explicit VariableHighlighter(QTextDocument *document);

    static VariableHighlighter *attach(QLineEdit *editor, Lookup lookup = {});
    static VariableHighlighter *attach(QPlainTextEdit *editor, Lookup lookup = {});
    static VariableHighlighter *attach(QTextEdit *editor, Lookup lookup = {});
    // Looks names up in a resolver (a copy is kept).
    static Lookup lookupIn(const workspace::VariableResolver &resolver);

    // Changes what is known and highlights again.
    void setLookup(Lookup lookup);
    // Highlights again with the same lookup: connect it to EnvironmentManager::activeChanged and
    // environmentsChanged when the lookup reads the current state (SpecResolver::lookup).
    void refresh();
    // The hover text for `position` in `text`, or empty when it is not inside a {{reference}}.
    QString toolTip(const QString &text, qsizetype position) const;
    static QString toolTipFor(const QString &text, qsizetype position, const Lookup &lookup);
    // The formats of the {{references}} in `text` (for editors with a highlighter of their own).
    static QList<QTextLayout::FormatRange> formatRanges(const QString &text, const Lookup &lookup);

    static QTextCharFormat knownFormat();
    static QTextCharFormat unresolvedFormat();

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using HitTest = std::function<std::pair<QString, qsizetype>(const QPoint &)>;

    template <typename Editor>
    static VariableHighlighter *attachToTextEdit(Editor *editor, Lookup lookup);
    void watch(QWidget *widget, HitTest hitTest);
    void applyToLineEdit();

    Lookup m_lookup;
    HitTest m_hitTest;
    QPointer<QLineEdit> m_line;
};

} // namespace wb::ui
