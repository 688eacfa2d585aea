#include "core/net/netsession.h"

#include "core/common/logging.h"
#include "core/net/payloadcodec.h"

#include <QCoreApplication>

namespace wb::net {

NetSession::NetSession(QObject *parent)
    : QObject(parent)
    , m_reconnectTimer(this)
{
    qRegisterMetaType<wb::net::TranscriptChunk>();
    qRegisterMetaType<wb::Error>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Closed)
            open();
    });
}

NetSession::~NetSession() = default;

Result<QByteArray> NetSession::encodeTyped(const QString &text, LineEnding ending, bool hex)
{
    Result<QByteArray> bytes =
        hex ? PayloadCodec::decodeHex(text) : PayloadCodec::decodeEscapedText(text);
    if (!bytes)
        return bytes;
    QByteArray out = std::move(bytes).value();
    if (ending == LineEnding::Lf)
        out.append('\n');
    else if (ending == LineEnding::CrLf)
        out.append("\r\n");
    return out;
}

bool NetSession::sendTyped(const QString &text, const QString &peer, bool hex)
{
    const Result<QByteArray> bytes = encodeTyped(text, m_lineEnding, hex);
    if (!bytes) {
        emit errorOccurred(bytes.error());
        return false;
    }
    return send(bytes.value(), peer);
}

void NetSession::setAutoReconnect(bool enabled, int intervalMs, int maxAttempts)
{
    m_autoReconnect = enabled;
    m_reconnectIntervalMs = qMax(0, intervalMs);
    m_reconnectMaxAttempts = qMax(0, maxAttempts);
    if (!enabled)
        m_reconnectTimer.stop();
}

void NetSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcNet) << this << "state" << state;
    emit stateChanged(state);
}

void NetSession::addIncoming(const QByteArray &bytes, const QString &peer)
{
    emit chunkAdded(TranscriptChunk::incoming(bytes, peer));
}

void NetSession::addOutgoing(const QByteArray &bytes, const QString &peer)
{
    emit chunkAdded(TranscriptChunk::outgoing(bytes, peer));
}

void NetSession::addEvent(const QString &sentence, const QString &peer)
{
    emit chunkAdded(TranscriptChunk::event(sentence, peer));
}

void NetSession::reportError(const Error &error, const QString &peer)
{
    qCDebug(lcNet) << this << error.toString();
    emit chunkAdded(TranscriptChunk::event(error.message, peer, true));
    emit errorOccurred(error);
}

bool NetSession::scheduleReconnect()
{
    if (!m_autoReconnect)
        return false;
    if (m_reconnectMaxAttempts > 0 && m_reconnectAttempts >= m_reconnectMaxAttempts) {
        addEvent(QCoreApplication::translate("wb::net", "Gave up reconnecting after %n attempt(s).",
                                             nullptr, m_reconnectAttempts));
        return false;
    }
    ++m_reconnectAttempts;
    addEvent(QCoreApplication::translate("wb::net", "Reconnecting in %1 ms (attempt %2).")
                 .arg(m_reconnectIntervalMs)
                 .arg(m_reconnectAttempts));
    m_reconnectTimer.start(m_reconnectIntervalMs);
    return true;
}

void NetSession::connectionEstablished()
{
    m_reconnectAttempts = 0;
}

void NetSession::cancelReconnect()
{
    m_reconnectTimer.stop();
    m_reconnectAttempts = 0;
}

} // namespace wb::net
