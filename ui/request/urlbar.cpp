#include "ui/request/urlbar.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace wb::ui {

UrlBar::UrlBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS"), QStringLiteral("TRACE"),
                        QStringLiteral("CONNECT")});
    // An HTTP method is a token (RFC 9110, 5.6.2).
    m_method->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[!#$%&'*+.^_`|~0-9A-Za-z-]*")), m_method));
    m_method->setToolTip(tr("Request method: pick one or type any token"));
    m_method->setMinimumContentsLength(8);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("Enter a URL, or paste a cURL command"));
    m_url->setClearButtonEnabled(true);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_send->setDefault(true);
    layout->addWidget(m_method);
    layout->addWidget(m_url, 1);
    layout->addWidget(m_send);

    auto *sendAction = new QAction(tr("Send Request"), this);
    sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendAction, &QAction::triggered, this, &UrlBar::onButton);
    addAction(sendAction);
    connect(m_send, &QPushButton::clicked, this, &UrlBar::onButton);
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if (!m_busy)
            emit sendRequested();
    });
    connect(m_url, &QLineEdit::textEdited, this, &UrlBar::onUrlTextEdited);
    m_url->installEventFilter(this);
    connect(m_method, &QComboBox::currentTextChanged, this, &UrlBar::methodEdited);
}

QString UrlBar::method() const
{
    const QString m = m_method->currentText().trimmed();
    return m.isEmpty() ? QStringLiteral("GET") : m;
}

void UrlBar::setMethod(const QString &method)
{
    const QSignalBlocker block(m_method);
    m_method->setCurrentText(method);
}

QString UrlBar::url() const
{
    return m_url->text();
}

void UrlBar::setUrl(const QString &url)
{
    m_lastUrl = url;
    if (m_url->text() != url)
        m_url->setText(url);
}

void UrlBar::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Cancel") : tr("Send"));
    m_send->setToolTip(busy ? tr("Cancel the request (Ctrl+Enter)")
                            : tr("Send the request (Ctrl+Enter)"));
}

void UrlBar::onButton()
{
    if (m_busy)
        emit cancelRequested();
    else
        emit sendRequested();
}

bool UrlBar::eventFilter(QObject *watched, QEvent *event)
{
    // A pasted cURL command goes over whole: a line edit would drop its line breaks.
    if (watched == m_url && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString clip = QGuiApplication::clipboard()->text().trimmed();
        if (clip.startsWith(QLatin1String("curl ")) || clip.startsWith(QLatin1String("curl\t"))) {
            emit curlPasted(clip);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UrlBar::onUrlTextEdited(const QString &text)
{
    // A whole cURL command arriving at once is a paste: hand it over and keep the old URL.
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("curl ")) && text.size() - m_lastUrl.size() > 5 &&
        !m_lastUrl.trimmed().startsWith(QLatin1String("curl"))) {
        const QSignalBlocker block(m_url);
        m_url->setText(m_lastUrl);
        emit curlPasted(trimmed);
        return;
    }
    m_lastUrl = text;
    emit urlEdited(text);
}

} // namespace wb::ui
