#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace wb::ui {

// The method selector (standard methods or any typed token), the URL field and Send/Cancel.
// Ctrl+Enter sends. Pasting a cURL command into the URL field emits curlPasted instead.
class UrlBar : public QWidget
{
    Q_OBJECT

public:
    explicit UrlBar(QWidget *parent = nullptr);

    QString method() const;
    void setMethod(const QString &method);
    QString url() const;
    void setUrl(const QString &url);
    // Busy: the button cancels instead of sending.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *sendButton() const { return m_send; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void sendRequested();
    void cancelRequested();
    void methodEdited(const QString &method);
    void urlEdited(const QString &url);
    void curlPasted(const QString &command);

private:
    void onUrlTextEdited(const QString &text);
    void onButton();

    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QString m_lastUrl;
    bool m_busy = false;
};

} // namespace wb::ui
