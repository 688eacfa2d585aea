#include "ui/socket/connectionbar.h"

#include "core/net/udpsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

using Kind = SessionSetup::Kind;

QSpinBox *makePortBox(QWidget *parent, const QString &name, const QString &special)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 65535);
    box->setSpecialValueText(special);
    box->setAccelerated(true);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 30);
    return box;
}

} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("socketKind"));
    for (Kind kind : {Kind::TcpClient, Kind::TcpServer, Kind::Udp, Kind::TlsClient, Kind::TlsServer,
                      Kind::WebSocket})
        m_kind->addItem(SessionSetup::kindName(kind), int(kind));

    m_kind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hostLabel = new QLabel(tr("Host"), this);
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_host->setObjectName(QStringLiteral("socketHost"));
    m_host->setPlaceholderText(tr("host name or address"));
    m_host->setClearButtonEnabled(true);
    m_port = makePortBox(this, QStringLiteral("socketPort"), tr("port"));
    m_broadcastAddress = new QComboBox(this);
    m_broadcastAddress->setObjectName(QStringLiteral("socketBroadcastAddress"));
    m_broadcastAddress->setEditable(true);
    m_broadcastAddress->addItems(net::UdpSession::broadcastAddresses());
    m_broadcastAddress->setToolTip(tr("255.255.255.255 reaches the local network of the default "
                                      "route; a subnet's broadcast address reaches that subnet"));
    m_broadcast = new QCheckBox(tr("Broadcast"), this);
    m_broadcast->setObjectName(QStringLiteral("socketBroadcast"));
    m_broadcast->setToolTip(tr("Send every datagram to a broadcast address on the port given"));
    m_bindLabel = new QLabel(tr("Listen on"), this);
    m_bind = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_bind->setObjectName(QStringLiteral("socketBind"));
    m_bind->setPlaceholderText(tr("address, e.g. 0.0.0.0"));
    m_bind->setMaximumWidth(
        m_bind->fontMetrics().horizontalAdvance(QStringLiteral("0000:0000:0000")) + 24);
    m_bindPort = makePortBox(this, QStringLiteral("socketBindPort"), tr("any"));
    m_bindPort->setToolTip(tr("Local port; “any” lets the system pick a free one"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("socketUrl"));
    m_url->setPlaceholderText(tr("ws://host:port/path or wss://…"));
    m_url->setClearButtonEnabled(true);
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("socketConnect"));
    m_connect->setDefault(true);
    m_connect->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_connect->setMinimumWidth(m_connect->fontMetrics().horizontalAdvance(tr("Disconnect")) + 32);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_kind);
    top->addSpacing(6);
    top->addWidget(m_bindLabel);
    top->addWidget(m_bind, 1);
    top->addWidget(m_bindPort);
    top->addWidget(m_hostLabel);
    top->addWidget(m_host, 2);
    top->addWidget(m_broadcastAddress, 2);
    top->addWidget(m_port);
    top->addWidget(m_broadcast);
    top->addWidget(m_url, 3);
    m_spacer = new QWidget(this); // takes the room the host or URL field would
    m_spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    top->addWidget(m_spacer, 2);
    top->addWidget(m_connect);

    m_options = new QWidget(this);
    auto *options = new QHBoxLayout(m_options);
    options->setContentsMargins(0, 0, 0, 0);
    m_ca = fileField(tr("CA certificates (PEM)"),
                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"), &m_caRow);
    m_ca->setObjectName(QStringLiteral("socketCaFile"));
    m_cert = fileField(tr("certificate (PEM)"),
                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"), &m_certRow);
    m_cert->setObjectName(QStringLiteral("socketCertFile"));
    m_key = fileField(tr("private key (PEM)"), tr("Keys (*.pem *.key);;All files (*)"), &m_keyRow);
    m_key->setObjectName(QStringLiteral("socketKeyFile"));
    m_ignoreTls = new QCheckBox(tr("Ignore TLS errors"), m_options);
    m_ignoreTls->setObjectName(QStringLiteral("socketIgnoreTls"));
    m_ignoreTls->setToolTip(tr("Connect even when the certificate cannot be verified; the errors "
                               "are still shown"));
    m_messageType = new QComboBox(m_options);
    m_messageType->addItem(tr("Text messages"));
    m_messageType->addItem(tr("Binary messages"));
    m_ping = new QPushButton(tr("Ping"), m_options);
    m_ping->setObjectName(QStringLiteral("socketPing"));
    m_closeCodeLabel = new QLabel(tr("Close code"), m_options);
    m_closeCode = new QSpinBox(m_options);
    m_closeCode->setObjectName(QStringLiteral("socketCloseCode"));
    m_closeCode->setRange(1000, 4999);
    m_closeCode->setValue(1000);
    m_closeCode->setToolTip(tr("Sent when you disconnect: 1000 is a normal closure, 1001 going "
                               "away, 3000–4999 are for applications"));
    m_closeCodeLabel->setBuddy(m_closeCode);
    m_groupLabel = new QLabel(tr("Multicast group"), m_options);
    m_group = new QLineEdit(m_options);
    m_group->setObjectName(QStringLiteral("socketGroup"));
    m_group->setPlaceholderText(QStringLiteral("239.255.0.1"));
    m_group->setMaximumWidth(
        m_group->fontMetrics().horizontalAdvance(QStringLiteral("000.000.000.000")) + 24);
    m_join = new QPushButton(tr("Join"), m_options);
    m_leave = new QPushButton(tr("Leave"), m_options);
    m_reconnect = new QCheckBox(tr("Auto-reconnect"), m_options);
    m_reconnect->setObjectName(QStringLiteral("socketReconnect"));
    m_reconnect->setToolTip(tr("Connect again every 2 s when the connection is refused or lost"));
    for (QWidget *w : {m_caRow, m_certRow, m_keyRow})
        options->addWidget(w, 1);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ignoreTls, m_messageType, m_ping, m_closeCodeLabel,
                                          m_closeCode, m_groupLabel, m_group, m_join, m_leave})
        options->addWidget(w);
    options->addStretch();
    options->addWidget(m_reconnect);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_options);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit kindChanged(kind());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_active)
            emit disconnectRequested();
        else
            emit connectRequested();
    });
    for (QLineEdit *edit : {m_host, m_url, m_bind})
        connect(edit, &QLineEdit::returnPressed, m_connect, &QPushButton::click);
    connect(m_join, &QPushButton::clicked, this,
            [this] { emit joinGroupRequested(m_group->text()); });
    connect(m_leave, &QPushButton::clicked, this,
            [this] { emit leaveGroupRequested(m_group->text()); });
    connect(m_ping, &QPushButton::clicked, this, &ConnectionBar::pingRequested);
    connect(m_broadcast, &QCheckBox::toggled, this, [this](bool on) {
        // A socket bound to loopback cannot reach a subnet's broadcast address.
        if (on && m_bind->text().trimmed() == QLatin1String("127.0.0.1"))
            m_bind->setText(QStringLiteral("0.0.0.0"));
        updateFields();
    });
    updateFields();
}

