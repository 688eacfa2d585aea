#pragma once

#include "ui/socket/sessionsetup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb::ui {

// The socket console's top bar: the session kind, the fields that kind needs, and the
// Connect / Listen / Disconnect button. Fields other kinds need are hidden, not removed, so
// switching kinds keeps what was typed.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    SessionSetup setup() const;
    void setSetup(const SessionSetup &setup);
    SessionSetup::Kind kind() const;
    // While a session is open (or opening) the fields are locked and the button ends it.
    void setActive(bool active, bool open);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *bindEdit() const { return m_bind; }
    QSpinBox *bindPortBox() const { return m_bindPort; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QLineEdit *groupEdit() const { return m_group; }
    // UDP: send to a broadcast address (chosen in broadcastAddressBox()) instead of the host.
    QCheckBox *broadcastBox() const { return m_broadcast; }
    QComboBox *broadcastAddressBox() const { return m_broadcastAddress; }
    // The close code a WebSocket is closed with (1000 normal closure, 3000-4999 for applications).
    QSpinBox *closeCodeBox() const { return m_closeCode; }

signals:
    void connectRequested();
    void disconnectRequested();
    void kindChanged(wb::ui::SessionSetup::Kind kind);
    void joinGroupRequested(const QString &group);
    void leaveGroupRequested(const QString &group);
    void pingRequested();

private:
    void updateFields();
    QLineEdit *fileField(const QString &placeholder, const QString &filter, QWidget **row);

    QComboBox *m_kind = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_broadcast = nullptr;
    QComboBox *m_broadcastAddress = nullptr;
    QLabel *m_bindLabel = nullptr;
    QLineEdit *m_bind = nullptr;
    QSpinBox *m_bindPort = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_connect = nullptr;
    QWidget *m_spacer = nullptr;
    QWidget *m_options = nullptr;
    QWidget *m_caRow = nullptr;
    QLineEdit *m_ca = nullptr;
    QWidget *m_certRow = nullptr;
    QLineEdit *m_cert = nullptr;
    QWidget *m_keyRow = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_ignoreTls = nullptr;
    QCheckBox *m_reconnect = nullptr;
    QComboBox *m_messageType = nullptr;
    QPushButton *m_ping = nullptr;
    QLabel *m_closeCodeLabel = nullptr;
    QSpinBox *m_closeCode = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLineEdit *m_group = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    bool m_active = false;
    bool m_open = false;
};

} // namespace wb::ui
