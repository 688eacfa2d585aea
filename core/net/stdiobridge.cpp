#include "core/net/stdiobridge.h"

#include "core/net/hexdump.h"
#include "core/net/netsession.h"

#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#define WB_READ ::_read
#define WB_WRITE ::_write
#else
#include <unistd.h>
#define WB_READ ::read
#define WB_WRITE ::write
#endif

namespace wb::net {

namespace {

constexpr qint64 kPauseAbove = 4 * 1024 * 1024;

} // namespace

StdioBridge::StdioBridge(NetSession *session, int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_inputFd(inputFd)
    , m_outputFd(outputFd)
{
    m_notifier = new QSocketNotifier(qintptr(inputFd), QSocketNotifier::Read, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioBridge::onReadable);
    connect(session, &NetSession::chunkAdded, this, &StdioBridge::onChunk);
    connect(session, &NetSession::stateChanged, this, &StdioBridge::updateReading);
    connect(session, &NetSession::bytesWritten, this, &StdioBridge::updateReading);
    connect(session, &NetSession::peerConnected, this, &StdioBridge::updateReading);
    connect(session, &NetSession::peerDisconnected, this, &StdioBridge::updateReading);
}

StdioBridge::~StdioBridge() = default;

void StdioBridge::updateReading()
{
    const bool wanted = m_inputEnabled && !m_inputAtEnd && m_session && m_session->canSend() &&
                        m_session->bytesToWrite() < kPauseAbove;
    if (m_notifier->isEnabled() != wanted)
        m_notifier->setEnabled(wanted);
}

void StdioBridge::onReadable()
{
    if (!m_session || !m_session->canSend()) {
        updateReading();
        return;
    }
    if (m_readBuffer.size() != m_readSize)
        m_readBuffer.resize(m_readSize);
    const auto n = WB_READ(m_inputFd, m_readBuffer.data(), static_cast<size_t>(m_readSize));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_inputAtEnd = true;
        m_notifier->setEnabled(false);
        if (m_inputMode == InputMode::Lines)
            sendLines(true);
        emit inputFinished();
        return;
    }
    m_bytesRead += n;
    if (m_inputMode == InputMode::Lines) {
        m_pendingLine.append(m_readBuffer.constData(), n);
        sendLines(false);
    } else {
        m_session->send(QByteArray(m_readBuffer.constData(), n), m_peer);
    }
    updateReading();
}

void StdioBridge::sendLines(bool flushPartial)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pendingLine.indexOf('\n', start);
        if (newline < 0)
            break;
        qsizetype end = newline;
        if (end > start && m_pendingLine.at(end - 1) == '\r')
            --end;
        m_session->send(m_pendingLine.mid(start, end - start) + m_lineEnding, m_peer);
        start = newline + 1;
    }
    m_pendingLine.remove(0, start);
    if (flushPartial && !m_pendingLine.isEmpty()) {
        m_session->send(m_pendingLine + m_lineEnding, m_peer);
        m_pendingLine.clear();
    }
}

void StdioBridge::onChunk(const TranscriptChunk &chunk)
{
    if (chunk.direction != TranscriptChunk::Direction::In)
        return;
    bool ok = true;
    if (m_outputMode == OutputMode::HexDump) {
        ok = writeOut(HexDump::format(chunk.bytes, m_dumpOffset));
        m_dumpOffset += chunk.bytes.size();
    } else {
        ok = writeOut(chunk.bytes);
        if (ok && !m_separator.isEmpty())
            ok = writeOut(m_separator);
    }
    if (ok)
        m_bytesOut += chunk.bytes.size();
    else
        emit outputFailed();
}

bool StdioBridge::writeOut(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const auto n = WB_WRITE(m_outputFd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

} // namespace wb::net
