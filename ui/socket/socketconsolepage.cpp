#include "ui/socket/socketconsolepage.h"

#include "core/net/filesender.h"
#include "core/net/peeraddress.h"
#include "core/net/repeatsender.h"
#include "core/net/tcpserversession.h"
#include "core/net/tlsclientsession.h"
#include "core/net/udpsession.h"
#include "core/net/websocketsession.h"
#include "core/store/workspacestore.h"
#include "ui/socket/certificatepanel.h"
#include "ui/socket/connectionbar.h"
#include "ui/socket/inputpanel.h"
#include "ui/socket/peerspanel.h"
#include "ui/socket/snippetstore.h"
#include "ui/socket/transcriptmodel.h"
#include "ui/socket/transcriptpane.h"

#include <QComboBox>
#include <QHostAddress>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wb::ui {

namespace {
using Kind = SessionSetup::Kind;
using State = net::NetSession::State;
} // namespace

SocketConsolePage::SocketConsolePage(store::WorkspaceStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("socketConsolePage"));
    m_networkThread.setObjectName(QStringLiteral("wb-socket-console"));
    m_model = new TranscriptModel(this);
    m_model->setStore(store);
    m_snippets = new SnippetStore(store, this);

    m_bar = new ConnectionBar(this);
    m_pane = new TranscriptPane(m_model, this);
    m_peers = new PeersPanel(this);
    m_certificates = new CertificatePanel(this);
    m_side = new QStackedWidget(this);
    m_side->addWidget(m_peers);
    m_side->addWidget(m_certificates);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_pane);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_input = new InputPanel(m_snippets, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_input);

    connect(m_bar, &ConnectionBar::connectRequested, this, &SocketConsolePage::openSession);
    connect(m_bar, &ConnectionBar::disconnectRequested, this, &SocketConsolePage::closeSession);
    connect(m_bar, &ConnectionBar::kindChanged, this, &SocketConsolePage::onKindChanged);
    connect(m_bar, &ConnectionBar::joinGroupRequested, this,
            [this](const QString &group) { changeGroup(group, true); });
    connect(m_bar, &ConnectionBar::leaveGroupRequested, this,
            [this](const QString &group) { changeGroup(group, false); });
    connect(m_bar, &ConnectionBar::pingRequested, this, [this] {
        onSessionThread([](net::NetSession *session) {
            if (auto *ws = qobject_cast<net::WebSocketSession *>(session))
                ws->ping();
        });
    });
    connect(m_input, &InputPanel::sendRequested, this, &SocketConsolePage::send);
    connect(m_input, &InputPanel::repeatRequested, this, &SocketConsolePage::startRepeat);
    connect(m_input, &InputPanel::fileRequested, this, &SocketConsolePage::sendFile);
    connect(m_input, &InputPanel::stopRequested, this, &SocketConsolePage::stopSending);
    connect(m_peers, &PeersPanel::peersChanged, this, [this](const QStringList &peers) {
        m_input->setTargets(peers, SessionSetup::isServer(m_bar->kind()));
        updateInput();
    });
    connect(m_peers, &PeersPanel::sendToRequested, this, [this](const QString &peer) {
        m_input->targetBox()->setCurrentIndex(m_input->targetBox()->findText(peer));
        m_input->editor()->setFocus();
    });
    connect(m_peers, &PeersPanel::disconnectRequested, this, [this](const QString &peer) {
        onSessionThread([peer](net::NetSession *session) {
            if (auto *server = qobject_cast<net::TcpServerSession *>(session))
                server->disconnectClient(peer);
        });
    });
    connect(m_model, &TranscriptModel::archived, this,
            [this](const store::HistorySummary &summary, const Error &error) {
                if (error.isError())
                    m_model->append(net::TranscriptChunk::event(
                        tr("The session could not be kept in history: %1").arg(error.message), {},
                        true));
                else
                    emit sessionArchived(summary);
            });

    onKindChanged(m_bar->kind());
    m_pane->setStateText(tr("Not connected"));
    m_snippets->reload();
    m_networkThread.start();
}

SocketConsolePage::~SocketConsolePage()
{
    // The transcript of a session still running goes to history too; the session closes and
    // goes on its own thread, which ends before the page does.
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session, nullptr, m_model, nullptr);
        onSessionThread([](net::NetSession *session) { session->close(); });
        m_session->deleteLater();
        m_session = nullptr;
        m_model->flush();
        archive();
    }
    m_networkThread.quit();
    m_networkThread.wait();
}

std::function<QWidget *(QWidget *)> SocketConsolePage::factory(store::WorkspaceStore *store)
{
    QPointer<store::WorkspaceStore> guarded(store);
    return [guarded](QWidget *parent) -> QWidget * {
        return new SocketConsolePage(guarded.data(), parent);
    };
}

