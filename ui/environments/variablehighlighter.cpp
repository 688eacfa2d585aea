#include "ui/environments/variablehighlighter.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolTip>

namespace wb::ui {

using workspace::VariableResolver;
using workspace::VariableScope;

namespace {

QString scopeName(VariableScope scope)
{
    switch (scope) {
    case VariableScope::Global:
        return VariableHighlighter::tr("global");
    case VariableScope::Collection:
        return VariableHighlighter::tr("collection");
    case VariableScope::Environment:
        return VariableHighlighter::tr("environment");
    case VariableScope::Data:
        return VariableHighlighter::tr("data");
    case VariableScope::Local:
        return VariableHighlighter::tr("local");
    case VariableScope::Dynamic:
        return VariableHighlighter::tr("dynamic, new on every send");
    }
    return {};
}

} // namespace

VariableHighlighter::VariableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

QTextCharFormat VariableHighlighter::knownFormat()
{
    QTextCharFormat format;
    format.setForeground(QColor(0x0b, 0x7a, 0x75));
    format.setFontWeight(QFont::DemiBold);
    return format;
}

QTextCharFormat VariableHighlighter::unresolvedFormat()
{
    QTextCharFormat format;
    format.setForeground(QColor(0xc6, 0x28, 0x28));
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xe5, 0x39, 0x35));
    return format;
}

VariableHighlighter::Lookup VariableHighlighter::lookupIn(const VariableResolver &resolver)
{
    return [resolver](const QString &name) { return resolver.lookup(name); };
}

void VariableHighlighter::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
    rehighlight();
    applyToLineEdit();
}

void VariableHighlighter::refresh()
{
    rehighlight();
    applyToLineEdit();
}

void VariableHighlighter::highlightBlock(const QString &text)
{
    for (const QTextLayout::FormatRange &range : formatRanges(text, m_lookup))
        setFormat(range.start, range.length, range.format);
}

QList<QTextLayout::FormatRange> VariableHighlighter::formatRanges(const QString &text,
                                                                  const Lookup &lookup)
{
    QList<QTextLayout::FormatRange> ranges;
    for (const auto &ref : VariableResolver::references(text)) {
        const bool known = lookup && lookup(ref.name).has_value();
        ranges.append(
            {int(ref.start), int(ref.length), known ? knownFormat() : unresolvedFormat()});
    }
    return ranges;
}

QString VariableHighlighter::toolTip(const QString &text, qsizetype position) const
{
    return toolTipFor(text, position, m_lookup);
}

QString VariableHighlighter::toolTipFor(const QString &text, qsizetype position,
                                        const Lookup &lookup)
{
    for (const auto &ref : VariableResolver::references(text)) {
        if (position < ref.start || position > ref.start + ref.length)
            continue;
        const auto found = lookup ? lookup(ref.name) : std::nullopt;
        if (!found) {
            return tr("{{%1}} is not defined in the globals, the collection or the active "
                      "environment.")
                .arg(ref.name);
        }
        const QString value = found->secret ? QString(8, QChar(0x2022)) : found->value;
        return tr("{{%1}} = %2 (%3)").arg(ref.name, value, scopeName(found->scope));
    }
    return {};
}

VariableHighlighter *VariableHighlighter::attach(QLineEdit *editor, Lookup lookup)
{
    auto *document = new QTextDocument(editor);
    auto *highlighter = new VariableHighlighter(document);
    highlighter->m_line = editor;
    highlighter->m_lookup = std::move(lookup);
    connect(editor, &QLineEdit::textChanged, highlighter,
            [highlighter, document](const QString &t) {
                if (document->toPlainText() == t)
                    return;
                document->setPlainText(t);
                highlighter->rehighlight(); // also before the first delayed pass has run
                highlighter->applyToLineEdit();
            });
    document->setPlainText(editor->text());
    highlighter->rehighlight();
    highlighter->applyToLineEdit();
    highlighter->watch(editor, [editor](const QPoint &pos) {
        return std::pair{editor->text(), qsizetype(editor->cursorPositionAt(pos))};
    });
    return highlighter;
}

VariableHighlighter *VariableHighlighter::attach(QPlainTextEdit *editor, Lookup lookup)
{
    return attachToTextEdit(editor, std::move(lookup));
}

VariableHighlighter *VariableHighlighter::attach(QTextEdit *editor, Lookup lookup)
{
    return attachToTextEdit(editor, std::move(lookup));
}

template <typename Editor>
VariableHighlighter *VariableHighlighter::attachToTextEdit(Editor *editor, Lookup lookup)
{
    auto *highlighter = new VariableHighlighter(editor->document());
    highlighter->setLookup(std::move(lookup));
    highlighter->watch(editor->viewport(), [editor](const QPoint &pos) {
        const QTextCursor cursor = editor->cursorForPosition(pos);
        return std::pair{cursor.block().text(), qsizetype(cursor.positionInBlock())};
    });
    return highlighter;
}

void VariableHighlighter::watch(QWidget *widget, HitTest hitTest)
{
    m_hitTest = std::move(hitTest);
    widget->setMouseTracking(true);
    widget->installEventFilter(this);
}

bool VariableHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_hitTest) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [text, position] = m_hitTest(help->pos());
        const QString tip = toolTip(text, position);
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, qobject_cast<QWidget *>(watched));
            return true;
        }
        QToolTip::hideText();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void VariableHighlighter::applyToLineEdit()
{
    if (!m_line || !document())
        return;
    // QLineEdit shows formats given as input-method attributes, relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = m_line->cursorPosition();
    for (const QTextLayout::FormatRange &range : document()->firstBlock().layout()->formats()) {
        attributes.append(
            {QInputMethodEvent::TextFormat, range.start - cursor, range.length, range.format});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_line, &event);
}

} // namespace wb::ui
