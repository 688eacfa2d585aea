#include "ui/workbench/variablemarks.h"

#include "core/workspace/variableresolver.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/headerseditor.h"
#include "ui/request/keyvaluetable.h"
#include "ui/request/requestcomposer.h"
#include "ui/response/spanhighlighter.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace wb::ui {

VariableMarks::VariableMarks(RequestComposer *composer, VariableHighlighter::Lookup lookup)
    : QObject(composer)
    , m_composer(composer)
{
    KeyValueTable *headers = composer->headersEditor()->table();
    // Typed, pasted or loaded with a whole request: marked once the table has settled.
    connect(headers, &KeyValueTable::itemChanged, this, &VariableMarks::scheduleHeaders);
    connect(headers->model(), &QAbstractItemModel::rowsInserted, this,
            &VariableMarks::scheduleHeaders);
    connect(composer, &RequestComposer::specChanged, this, &VariableMarks::scheduleHeaders);
    composer->bodyEditor()->rawEditor()->viewport()->installEventFilter(this);
    setLookup(std::move(lookup));
}

void VariableMarks::setLookup(VariableHighlighter::Lookup lookup)
{
    m_lookup = std::move(lookup);
    m_composer->bodyEditor()->rawHighlighter()->setOverlay(
        [lookup = m_lookup](const QString &block) {
            return VariableHighlighter::formatRanges(block, lookup);
        });
    markHeaders();
}

void VariableMarks::refresh()
{
    m_composer->bodyEditor()->rawHighlighter()->rehighlight();
    markHeaders();
}

void VariableMarks::scheduleHeaders()
{
    if (m_headersScheduled)
        return;
    m_headersScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_headersScheduled = false;
        markHeaders();
    });
}

void VariableMarks::markHeaders()
{
    KeyValueTable *table = m_composer->headersEditor()->table();
    // Colours and tooltips are not edits: the table must not report them as such.
    const QSignalBlocker block(table);
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *item = table->item(row, KeyValueTable::ValueColumn);
        if (!item)
            continue;
        const QString text = item->text();
        const auto ranges = VariableHighlighter::formatRanges(text, m_lookup);
        if (ranges.isEmpty()) {
            if (item->data(Qt::ForegroundRole).isValid() || !item->toolTip().isEmpty()) {
                item->setData(Qt::ForegroundRole, QVariant());
                item->setToolTip({});
            }
            continue;
        }
        bool unresolved = false;
        QStringList tips;
        for (const auto &range : ranges) {
            unresolved |= range.format == VariableHighlighter::unresolvedFormat();
            tips.append(VariableHighlighter::toolTipFor(text, range.start, m_lookup));
        }
        item->setForeground(unresolved ? VariableHighlighter::unresolvedFormat().foreground()
                                       : VariableHighlighter::knownFormat().foreground());
        item->setToolTip(tips.join(QLatin1Char('\n')));
    }
}

bool VariableMarks::eventFilter(QObject *watched, QEvent *event)
{
    QPlainTextEdit *body = m_composer->bodyEditor()->rawEditor();
    if (event->type() == QEvent::ToolTip && watched == body->viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = body->cursorForPosition(help->pos());
        const QString tip = VariableHighlighter::toolTipFor(cursor.block().text(),
                                                            cursor.positionInBlock(), m_lookup);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, body->viewport());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wb::ui
