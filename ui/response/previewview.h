#pragma once

#include "core/http/exchange.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace wb::ui {

// Images decoded with QImageReader; HTML and everything else shown as source text. Nothing in a
// response is ever rendered as a page or run as script.
class PreviewView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 SourceLimit = 2 * 1024 * 1024;

    explicit PreviewView(QWidget *parent = nullptr);

    void setBody(const wb::http::BodyData &body, const QByteArray &contentType);
    void clear();
    bool showsImage() const;
    QString message() const;

private:
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_source = nullptr;
};

} // namespace wb::ui
