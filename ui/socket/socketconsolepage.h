#pragma once

#include "core/net/netsession.h"
#include "core/store/historytypes.h"
#include "ui/socket/sessionsetup.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <functional>

class QSplitter;
class QStackedWidget;

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
//
// The session lives on the page's network thread: its chunks and events reach the page as queued
// value-typed signals, and everything the page asks of it (send, close, disconnect a client, ...)
// goes there as a queued call. The page never calls into the session object directly.
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
    // The running session, for identity only (it lives on networkThread(); do not call it).
    net::NetSession *session() const { return m_session; }
    QThread *networkThread() { return &m_networkThread; }
    // The session's state as its last stateChanged() said.
    net::NetSession::State sessionState() const { return m_state; }
    bool isSessionOpen() const { return m_session && m_state == net::NetSession::State::Open; }
    // Servers and UDP: the port listened on or bound, once known.
    quint16 localPort() const { return m_localPort; }

    void openSession();
    void closeSession();

signals:
    // A finished session's transcript is in the history now.
    void sessionArchived(const wb::store::HistorySummary &summary);

private:
    void onKindChanged(SessionSetup::Kind kind);
    void onStateChanged(net::NetSession::State state);
    void updateStateText();
    // Runs `work` with the session on its thread (dropped when the session is gone by then).
    void onSessionThread(std::function<void(net::NetSession *)> work);
    void archive();
    void endSession();
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
    QThread m_networkThread;
    net::NetSession *m_session = nullptr;
    net::NetSession::State m_state = net::NetSession::State::Closed;
    quint16 m_localPort = 0;
    bool m_closing = false;
    SessionSetup m_setup;
    bool m_archived = true;
};

} // namespace wb::ui
