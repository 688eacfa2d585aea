#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace wb::ui {

// The peers of a server or UDP session: connected clients (or senders seen), with "Send to"
// and, for servers, "Disconnect".
class PeersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PeersPanel(QWidget *parent = nullptr);

    void setCanDisconnect(bool canDisconnect);
    void addPeer(const QString &peer);
    void removePeer(const QString &peer);
    void clear();
    QStringList peers() const;
    QListWidget *list() const { return m_list; }
    QPushButton *disconnectButton() const { return m_disconnect; }

signals:
    void peersChanged(const QStringList &peers);
    void sendToRequested(const QString &peer);
    void disconnectRequested(const QString &peer);

private:
    QString selected() const;
    void updateButtons();

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_sendTo = nullptr;
    QPushButton *m_disconnect = nullptr;
    bool m_canDisconnect = true;
};

} // namespace wb::ui
