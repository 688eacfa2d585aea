#pragma once

#include "ui/response/bodysource.h"

#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;

namespace wb::ui {

class PagedTextView;

// The body as text, exactly as received (decoded as UTF-8). Bodies up to EditorLimit go into a
// QPlainTextEdit; larger ones into the paged viewer, which reads only what is on screen.
class RawBodyView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 EditorLimit = 2 * 1024 * 1024;

    explicit RawBodyView(QWidget *parent = nullptr);

    void setSource(BodySourcePtr source);
    bool isPaged() const;
    QString visibleText() const;
    QPlainTextEdit *editor() const { return m_editor; }
    PagedTextView *pagedView() const { return m_paged; }

private:
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    PagedTextView *m_paged = nullptr;
};

} // namespace wb::ui
