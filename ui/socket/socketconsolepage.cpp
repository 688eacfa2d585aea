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
    m_model = new TranscriptModel(this);
    m_model->setStore(store);
    m_snippets = new SnippetStore(store, this);
    m_repeater = new net::RepeatSender(this);
    m_fileSender = new net::FileSender(this);

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
        if (auto *ws = qobject_cast<net::WebSocketSession *>(m_session.data()))
            ws->ping();
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
        if (auto *server = qobject_cast<net::TcpServerSession *>(m_session.data()))
            server->disconnectClient(peer);
    });
    connect(m_repeater, &net::RepeatSender::finished, this, [this](qint64 sent) {
        m_input->setBusy(false);
        m_input->showMessage(tr("Sent %n time(s).", nullptr, int(qMin<qint64>(sent, INT_MAX))),
                             false);
    });
    connect(
        m_fileSender, &net::FileSender::finished, this, [this](qint64 sent, const Error &error) {
            m_input->setBusy(false);
            m_input->showMessage(
                error.isError() ? error.message
                                : tr("Sent the file (%1).").arg(QLocale().formattedDataSize(sent)),
                error.isError());
        });
    connect(m_fileSender, &net::FileSender::progressed, this, [this](qint64 sent, qint64 size) {
        m_input->showMessage(
            tr("Sending the file: %1 of %2")
                .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(size)),
            false);
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
}

SocketConsolePage::~SocketConsolePage()
{
    // The transcript of a session still running goes to history too.
    if (m_session) {
        m_repeater->stop();
        m_fileSender->stop();
        disconnect(m_session, nullptr, this, nullptr);
        m_session->close();
        m_model->flush();
        archive();
    }
}

std::function<QWidget *(QWidget *)> SocketConsolePage::factory(store::WorkspaceStore *store)
{
    QPointer<store::WorkspaceStore> guarded(store);
    return [guarded](QWidget *parent) -> QWidget * {
        return new SocketConsolePage(guarded.data(), parent);
    };
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
    Result<net::NetSession *> created = m_setup.create(this);
    if (!created) {
        m_model->append(net::TranscriptChunk::event(created.error().message, {}, true));
        m_pane->setStateText(tr("Not connected"));
        return;
    }
    m_session = created.value();
    m_model->beginSession();
    m_archived = false;
    m_peers->clear();
    m_certificates->clear();
    net::NetSession *session = m_session;
    connect(session, &net::NetSession::chunkAdded, m_model, &TranscriptModel::append);
    connect(session, &net::NetSession::stateChanged, this, &SocketConsolePage::onStateChanged);
    connect(session, &net::NetSession::peerConnected, m_peers, &PeersPanel::addPeer);
    if (SessionSetup::isServer(m_setup.kind))
        connect(session, &net::NetSession::peerDisconnected, m_peers, &PeersPanel::removePeer);
    if (auto *tls = qobject_cast<net::TlsClientSession *>(session)) {
        connect(tls, &net::TlsClientSession::encrypted, this,
                &SocketConsolePage::updateCertificates);
        connect(tls, &net::NetSession::errorOccurred, this, &SocketConsolePage::updateCertificates);
    }
    m_bar->setActive(true, false);
    session->open();
    onStateChanged();
}

void SocketConsolePage::closeSession()
{
    if (!m_session)
        return;
    m_repeater->stop();
    m_fileSender->stop();
    m_session->setAutoReconnect(false);
    if (auto *webSocket = qobject_cast<net::WebSocketSession *>(m_session))
        webSocket->setDefaultCloseCode(m_bar->closeCodeBox()->value());
    if (m_session->state() == State::Closed)
        endSession();
    else
        m_session->close(); // Closed follows, and ends the session
}

void SocketConsolePage::onStateChanged()
{
    if (!m_session)
        return;
    const State state = m_session->state();
    const bool server = SessionSetup::isServer(m_setup.kind);
    QString text;
    switch (state) {
    case State::Opening:
        text = server || m_setup.kind == Kind::Udp ? tr("Opening…")
                                                   : tr("Connecting to %1…").arg(m_setup.target());
        break;
    case State::Open:
        if (auto *tcpServer = qobject_cast<net::TcpServerSession *>(m_session.data())) {
            text = tr("Listening on %1")
                       .arg(net::PeerAddress::format(m_setup.bindAddress, tcpServer->serverPort()));
        } else if (auto *udp = qobject_cast<net::UdpSession *>(m_session.data())) {
            text = tr("Bound to %1")
                       .arg(net::PeerAddress::format(m_setup.bindAddress, udp->localPort()));
        } else {
            text = tr("Connected to %1").arg(m_setup.target());
        }
        break;
    case State::Closing:
        text = tr("Closing…");
        break;
    case State::Closed:
        text = m_session->autoReconnect() ? tr("Disconnected; reconnecting") : tr("Closed");
        break;
    }
    m_pane->setStateText(text);
    m_bar->setActive(true, state == State::Open);
    updateInput();
    if (state == State::Closed && !m_session->autoReconnect()) {
        // Let the session finish what it reports along with the close before it goes.
        QTimer::singleShot(0, this, [this, session = m_session] {
            if (session && session == m_session && session->state() == State::Closed)
                endSession();
        });
    }
}

void SocketConsolePage::endSession()
{
    m_repeater->stop();
    m_fileSender->stop();
    m_model->flush();
    archive();
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
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

void SocketConsolePage::updateCertificates()
{
    if (auto *tls = qobject_cast<net::TlsClientSession *>(m_session.data()))
        m_certificates->setChain(tls->peerCertificateChain(), tls->verificationErrors(),
                                 tls->host());
}

void SocketConsolePage::updateInput()
{
    bool canSend = m_session && m_session->isOpen();
    if (m_session && SessionSetup::isServer(m_setup.kind))
        canSend = m_session->canSend();
    m_input->setCanSend(canSend);
}

void SocketConsolePage::send(const QByteArray &bytes, const QString &peer)
{
    if (m_session)
        m_session->send(bytes, peer);
}

void SocketConsolePage::startRepeat(const QByteArray &bytes, int intervalMs, qint64 count,
                                    const QString &peer)
{
    if (!m_session)
        return;
    if (m_repeater->start(m_session, bytes, intervalMs, count, peer))
        m_input->setBusy(true);
    else
        m_input->showMessage(tr("The repetition could not start."), true);
}

void SocketConsolePage::sendFile(const QString &path, const QString &peer)
{
    if (!m_session)
        return;
    const Result<void> started = m_fileSender->start(m_session, path, peer);
    if (!started) {
        m_input->showMessage(started.error().message, true);
        return;
    }
    m_input->setBusy(true);
}

void SocketConsolePage::stopSending()
{
    m_repeater->stop();
    m_fileSender->stop();
    m_input->setBusy(false);
}

void SocketConsolePage::changeGroup(const QString &group, bool join)
{
    auto *udp = qobject_cast<net::UdpSession *>(m_session.data());
    if (!udp)
        return;
    const QHostAddress address(group.trimmed());
    if (address.isNull() || !address.isMulticast()) {
        m_model->append(net::TranscriptChunk::event(
            tr("“%1” is not a multicast group address (224.0.0.0 to 239.255.255.255, or ff00::/8).")
                .arg(group),
            {}, true));
        return;
    }
    if (join)
        udp->joinMulticastGroup(address);
    else
        udp->leaveMulticastGroup(address);
}

} // namespace wb::ui