QLineEdit *ConnectionBar::fileField(const QString &placeholder, const QString &filter,
                                    QWidget **row)
{
    *row = new QWidget(m_options);
    auto *layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *edit = new QLineEdit(*row);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *browse = new QToolButton(*row);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose a file"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, placeholder, filter] {
        const QString path = QFileDialog::getOpenFileName(this, placeholder, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

SessionSetup::Kind ConnectionBar::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

SessionSetup ConnectionBar::setup() const
{
    SessionSetup setup;
    setup.kind = kind();
    setup.host = m_host->text().trimmed();
    setup.port = quint16(m_port->value());
    setup.bindAddress = m_bind->text().trimmed();
    setup.bindPort = quint16(m_bindPort->value());
    setup.url = m_url->text().trimmed();
    const bool tls = setup.kind == Kind::TlsClient || setup.kind == Kind::TlsServer ||
                     setup.kind == Kind::WebSocket;
    if (tls) {
        setup.caFile = m_ca->text().trimmed();
        setup.certificateFile = m_cert->text().trimmed();
        setup.keyFile = m_key->text().trimmed();
    }
    setup.ignoreTlsErrors = m_ignoreTls->isChecked();
    setup.autoReconnect = SessionSetup::isClient(setup.kind) && m_reconnect->isChecked();
    setup.binaryMessages = m_messageType->currentIndex() == 1;
    setup.broadcast = setup.kind == Kind::Udp && m_broadcast->isChecked();
    setup.broadcastAddress = m_broadcastAddress->currentText().trimmed();
    return setup;
}

void ConnectionBar::setSetup(const SessionSetup &setup)
{
    m_kind->setCurrentIndex(m_kind->findData(int(setup.kind)));
    m_host->setText(setup.host);
    m_port->setValue(setup.port);
    m_bind->setText(setup.bindAddress);
    m_bindPort->setValue(setup.bindPort);
    m_url->setText(setup.url);
    m_ca->setText(setup.caFile);
    m_cert->setText(setup.certificateFile);
    m_key->setText(setup.keyFile);
    m_ignoreTls->setChecked(setup.ignoreTlsErrors);
    m_reconnect->setChecked(setup.autoReconnect);
    m_messageType->setCurrentIndex(setup.binaryMessages ? 1 : 0);
    m_broadcast->setChecked(setup.broadcast);
    m_broadcastAddress->setCurrentText(setup.broadcastAddress);
    updateFields();
}

void ConnectionBar::setActive(bool active, bool open)
{
    m_active = active;
    m_open = open;
    updateFields();
}

void ConnectionBar::updateFields()
{
    const Kind k = kind();
    const bool server = SessionSetup::isServer(k);
    const bool udp = k == Kind::Udp;
    const bool ws = k == Kind::WebSocket;
    const bool tlsClient = k == Kind::TlsClient || ws;
    const bool tls = tlsClient || k == Kind::TlsServer;

    m_bindLabel->setVisible(server || udp);
    m_bind->setVisible(server || udp);
    m_bindPort->setVisible(server || udp);
    m_hostLabel->setVisible(!server && !ws);
    const bool broadcast = udp && m_broadcast->isChecked();
    m_hostLabel->setText(broadcast ? tr("Broadcast to") : udp ? tr("Send to") : tr("Host"));
    m_host->setVisible(!server && !ws && !broadcast);
    m_broadcastAddress->setVisible(broadcast);
    m_broadcast->setVisible(udp);
    m_port->setVisible(!server && !ws);
    m_url->setVisible(ws);
    m_spacer->setVisible(server);
    m_caRow->setVisible(tls);
    m_ca->setPlaceholderText(k == Kind::TlsServer ? tr("client CA (asks for a client certificate)")
                                                  : tr("extra CA certificates (PEM)"));
    m_certRow->setVisible(tls);
    m_cert->setPlaceholderText(k == Kind::TlsServer ? tr("server certificate (PEM)")
                                                    : tr("client certificate (optional)"));
    m_keyRow->setVisible(tls);
    m_ignoreTls->setVisible(tlsClient);
    m_messageType->setVisible(ws);
    m_ping->setVisible(ws);
    m_ping->setEnabled(m_open);
    m_closeCodeLabel->setVisible(ws);
    m_closeCode->setVisible(ws);
    m_groupLabel->setVisible(udp);
    m_group->setVisible(udp);
    m_join->setVisible(udp);
    m_leave->setVisible(udp);
    m_join->setEnabled(m_open);
    m_leave->setEnabled(m_open);
    m_reconnect->setVisible(SessionSetup::isClient(k));
    m_options->setVisible(tls || udp || SessionSetup::isClient(k));

    for (QWidget *w : std::initializer_list<QWidget *>{
             m_kind, m_host, m_port, m_broadcast, m_broadcastAddress, m_bind, m_bindPort, m_url,
             m_caRow, m_certRow, m_keyRow, m_ignoreTls, m_messageType, m_reconnect})
        w->setEnabled(!m_active);
    if (m_active)
        m_connect->setText(server ? tr("Stop") : udp ? tr("Close") : tr("Disconnect"));
    else
        m_connect->setText(server ? tr("Listen") : udp ? tr("Bind") : tr("Connect"));
}

} // namespace wb::ui
