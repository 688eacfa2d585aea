#include "ui/request/requestsettingseditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>

namespace wb::ui {

RequestSettingsEditor::RequestSettingsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    using wb::http::HttpProtocol;
    m_protocol->addItem(tr("Auto"), int(HttpProtocol::Auto));
    m_protocol->setItemData(0,
                            tr("https: offers HTTP/2 and HTTP/1.1 by ALPN and uses what the "
                               "server picks; http: HTTP/1.1"),
                            Qt::ToolTipRole);
    m_protocol->addItem(tr("HTTP/1.1 only"), int(HttpProtocol::Http1));
    m_protocol->setItemData(1, tr("Never HTTP/2"), Qt::ToolTipRole);
    m_protocol->addItem(tr("HTTP/2 only"), int(HttpProtocol::Http2));
    m_protocol->setItemData(2,
                            tr("https: fails when the server does not agree to h2 by ALPN; "
                               "http: prior knowledge (h2c)"),
                            Qt::ToolTipRole);
    m_protocol->addItem(tr("HTTP/2 with prior knowledge (h2c)"),
                        int(HttpProtocol::Http2PriorKnowledge));
    m_protocol->setItemData(3,
                            tr("Cleartext HTTP/2 from the first byte, without an upgrade; for "
                               "servers known to speak it"),
                            Qt::ToolTipRole);
    m_protocol->setToolTip(tr("Which HTTP version this request may use"));
    m_protocol->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_protocol->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_follow = new QCheckBox(tr("Follow redirects"), this);
    m_follow->setObjectName(QStringLiteral("followRedirects"));
    m_maxRedirects = new QSpinBox(this);
    m_maxRedirects->setRange(0, 100);
    m_verify = new QCheckBox(tr("Verify the server's TLS certificate"), this);
    m_verify->setObjectName(QStringLiteral("verifyTls"));
    m_caFile = fileField(tr("Extra CA certificates (PEM)"), tr("Choose a CA Bundle"));
    m_cert =
        fileField(tr("Client certificate (PEM or PKCS#12)"), tr("Choose a Client Certificate"));
    m_key = fileField(tr("Client key (PEM; empty with PKCS#12)"), tr("Choose a Client Key"));
    m_keyPassword = new QLineEdit(this);
    m_keyPassword->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_connectTimeout = secondsField();
    m_totalTimeout = secondsField();
    m_idleTimeout = secondsField();
    m_proxy = new QLineEdit(this);
    m_proxy->setPlaceholderText(tr("From the environment; \"none\", or http:// or socks5:// URL"));
    m_decode = new QCheckBox(tr("Decode gzip, deflate, br and zstd bodies"), this);
    m_strict = new QCheckBox(tr("Report tolerated protocol deviations as errors"), this);
    form->addRow(tr("&Protocol:"), m_protocol);
    form->addRow(m_follow);
    form->addRow(tr("Most redirects:"), m_maxRedirects);
    form->addRow(m_verify);
    form->addRow(tr("CA file:"), m_caFile);
    form->addRow(tr("Client certificate:"), m_cert);
    form->addRow(tr("Client key:"), m_key);
    form->addRow(tr("Key password:"), m_keyPassword);
    form->addRow(tr("Connect timeout:"), m_connectTimeout);
    form->addRow(tr("Total timeout:"), m_totalTimeout);
    form->addRow(tr("Idle timeout:"), m_idleTimeout);
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(m_decode);
    form->addRow(m_strict);
    connect(m_protocol, &QComboBox::activated, this, &RequestSettingsEditor::optionsEdited);
    connect(m_follow, &QCheckBox::toggled, m_maxRedirects, &QWidget::setEnabled);
    for (auto *box : {m_follow, m_verify, m_decode, m_strict})
        connect(box, &QCheckBox::clicked, this, &RequestSettingsEditor::optionsEdited);
    for (auto *spin : {m_maxRedirects, m_connectTimeout, m_totalTimeout, m_idleTimeout})
        connect(spin, &QSpinBox::valueChanged, this, &RequestSettingsEditor::optionsEdited);
    for (auto *edit : {m_caFile, m_cert, m_key, m_keyPassword, m_proxy})
        connect(edit, &QLineEdit::textEdited, this, &RequestSettingsEditor::optionsEdited);
    setOptions({});
}

QLineEdit *RequestSettingsEditor::fileField(const QString &placeholder, const QString &dialogTitle)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    QAction *browse =
        edit->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QLineEdit::TrailingPosition);
    browse->setToolTip(tr("Browse…"));
    connect(browse, &QAction::triggered, this, [this, edit, dialogTitle] {
        const QString path = QFileDialog::getOpenFileName(this, dialogTitle, edit->text());
        if (!path.isEmpty()) {
            edit->setText(path);
            emit optionsEdited();
        }
    });
    return edit;
}

QSpinBox *RequestSettingsEditor::secondsField()
{
    auto *spin = new QSpinBox(this);
    spin->setRange(0, 24 * 3600);
    spin->setSuffix(tr(" s"));
    spin->setSpecialValueText(tr("No limit"));
    return spin;
}

wb::http::RequestOptions RequestSettingsEditor::options() const
{
    wb::http::RequestOptions o = m_base;
    o.protocol = wb::http::HttpProtocol(m_protocol->currentData().toInt());
    o.followRedirects = m_follow->isChecked();
    o.maxRedirects = m_maxRedirects->value();
    o.verifyTls = m_verify->isChecked();
    o.caFile = m_caFile->text();
    o.clientCertificateFile = m_cert->text();
    o.clientKeyFile = m_key->text();
    o.clientKeyPassword = m_keyPassword->text();
    // Keep sub-second values that were set elsewhere when the seconds shown are unchanged.
    auto ms = [](const QSpinBox *spin, int old) {
        return spin->value() == old / 1000 ? old : spin->value() * 1000;
    };
    o.connectTimeoutMs = ms(m_connectTimeout, m_base.connectTimeoutMs);
    o.totalTimeoutMs = ms(m_totalTimeout, m_base.totalTimeoutMs);
    o.idleTimeoutMs = ms(m_idleTimeout, m_base.idleTimeoutMs);
    o.proxy = m_proxy->text();
    o.decodeContent = m_decode->isChecked();
    o.strict = m_strict->isChecked();
    return o;
}

void RequestSettingsEditor::setOptions(const wb::http::RequestOptions &o)
{
    const QSignalBlocker b1(m_maxRedirects), b2(m_connectTimeout), b3(m_totalTimeout),
        b4(m_idleTimeout);
    m_base = o;
    const int protocol = m_protocol->findData(int(o.protocol));
    m_protocol->setCurrentIndex(protocol < 0 ? 0 : protocol);
    m_follow->setChecked(o.followRedirects);
    m_maxRedirects->setValue(o.maxRedirects);
    m_maxRedirects->setEnabled(o.followRedirects);
    m_verify->setChecked(o.verifyTls);
    m_caFile->setText(o.caFile);
    m_cert->setText(o.clientCertificateFile);
    m_key->setText(o.clientKeyFile);
    m_keyPassword->setText(o.clientKeyPassword);
    m_connectTimeout->setValue(o.connectTimeoutMs / 1000);
    m_totalTimeout->setValue(o.totalTimeoutMs / 1000);
    m_idleTimeout->setValue(o.idleTimeoutMs / 1000);
    m_proxy->setText(o.proxy);
    m_decode->setChecked(o.decodeContent);
    m_strict->setChecked(o.strict);
}

} // namespace wb::ui
