#include "ui/response/statusstrip.h"

#include "ui/response/themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wb::ui {

StatusStrip::StatusStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setAutoFillBackground(true);
    m_status->setMargin(m_status->fontMetrics().height() / 5);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("responseTime"));
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("responseSize"));
    m_protocol = new QLabel(this);
    m_protocol->setObjectName(QStringLiteral("responseProtocol"));
    m_protocol->setToolTip(tr("The HTTP version used and what TLS negotiated by ALPN"));
    m_time->setToolTip(tr("Total time from queueing the request to the last response byte"));
    m_size->setToolTip(tr("Size of the response body as received"));
    line->addWidget(m_status);
    line->addSpacing(m_status->fontMetrics().averageCharWidth() * 2);
    line->addWidget(m_time);
    line->addSpacing(m_status->fontMetrics().averageCharWidth() * 2);
    line->addWidget(m_size);
    line->addSpacing(m_status->fontMetrics().averageCharWidth() * 2);
    line->addWidget(m_protocol);
    line->addStretch(1);
    outer->addLayout(line);

    m_errorPanel = new QWidget(this);
    m_errorPanel->setObjectName(QStringLiteral("responseErrorPanel"));
    auto *errorLayout = new QVBoxLayout(m_errorPanel);
    m_errorText = new QLabel(m_errorPanel);
    m_errorText->setObjectName(QStringLiteral("responseError"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_errorText->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    larger.setBold(true);
    m_errorText->setFont(larger);
    m_hint = new QLabel(m_errorPanel);
    m_hint->setObjectName(QStringLiteral("responseErrorHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_hint);
    m_errorPanel->setAutoFillBackground(true);
    outer->addWidget(m_errorPanel);

    m_elapsedTimer.setInterval(100);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &StatusStrip::updateElapsed);
    clear();
}

void StatusStrip::clear()
{
    m_elapsedTimer.stop();
    m_statusCode = 0;
    m_status->setText(tr("No response yet"));
    m_time->clear();
    m_size->clear();
    m_protocol->clear();
    m_errorPanel->hide();
    applyStatusColour();
}

void StatusStrip::setInProgress()
{
    clear();
    m_status->setText(tr("Sending…"));
    m_elapsed.start();
    m_elapsedTimer.start();
    updateElapsed();
}

void StatusStrip::setHead(const wb::http::ResponseHead &head)
{
    m_statusCode = head.status;
    m_status->setText(
        QStringLiteral("%1 %2").arg(head.status).arg(QString::fromLatin1(head.reason)));
    //: The protocol of a response whose body is still arriving: "HTTP/1.1 · receiving…".
    m_protocol->setText(tr("%1 · receiving…").arg(QString::fromLatin1(head.version)));
    applyStatusColour();
}

void StatusStrip::setProgress(qint64 received, qint64 expected)
{
    //: Body bytes received so far of those the response announced: "1.2 KB of 5.0 KB".
    m_size->setText(expected >= 0 ? tr("%1 of %2").arg(formatSize(received), formatSize(expected))
                                  : formatSize(received));
}

void StatusStrip::updateElapsed()
{
    m_time->setText(formatDuration(m_elapsed.nsecsElapsed() / 1000));
}

void StatusStrip::setExchange(const wb::http::Exchange &exchange, int hopCount)
{
    m_elapsedTimer.stop();
    m_statusCode = exchange.response.status;
    if (m_statusCode > 0) {
        m_status->setText(QStringLiteral("%1 %2")
                              .arg(m_statusCode)
                              .arg(QString::fromLatin1(exchange.response.reason)));
    } else {
        m_status->setText(tr("No response"));
    }
    qint64 totalUs = exchange.timings.totalUs;
    m_time->setText(totalUs >= 0 ? formatDuration(totalUs) : QString());
    m_size->setText(formatSize(exchange.responseBody.size > 0
                                   ? exchange.responseBody.size
                                   : exchange.responseBody.bytes.size()));
    QStringList protocol;
    const QString used = protocolText(exchange);
    if (!used.isEmpty())
        protocol << used;
    if (hopCount > 1)
        protocol << tr("%n redirect(s)", nullptr, hopCount - 1);
    m_protocol->setText(protocol.join(QStringLiteral(" · ")));

    if (exchange.error.isError()) {
        m_errorText->setText(exchange.error.message);
        m_hint->setText(hintFor(exchange.error.category));
        m_hint->setVisible(!m_hint->text().isEmpty());
        m_errorPanel->setToolTip(exchange.error.detail);
        m_errorPanel->show();
    } else {
        m_errorPanel->hide();
    }
    applyStatusColour();
}

QString StatusStrip::versionText(const QByteArray &httpVersion)
{
    const QByteArray lower = httpVersion.toLower();
    if (lower == "h2" || lower == "h2c" || lower == "http/2" || lower == "http/2.0")
        return QStringLiteral("HTTP/2");
    return QString::fromLatin1(httpVersion);
}

QString StatusStrip::protocolText(const wb::http::Exchange &exchange)
{
    QStringList parts;
    const QString version = versionText(exchange.httpVersion);
    if (!version.isEmpty())
        parts << version;
    if (exchange.tls.used && !exchange.tls.alpn.isEmpty())
        parts << tr("ALPN %1").arg(QString::fromLatin1(exchange.tls.alpn));
    else if (!exchange.tls.used && version == QLatin1String("HTTP/2"))
        parts << QStringLiteral("h2c"); // cleartext HTTP/2
    return parts.join(QStringLiteral(" · "));
}

QString StatusStrip::protocolLabelText() const
{
    return m_protocol->text();
}

QString StatusStrip::statusText() const
{
    return m_status->text();
}

QString StatusStrip::errorText() const
{
    return m_errorPanel->isHidden() ? QString() : m_errorText->text();
}

QString StatusStrip::hintText() const
{
    return m_errorPanel->isHidden() ? QString() : m_hint->text();
}

QString StatusStrip::hintFor(wb::ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Dns:
        return tr("Check the host name for typos, and your network or proxy settings.");
    case ErrorCategory::ConnectionRefused:
        return tr("Check that the server is running and listening on this port.");
    case ErrorCategory::HostUnreachable:
        return tr("Check your network connection, VPN or firewall.");
    case ErrorCategory::Timeout:
        return tr("Try again, or raise the timeouts in the request's Settings tab.");
    case ErrorCategory::Tls:
        return tr(
            "Check the TLS view for the certificate chain; add the issuing CA in Settings, or "
            "turn off TLS verification for this request if you trust the server.");
    case ErrorCategory::ConnectionReset:
        return tr("The server closed the connection; try again or look at the Wire view.");
    case ErrorCategory::Protocol:
        return tr("Look at the Wire view to see the bytes the server sent.");
    case ErrorCategory::Io:
        return tr("Check that the file exists and that you may read and write it.");
    case ErrorCategory::InvalidInput:
        return tr("Correct the request and send it again.");
    case ErrorCategory::LimitExceeded:
        return tr("Raise the limit in the request's Settings tab if you expect a body this large.");
    default:
        return {};
    }
}

QString StatusStrip::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString StatusStrip::formatDuration(qint64 us)
{
    if (us < 1000)
        return tr("%1 µs").arg(us);
    if (us < 10'000'000)
        return tr("%1 ms").arg(QLocale().toString(us / 1000.0, 'f', us < 100'000 ? 1 : 0));
    return tr("%1 s").arg(QLocale().toString(us / 1e6, 'f', 2));
}

void StatusStrip::applyStatusColour()
{
    QPalette pal = palette();
    QPalette statusPal = m_status->palette();
    using themecolors::Role;
    if (m_statusCode > 0) {
        const Role role = m_statusCode >= 500   ? Role::ServerError
                          : m_statusCode >= 400 ? Role::ClientError
                          : m_statusCode >= 300 ? Role::Redirect
                          : m_statusCode >= 200 ? Role::Success
                                                : Role::Informational;
        statusPal.setColor(QPalette::Window, themecolors::background(pal, role));
        statusPal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
        m_status->setAutoFillBackground(true);
    } else {
        statusPal = pal;
        m_status->setAutoFillBackground(false);
    }
    m_status->setPalette(statusPal);
    QPalette errorPal = pal;
    errorPal.setColor(QPalette::Window, themecolors::background(pal, Role::ServerError));
    errorPal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    m_errorPanel->setPalette(errorPal);
}

void StatusStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_status)
        applyStatusColour();
    QWidget::changeEvent(event);
}

} // namespace wb::ui
