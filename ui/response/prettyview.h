#pragma once

#include "core/http/exchange.h"
#include "ui/response/syntaxspans.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace wb::ui {

class JsonTreeModel;
class PagedTextView;
class PrettyFormatJob;
class SpanHighlighter;

// JSON or XML formatted and highlighted, formatted on the thread pool. The first screen shows as
// soon as it is ready; small results land in a text editor, large ones in the paged viewer over a
// temporary file. JSON can also be browsed as a collapsible tree.
class PrettyView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 EditorLimit = 256 * 1024;
    static constexpr qint64 TreeLimit = 256 * 1024 * 1024;

    explicit PrettyView(QWidget *parent = nullptr);
    ~PrettyView() override;

    void setBody(const wb::http::BodyData &body, Syntax syntax);
    void clear();

    // The text now on screen (the first lines for a large body).
    QString visibleText() const;
    bool isFormatting() const { return m_job != nullptr; }
    bool showsTree() const;
    void setShowTree(bool tree);
    QPlainTextEdit *editor() const { return m_editor; }
    PagedTextView *pagedView() const { return m_paged; }
    QTreeView *treeView() const { return m_tree; }
    // The Tree toggle; a parent may place it in its own tool bar.
    QToolButton *treeButton() const { return m_treeButton; }
    bool canShowTree() const;

signals:
    void formattingFinished(bool ok);

private:
    void onFirstScreen(const QByteArray &text);
    void onFinished(bool ok, const QString &error, const QByteArray &text, const QString &filePath);
    void startTree();
    void removeTempFile();

    QLabel *m_message = nullptr;
    QToolButton *m_treeButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    SpanHighlighter *m_highlighter = nullptr;
    PagedTextView *m_paged = nullptr;
    QTreeView *m_tree = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    std::shared_ptr<PrettyFormatJob> m_job;
    wb::http::BodyData m_body;
    Syntax m_syntax = Syntax::Json;
    QString m_tempFile;
    bool m_treeLoaded = false;
    bool m_treeAvailable = false;
    int m_generation = 0;
};

} // namespace wb::ui
