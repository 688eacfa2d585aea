#pragma once

#include "core/net/transcript.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

namespace wb::net {

class NetSession;

// Joins a session to two file descriptors the way netcat does: what is read from `input` is
// sent, what arrives is written to `output` (raw, or as a hex dump). Reading pauses while the
// session has more than a few MB queued, so a fast input cannot fill memory.
class StdioBridge : public QObject
{
    Q_OBJECT

public:
    enum class OutputMode { Raw, HexDump };
    enum class InputMode {
        Stream, // each read is sent as it comes (TCP streams, UDP datagrams of at most 64 KiB)
        Lines,  // each line is sent with its ending replaced by lineEnding() (none by default)
    };

    StdioBridge(NetSession *session, int inputFd, int outputFd, QObject *parent = nullptr);
    ~StdioBridge() override;

    void setOutputMode(OutputMode mode) { m_outputMode = mode; }
    void setInputMode(InputMode mode) { m_inputMode = mode; }
    // Lines mode: what ends each line sent ("" for WebSocket messages, "\r\n" for CRLF).
    void setLineEnding(const QByteArray &ending) { m_lineEnding = ending; }
    // The largest piece read and sent at once (for UDP: the datagram size limit).
    void setReadSize(qsizetype bytes) { m_readSize = qMax<qsizetype>(1, bytes); }
    // Written after every incoming chunk (for example "\n" after each WebSocket text message).
    void setMessageSeparator(const QByteArray &separator) { m_separator = separator; }
    // Where sent data goes ("host:port"); empty for the session's default peer or every client.
    void setPeer(const QString &peer) { m_peer = peer; }
    // Stop at the first incoming data (or never read input at all).
    void setInputEnabled(bool enabled) { m_inputEnabled = enabled; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 bytesWrittenOut() const { return m_bytesOut; }
    bool inputAtEnd() const { return m_inputAtEnd; }

signals:
    // The input reached its end (or failed); everything read has been handed to the session.
    void inputFinished();
    void outputFailed();

private:
    void onChunk(const TranscriptChunk &chunk);
    void onReadable();
    void updateReading();
    void sendLines(bool flushPartial);
    bool writeOut(const QByteArray &bytes);

    QPointer<NetSession> m_session;
    int m_inputFd;
    int m_outputFd;
    QSocketNotifier *m_notifier = nullptr;
    OutputMode m_outputMode = OutputMode::Raw;
    InputMode m_inputMode = InputMode::Stream;
    qsizetype m_readSize = 256 * 1024;
    QByteArray m_separator;
    QByteArray m_lineEnding;
    QString m_peer;
    QByteArray m_pendingLine;
    QByteArray m_readBuffer;
    bool m_inputEnabled = true;
    bool m_inputAtEnd = false;
    qint64 m_bytesRead = 0;
    qint64 m_bytesOut = 0;
    qint64 m_dumpOffset = 0;
};

} // namespace wb::net
