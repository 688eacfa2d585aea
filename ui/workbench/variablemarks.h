#pragma once

#include "ui/environments/variablehighlighter.h"

#include <QObject>

namespace wb::ui {

class RequestComposer;

// Marks {{variables}} in a request tab's headers table and raw body, as VariableHighlighter does
// in the URL and auth fields: known names in one colour, unresolved ones in red; hovering shows
// the value (secrets masked). A header value cell takes the colour of its references and their
// values as its tooltip; the body keeps its JSON/XML colours with the references laid over.
class VariableMarks : public QObject
{
    Q_OBJECT

public:
    // Lives as a child of `composer`.
    VariableMarks(RequestComposer *composer, VariableHighlighter::Lookup lookup);

    void setLookup(VariableHighlighter::Lookup lookup);
    // Marks again (the environment or the variables changed).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleHeaders();
    void markHeaders();

    RequestComposer *m_composer = nullptr;
    VariableHighlighter::Lookup m_lookup;
    bool m_headersScheduled = false;
};

} // namespace wb::ui