void SocketConsolePage::onSessionThread(std::function<void(net::NetSession *)> work)
{
    if (!m_session)
        return;
    QMetaObject::invokeMethod(
        m_session, [session = m_session, work = std::move(work)] { work(session); },
        Qt::QueuedConnection);
}

void SocketConsolePage::onKindChanged(SessionSetup::Kind kind)
{
    const bool server = SessionSetup::isServer(kind);
    const bool udp = kind == Kind::Udp;
    m_side->setVisible(server || udp || kind == Kind::TlsClient);
    m_side->setCurrentWidget(kind == Kind::TlsClient ? static_cast<QWidget *>(m_certificates)
                                                     : m_peers);
    m_peers->setCanDisconnect(server);
    m_input->setTargetVisible(server || udp);
    m_input->setTargets(m_peers->peers(), server);
    if (m_splitter->sizes().value(1) < 200 && m_side->isVisible())
        m_splitter->setSizes({m_splitter->width() * 3 / 4, m_splitter->width() / 4});
}

void SocketConsolePage::openSession()
{
    if (m_session)
        return;
    m_setup = m_bar->setup();
    Result<net::NetSession *> created = m_setup.create(nullptr);
    if (!created) {
        m_model->append(net::TranscriptChunk::event(created.error().message, {}, true));
        m_pane->setStateText(tr("Not connected"));
        return;
    }
    net::NetSession *session = created.value();
    session->moveToThread(&m_networkThread);
    m_session = session;
    m_state = State::Closed;
    m_localPort = 0;
    m_closing = false;
    m_model->beginSession();
    m_archived = false;
    m_peers->clear();
    m_certificates->clear();
    // Queued: the session emits on its thread, the page takes the values on this one.
    connect(session, &net::NetSession::chunkAdded, m_model, &TranscriptModel::append);
    connect(session, &net::NetSession::stateChanged, this, &SocketConsolePage::onStateChanged);
    connect(session, &net::NetSession::localPortBound, this, [this](quint16 port) {
        m_localPort = port;
        updateStateText();
    });
    connect(session, &net::NetSession::peerConnected, m_peers, &PeersPanel::addPeer);
    if (SessionSetup::isServer(m_setup.kind))
        connect(session, &net::NetSession::peerDisconnected, m_peers, &PeersPanel::removePeer);
    if (auto *tls = qobject_cast<net::TlsClientSession *>(session)) {
        connect(tls, &net::TlsClientSession::certificatesReceived, this,
                [this](const QList<QSslCertificate> &chain, const QList<QSslError> &errors) {
                    m_certificates->setChain(chain, errors, m_setup.host);
                });
    }
    m_bar->setActive(true, false);
    m_state = State::Opening;
    updateStateText();
    updateInput();
    QMetaObject::invokeMethod(session, &net::NetSession::open, Qt::QueuedConnection);
}

void SocketConsolePage::closeSession()
{
    if (!m_session)
        return;
    m_closing = true;
    const int closeCode = m_bar->closeCodeBox()->value();
    onSessionThread([closeCode](net::NetSession *session) {
        for (auto *repeater : session->findChildren<net::RepeatSender *>())
            repeater->stop();
        for (auto *sender : session->findChildren<net::FileSender *>())
            sender->stop();
        session->setAutoReconnect(false);
        if (auto *webSocket = qobject_cast<net::WebSocketSession *>(session))
            webSocket->setDefaultCloseCode(closeCode);
        session->close(); // Closed follows (unless it is closed already)
    });
    if (m_state == State::Closed)
        endSession();
}

void SocketConsolePage::onStateChanged(net::NetSession::State state)
{
    if (!m_session)
        return;
    m_state = state;
    updateStateText();
    m_bar->setActive(true, state == State::Open);
    updateInput();
    const bool reconnecting = m_setup.autoReconnect && !m_closing;
    if (state == State::Closed && !reconnecting) {
        // Let what the session reported along with the close arrive before it goes.
        QTimer::singleShot(0, this, [this, session = m_session] {
            if (session && session == m_session && m_state == State::Closed)
                endSession();
        });
    }
}

void SocketConsolePage::updateStateText()
{
    if (!m_session)
        return;
    const bool server = SessionSetup::isServer(m_setup.kind);
    const QString local = net::PeerAddress::format(m_setup.bindAddress, m_localPort);
    QString text;
    switch (m_state) {
    case State::Opening:
        text = server || m_setup.kind == Kind::Udp ? tr("Opening…")
                                                   : tr("Connecting to %1…").arg(m_setup.target());
        break;
    case State::Open:
        if (server)
            text = tr("Listening on %1").arg(local);
        else if (m_setup.kind == Kind::Udp)
            text = tr("Bound to %1").arg(local);
        else
            text = tr("Connected to %1").arg(m_setup.target());
        break;
    case State::Closing:
        text = tr("Closing…");
        break;
    case State::Closed:
        text =
            m_setup.autoReconnect && !m_closing ? tr("Disconnected; reconnecting") : tr("Closed");
        break;
    }
    m_pane->setStateText(text);
}

