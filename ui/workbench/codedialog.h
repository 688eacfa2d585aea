#pragma once

#include "core/http/requestspec.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace wb::ui {

// Shows the code that sends a request in the language chosen (cURL, HTTPie, Python requests,
// JavaScript fetch, Go, C#, C++ with Qt Network), with Copy and Save. The last language chosen
// is the first shown next time.
class CodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CodeDialog(const http::RequestSpec &spec, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QPlainTextEdit *codeView() const { return m_code; }
    QString code() const;

private:
    void showCode();
    void copyCode();
    void saveCode();

    http::RequestSpec m_spec;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_code = nullptr;
};

} // namespace wb::ui
