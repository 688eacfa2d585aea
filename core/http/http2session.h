#pragma once

#include "core/common/result.h"
#include "core/http/connection.h"
#include "core/http/http2fieldcache.h"
#include "core/http/http2framesplitter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

struct nghttp2_session;

namespace wb::http {

class Http2Stream;

// One HTTP/2 connection: nghttp2's in-memory session over an open Connection (TCP, TLS or a
// tunnel), so that every byte passes through Wirebench both ways and is captured. Serves as many
// streams at once as the server's SETTINGS_MAX_CONCURRENT_STREAMS allows; flow control reopens
// the windows as each stream's body is consumed (no automatic WINDOW_UPDATE); GOAWAY and resets
// end the streams they concern with errors that name the frame, the stream and the rule.
class Http2Session : public QObject, private ConnectionListener
{
    Q_OBJECT

public:
    // Takes over an open connection (it stays owned by the pool). Without one (fuzzing, tests)
    // the session talks to feedServerBytes() and its output goes nowhere.
    explicit Http2Session(Connection *connection, QObject *parent = nullptr);
    ~Http2Session() override;

    Connection *connection() const { return m_connection; }
    // An idle session (no stream) is closed, with GOAWAY NO_ERROR, after this long (0: never).
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    // Whether frames are logged for the streams (off for load runs: the bytes are still
    // captured). Set before start().
    void setKeepFrames(bool keep);
    // Sends the connection preface and SETTINGS; false (and closed()) when nghttp2 fails.
    bool start();
    // Whether another stream may start now.
    bool hasCapacity() const;
    // Whether the session may still take streams (now or once others end).
    bool isUsable() const;
    int activeStreams() const { return int(m_streams.size()); }
    // Starts `stream` (the caller checked hasCapacity()).
    void submit(Http2Stream *stream);
    // Bytes from the server as if read from the connection.
    void feedServerBytes(QByteArrayView data);
    // Resets a stream with CANCEL; the other streams go on. Returns the RST_STREAM frame sent
    // (nothing when the stream had ended), for the stream's own log.
    Http2Frame cancel(Http2Stream *stream);
    // Called by a stream when its request body has more bytes to offer again.
    void resumeBody(Http2Stream *stream);
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }
    // Milliseconds since the last stream ended (0 while streams run).
    qint64 idleMs() const;
    // Frames of the connection itself (stream 0) so far, for a stream that opened it.
    const QList<Http2Frame> &connectionFrames() const { return m_connectionFrames; }

    // The receive window of each stream and of the connection.
    static constexpr quint32 localWindow = 16 * 1024 * 1024;
    // A session idle this long is checked with a PING when a stream starts on it.
    static constexpr qint64 pingAfterIdleMs = 15000;
    static constexpr int pingTimeoutMs = 3000;
    // CONTINUATION frames one header block may take.
    static constexpr int maxContinuations = 64;

signals:
    // A stream ended or the server raised its stream limit: waiting requests may start.
    void capacityFreed();
    // The connection is over (closed, failed or drained after GOAWAY); no stream remains.
    void closed();

private:
    friend struct Http2SessionCallbacks;

    void connectionReadyRead() override;
    void connectionBytesWritten() override;
    void connectionErrorOccurred() override;
    void connectionDisconnected() override;

    void received(QByteArrayView data);
    // Reads what has arrived, piece by piece; false when the server closed the connection.
    bool readPieces();
    void checkAliveAfterIdle();
    void resumeDeferredBodies();
    void onPingTimeout();
    void onIdleTimeout();
    void flush();
    void checkDone();
    void failAll(const Error &error);
    void dropStream(qint32 streamId);
    // Emits capacityFreed on the next event-loop pass, once however many streams end meanwhile.
    void postCapacityFreed();
    Http2Stream *stream(qint32 streamId) const;
    void logFrame(Http2Frame frame);
    Error sessionError(const QString &what) const;

    QPointer<Connection> m_connection;
    nghttp2_session *m_session = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_idle;
    QTimer m_pingTimer;
    QTimer m_idleTimer;
    int m_idleTimeoutMs = 0;
    Http2FrameSplitter m_in;
    Http2FrameSplitter m_out;
    Http2FieldCache m_fields; // received header fields
    QHash<qint32, Http2Stream *> m_streams;
    // The last stream looked up: a frame's callbacks (each header, the wire bytes, the data)
    // mostly concern one stream in a row. Cleared whenever a stream leaves m_streams.
    mutable qint32 m_lookedUpId = -1;
    mutable Http2Stream *m_lookedUp = nullptr;
    QList<Http2Frame> m_connectionFrames;
    QHash<qint32, QList<WireHeader>> m_sentFields; // header lists submitted, until logged
    bool m_closed = false;
    bool m_keepFrames = true;
    bool m_capacityPosted = false; // a capacityFreed is on its way
    bool m_goawayReceived = false;
    QByteArray m_outBuffer; // what one flush gathers for one write
    bool m_flushing = false;
    bool m_flushAgain = false; // flush() was asked for while flushing
    bool m_receiving = false;  // inside nghttp2_session_mem_recv
    qint32 m_goawayLastStream = 0;
    quint32 m_goawayCode = 0;
    QByteArray m_goawayDebug;
    bool m_goawaySent = false;
    quint32 m_goawaySentCode = 0;
    bool m_remoteSettings = false; // the server's first SETTINGS arrived
    QSet<qint32> m_deferredBodies; // request bodies waiting for them
    QSet<qint32> m_rstReceived;    // streams the server reset
    QSet<qint32> m_rstSent;        // streams Wirebench (or nghttp2 for it) reset
    QString m_lastLibraryError;    // nghttp2's sentence for the last violation it saw
};

} // namespace wb::http
