#include "ui/request/requestpage.h"

#include "ui/request/requestcomposer.h"
#include "ui/request/urlbar.h"
#include "ui/response/responseinspector.h"

#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace wb::ui {

RequestPage::RequestPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestPage"));
    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_composer = new RequestComposer(m_splitter);
    m_inspector = new ResponseInspector(m_splitter);
    m_splitter->addWidget(m_composer);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The response gets most of the room; the splitter scales these to the real height.
    m_splitter->setSizes({fontMetrics().height() * 12, fontMetrics().height() * 32});
    layout->addWidget(m_splitter);
    // A new tab starts with the cursor in the URL field.
    setFocusProxy(m_composer->urlBar()->urlEdit());
}

} // namespace wb::ui
