#pragma once

#include "core/http/requestspec.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace wb::ui {

class KeyValueTable;
class SpanHighlighter;

// The request body: none, raw text (plain, JSON, XML, HTML, highlighted), URL-encoded form,
// multipart form with text and file fields, or a binary file streamed from disk.
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    enum RawType { RawText, RawJson, RawXml, RawHtml };

    explicit BodyEditor(QWidget *parent = nullptr);

    wb::http::RequestBody body() const;
    void setBody(const wb::http::RequestBody &body);
    // The Content-Type that matches the chosen mode, or empty for none / multipart (the engine
    // adds the boundary).
    QString suggestedContentType() const;

    QComboBox *modeBox() const { return m_mode; }
    QComboBox *rawTypeBox() const { return m_rawType; }
    QPlainTextEdit *rawEditor() const { return m_raw; }
    SpanHighlighter *rawHighlighter() const { return m_highlighter; }
    KeyValueTable *formTable() const { return m_form; }
    QTableWidget *multipartTable() const { return m_multipart; }
    QLineEdit *fileEdit() const { return m_file; }

signals:
    void bodyEdited();
    // The user picked a mode or raw type; the composer sets Content-Type if the user set none.
    void contentTypeChosen(const QString &contentType);

private:
    QWidget *buildRawPage();
    QWidget *buildMultipartPage();
    QWidget *buildFilePage();
    void addMultipartRow(const wb::http::FormField &field);
    void ensureMultipartTrailingRow();
    void onModeChosen();

    QComboBox *m_mode = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_rawType = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    SpanHighlighter *m_highlighter = nullptr;
    KeyValueTable *m_form = nullptr;
    QTableWidget *m_multipart = nullptr;
    QLineEdit *m_file = nullptr;
    QString m_fileContentType;
    bool m_updating = false;
};

} // namespace wb::ui
