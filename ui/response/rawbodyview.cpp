#include "ui/response/rawbodyview.h"

#include "ui/response/pagedtextview.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wb::ui {

RawBodyView::RawBodyView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("rawEditor"));
    m_editor->setReadOnly(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_paged = new PagedTextView(this);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_paged);
    layout->addWidget(m_stack);
}

void RawBodyView::setSource(BodySourcePtr source)
{
    if (source && source->size() > EditorLimit) {
        m_editor->clear();
        m_paged->setSource(std::move(source));
        m_stack->setCurrentWidget(m_paged);
        return;
    }
    m_paged->setSource(nullptr);
    m_editor->setPlainText(source ? QString::fromUtf8(source->read(0, EditorLimit)) : QString());
    m_stack->setCurrentWidget(m_editor);
}

bool RawBodyView::isPaged() const
{
    return m_stack->currentWidget() == m_paged;
}

QString RawBodyView::visibleText() const
{
    return isPaged() ? m_paged->visibleText() : m_editor->toPlainText();
}

} // namespace wb::ui
