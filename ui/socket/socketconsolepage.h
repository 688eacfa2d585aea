#pragma once

#include "core/net/netsession.h"
#include "core/store/historytypes.h"
#include "ui/socket/sessionsetup.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QSplitter;
class QStackedWidget;

namespace wb::net {
class FileSender;
class RepeatSender;
} // namespace wb::net

namespace wb::store {
class WorkspaceStore;
}

namespace wb::ui {

class CertificatePanel;
class ConnectionBar;
class InputPanel;
class PeersPanel;
class SnippetStore;
class TranscriptModel;
class TranscriptPane;

// A raw socket console tab: the connection bar on top, the live transcript with (for servers and
// UDP) the peers or (for TLS clients) the certificate chain beside it, and the input below.
// When a session ends its transcript goes to the workspace history.
class SocketConsolePage : public QWidget
{
    Q_OBJECT

public:
    // `store` keeps history and snippets; it may be null (nothing is kept then).
    explicit SocketConsolePage(store::WorkspaceStore *store, QWidget *parent = nullptr);
    ~SocketConsolePage() override;

    // What MainWindow::setSocketConsolePageFactory() takes.
    static std::function<QWidget *(QWidget *)> factory(store::WorkspaceStore *store);

    ConnectionBar *connectionBar() const { return m_bar; }
    InputPanel *inputPanel() const { return m_input; }
    TranscriptPane *transcriptPane() const { return m_pane; }
    TranscriptModel *transcriptModel() const { return m_model; }
    PeersPanel *peersPanel() const { return m_peers; }
    CertificatePanel *certificatePanel() const { return m_certificates; }
    SnippetStore *snippetStore() const { return m_snippets; }
    net::NetSession *session() const { return m_session; }

    void openSession();
    void closeSession();

signals:
    // A finished session's transcript is in the history now.
    void sessionArchived(const wb::store::HistorySummary &summary);

private:
    void onKindChanged(SessionSetup::Kind kind);
    void onStateChanged();
    void archive();
    void endSession();
    void updateCertificates();
    void send(const QByteArray &bytes, const QString &peer);
    void startRepeat(const QByteArray &bytes, int intervalMs, qint64 count, const QString &peer);
    void sendFile(const QString &path, const QString &peer);
    void stopSending();
    void changeGroup(const QString &group, bool join);
    void updateInput();

    QPointer<store::WorkspaceStore> m_store;
    ConnectionBar *m_bar = nullptr;
    TranscriptModel *m_model = nullptr;
    TranscriptPane *m_pane = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_side = nullptr;
    PeersPanel *m_peers = nullptr;
    CertificatePanel *m_certificates = nullptr;
    SnippetStore *m_snippets = nullptr;
    InputPanel *m_input = nullptr;
    net::RepeatSender *m_repeater = nullptr;
    net::FileSender *m_fileSender = nullptr;
    QPointer<net::NetSession> m_session;
    SessionSetup m_setup;
    bool m_archived = true;
};

} // namespace wb::ui
