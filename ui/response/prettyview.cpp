#include "ui/response/prettyview.h"

#include "ui/response/jsontreemodel.h"
#include "ui/response/pagedtextview.h"
#include "ui/response/prettyformatjob.h"
#include "ui/response/spanhighlighter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb::ui {

PrettyView::PrettyView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("prettyMessage"));
    m_message->setWordWrap(true);
    m_treeButton = new QToolButton(this);
    m_treeButton->setText(tr("Tree"));
    m_treeButton->setToolTip(tr("Browse the JSON as a collapsible tree"));
    m_treeButton->setCheckable(true);
    m_treeButton->setAutoRaise(true);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_treeButton);
    m_message->setContentsMargins(fontMetrics().averageCharWidth(), 0, 0, 0);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("prettyEditor"));
    m_editor->setReadOnly(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new SpanHighlighter(Syntax::Json, m_editor->document());
    m_paged = new PagedTextView(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setUniformRowHeights(true);
    m_treeModel = new JsonTreeModel(this);
    m_tree->setModel(m_treeModel);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_paged);
    m_stack->addWidget(m_tree);
    layout->addWidget(m_stack, 1);

    connect(m_treeButton, &QToolButton::toggled, this, &PrettyView::setShowTree);
    clear();
}

PrettyView::~PrettyView()
{
    if (m_job)
        m_job->cancel();
    removeTempFile();
}

void PrettyView::removeTempFile()
{
    if (m_tempFile.isEmpty())
        return;
    m_paged->setSource(nullptr);
    QFile::remove(m_tempFile);
    m_tempFile.clear();
}

void PrettyView::clear()
{
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
    ++m_generation;
    removeTempFile();
    m_editor->clear();
    m_paged->setSource(nullptr);
    m_treeModel->setRoot(QJsonValue());
    m_treeLoaded = false;
    m_body = {};
    m_message->clear();
    m_message->hide();
    m_treeButton->setChecked(false);
    m_treeAvailable = false;
    m_treeButton->hide();
    m_stack->setCurrentWidget(m_editor);
}

void PrettyView::setBody(const wb::http::BodyData &body, Syntax syntax)
{
    clear();
    m_body = body;
    m_syntax = syntax;
    m_highlighter->setSyntax(syntax);
    m_paged->setSyntax(syntax);
    m_treeAvailable = syntax == Syntax::Json;
    m_treeButton->setVisible(m_treeAvailable);
    m_message->setText(tr("Formatting…"));
    m_message->show();
    m_job = PrettyFormatJob::create(body, syntax);
    connect(m_job.get(), &PrettyFormatJob::firstScreenReady, this, &PrettyView::onFirstScreen);
    connect(m_job.get(), &PrettyFormatJob::finished, this, &PrettyView::onFinished);
    m_job->start();
}

void PrettyView::onFirstScreen(const QByteArray &text)
{
    wb::http::BodyData first;
    first.bytes = text;
    first.size = text.size();
    m_paged->setSource(std::make_shared<BodySource>(first));
    if (!showsTree())
        m_stack->setCurrentWidget(m_paged);
}

void PrettyView::onFinished(bool ok, const QString &error, const QByteArray &text,
                            const QString &filePath)
{
    m_job.reset();
    if (!ok) {
        m_message->setText(tr("Shown as received: %1").arg(error));
        // Fall back to the raw text, paged so that size does not matter.
        m_paged->setSource(std::make_shared<BodySource>(m_body));
        m_paged->setSyntax(Syntax::Plain);
        m_stack->setCurrentWidget(m_paged);
        m_treeAvailable = false;
        m_treeButton->hide();
        emit formattingFinished(false);
        return;
    }
    m_message->hide();
    if (!filePath.isEmpty()) {
        m_tempFile = filePath;
        wb::http::BodyData formatted;
        formatted.filePath = filePath;
        const qint64 top = m_paged->topOffset();
        m_paged->setSource(std::make_shared<BodySource>(formatted));
        m_paged->scrollToOffset(top);
        if (!showsTree())
            m_stack->setCurrentWidget(m_paged);
    } else if (text.size() <= EditorLimit) {
        m_editor->setPlainText(QString::fromUtf8(text));
        if (!showsTree())
            m_stack->setCurrentWidget(m_editor);
    } else {
        wb::http::BodyData formatted;
        formatted.bytes = text;
        formatted.size = text.size();
        m_paged->setSource(std::make_shared<BodySource>(formatted));
        if (!showsTree())
            m_stack->setCurrentWidget(m_paged);
    }
    emit formattingFinished(true);
}

bool PrettyView::canShowTree() const
{
    return m_treeAvailable;
}

bool PrettyView::showsTree() const
{
    return m_stack->currentWidget() == m_tree;
}

void PrettyView::setShowTree(bool tree)
{
    if (m_treeButton->isChecked() != tree)
        m_treeButton->setChecked(tree);
    if (!tree) {
        QWidget *text = m_paged->source() && m_editor->document()->isEmpty()
                            ? static_cast<QWidget *>(m_paged)
                            : static_cast<QWidget *>(m_editor);
        m_stack->setCurrentWidget(text);
        return;
    }
    m_stack->setCurrentWidget(m_tree);
    if (!m_treeLoaded)
        startTree();
}

void PrettyView::startTree()
{
    m_treeLoaded = true;
    const qint64 size = m_body.isFile() ? m_body.size : m_body.bytes.size();
    if (size > TreeLimit) {
        m_message->setText(tr("The body is too large for the tree; use the formatted text."));
        m_message->show();
        return;
    }
    m_message->setText(tr("Parsing…"));
    m_message->show();
    QPointer<PrettyView> self(this);
    const int generation = m_generation;
    const wb::http::BodyData body = m_body;
    QThreadPool::globalInstance()->start([body, self, generation] {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body.head(TreeLimit), &error);
        // The application object outlives the view; the view is checked on the UI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, doc, error, generation] {
                if (!self || self->m_generation != generation)
                    return;
                if (error.error != QJsonParseError::NoError) {
                    self->m_message->setText(tr("The body is not valid JSON at byte %1: %2")
                                                 .arg(error.offset)
                                                 .arg(error.errorString()));
                    return;
                }
                self->m_message->hide();
                self->m_treeModel->setRoot(doc.isArray() ? QJsonValue(doc.array())
                                                         : QJsonValue(doc.object()));
                const QModelIndex root = self->m_treeModel->index(0, 0);
                self->m_treeModel->fetchMore(root);
                self->m_tree->expand(root);
                self->m_tree->resizeColumnToContents(0);
            },
            Qt::QueuedConnection);
    });
}

QString PrettyView::visibleText() const
{
    if (m_stack->currentWidget() == m_editor)
        return m_editor->toPlainText().left(64 * 1024);
    if (m_stack->currentWidget() == m_paged)
        return m_paged->visibleText();
    return {};
}

} // namespace wb::ui