void SocketConsolePage::endSession()
{
    m_input->setBusy(false);
    m_model->flush();
    archive();
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater(); // on its own thread, after what was queued to it
        m_session = nullptr;
    }
    m_state = State::Closed;
    m_peers->clear();
    m_bar->setActive(false, false);
    m_pane->setStateText(tr("Closed"));
    updateInput();
}

void SocketConsolePage::archive()
{
    if (m_archived)
        return;
    m_archived = true;
    if (m_store)
        m_model->archive(m_setup.protocol(), m_setup.target());
}

void SocketConsolePage::updateInput()
{
    bool canSend = isSessionOpen();
    if (canSend && SessionSetup::isServer(m_setup.kind))
        canSend = !m_peers->peers().isEmpty();
    m_input->setCanSend(canSend);
}

void SocketConsolePage::send(const QByteArray &bytes, const QString &peer)
{
    onSessionThread([bytes, peer](net::NetSession *session) { session->send(bytes, peer); });
}

void SocketConsolePage::startRepeat(const QByteArray &bytes, int intervalMs, qint64 count,
                                    const QString &peer)
{
    if (!m_session)
        return;
    m_input->setBusy(true);
    // The page outlives the work queued here: its destructor waits for the network thread.
    onSessionThread([this, bytes, intervalMs, count, peer](net::NetSession *session) {
        auto *repeater = session->findChild<net::RepeatSender *>();
        if (!repeater) {
            repeater = new net::RepeatSender(session);
            connect(repeater, &net::RepeatSender::finished, this, [this](qint64 sent) {
                m_input->setBusy(false);
                m_input->showMessage(
                    tr("Sent %n time(s).", nullptr, int(qMin<qint64>(sent, INT_MAX))), false);
            });
        }
        if (!repeater->start(session, bytes, intervalMs, count, peer)) {
            QMetaObject::invokeMethod(this, [this] {
                m_input->setBusy(false);
                m_input->showMessage(tr("The repetition could not start."), true);
            });
        }
    });
}

void SocketConsolePage::sendFile(const QString &path, const QString &peer)
{
    if (!m_session)
        return;
    m_input->setBusy(true);
    onSessionThread([this, path, peer](net::NetSession *session) {
        auto *sender = session->findChild<net::FileSender *>();
        if (!sender) {
            sender = new net::FileSender(session);
            connect(sender, &net::FileSender::finished, this,
                    [this](qint64 sent, const Error &error) {
                        m_input->setBusy(false);
                        m_input->showMessage(
                            error.isError()
                                ? error.message
                                : tr("Sent the file (%1).").arg(QLocale().formattedDataSize(sent)),
                            error.isError());
                    });
            connect(sender, &net::FileSender::progressed, this, [this](qint64 sent, qint64 size) {
                m_input->showMessage(
                    tr("Sending the file: %1 of %2")
                        .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(size)),
                    false);
            });
        }
        const Result<void> started = sender->start(session, path, peer);
        if (!started) {
            QMetaObject::invokeMethod(this, [this, message = started.error().message] {
                m_input->setBusy(false);
                m_input->showMessage(message, true);
            });
        }
    });
}

void SocketConsolePage::stopSending()
{
    onSessionThread([](net::NetSession *session) {
        for (auto *repeater : session->findChildren<net::RepeatSender *>())
            repeater->stop();
        for (auto *sender : session->findChildren<net::FileSender *>())
            sender->stop();
    });
    m_input->setBusy(false);
}

void SocketConsolePage::changeGroup(const QString &group, bool join)
{
    if (m_setup.kind != Kind::Udp || !m_session)
        return;
    const QHostAddress address(group.trimmed());
    if (address.isNull() || !address.isMulticast()) {
        m_model->append(net::TranscriptChunk::event(
            tr("“%1” is not a multicast group address (224.0.0.0 to 239.255.255.255, or ff00::/8).")
                .arg(group),
            {}, true));
        return;
    }
    onSessionThread([address, join](net::NetSession *session) {
        auto *udp = qobject_cast<net::UdpSession *>(session);
        if (udp && join)
            udp->joinMulticastGroup(address);
        else if (udp)
            udp->leaveMulticastGroup(address);
    });
}

} // namespace wb::ui
