#include "core/http/http2session.h"

#include "core/common/logging.h"
#include "core/http/http2frametext.h"
#include "core/http/http2stream.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QVarLengthArray>

#include <nghttp2/nghttp2.h>

namespace wb::http {

namespace {

constexpr qint64 writeWindow = 1024 * 1024;
constexpr qsizetype writeBatch =
    64 * 1024; // bytes gathered before one write     // bytes queued in the socket before waiting
constexpr qsizetype connectionFramesKept = 512; // stream-0 frames kept for late streams
constexpr quint32 assumedStreamLimit = 100;     // until the server's SETTINGS say otherwise

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::http::Http2Session", text);
}

// The RFC 9113 section that a connection error code refers to.
QString sectionFor(quint32 code)
{
    switch (code) {
    case NGHTTP2_FLOW_CONTROL_ERROR:
        return QStringLiteral("RFC 9113 §6.9");
    case NGHTTP2_FRAME_SIZE_ERROR:
        return QStringLiteral("RFC 9113 §4.2");
    case NGHTTP2_COMPRESSION_ERROR:
        return QStringLiteral("RFC 9113 §4.3");
    case NGHTTP2_SETTINGS_TIMEOUT:
        return QStringLiteral("RFC 9113 §6.5.3");
    case NGHTTP2_STREAM_CLOSED:
        return QStringLiteral("RFC 9113 §5.1");
    default:
        return QStringLiteral("RFC 9113 §5.4.1");
    }
}

QString codeText(quint32 code)
{
    return QStringLiteral("%1 (0x%2)").arg(Http2FrameText::errorCodeName(code)).arg(code, 0, 16);
}

} // namespace

// nghttp2's C callbacks, forwarding to the session (a friend, so they reach its privates).
struct Http2SessionCallbacks
{
    static Http2Session *self(void *user) { return static_cast<Http2Session *>(user); }

    static int onBeginHeaders(nghttp2_session *, const nghttp2_frame *, void *) { return 0; }

    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name,
                        size_t nameLength, const uint8_t *value, size_t valueLength, uint8_t,
                        void *user)
    {
        Http2Session *s = self(user);
        Http2Stream *stream = s->stream(frame->hd.stream_id);
        if (!stream)
            return 0;
        stream->headerField(QByteArrayView(name, qsizetype(nameLength)),
                            QByteArrayView(value, qsizetype(valueLength)), s->m_fields);
        if (stream->isDone()) // a limit was passed: reset the stream
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
        return 0;
    }

    static int onFrameRecv(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        Http2Session *s = self(user);
        switch (frame->hd.type) {
        case NGHTTP2_HEADERS:
            if (Http2Stream *stream = s->stream(frame->hd.stream_id))
                stream->headersEnded(frame->hd.flags & NGHTTP2_FLAG_END_STREAM);
            break;
        case NGHTTP2_SETTINGS:
            if (!(frame->hd.flags & NGHTTP2_FLAG_ACK)) {
                if (!std::exchange(s->m_remoteSettings, true))
                    s->resumeDeferredBodies();
                s->postCapacityFreed();
            }
            break;
        case NGHTTP2_PING:
            if (frame->hd.flags & NGHTTP2_FLAG_ACK)
                s->m_pingTimer.stop(); // the connection is alive
            break;
        case NGHTTP2_GOAWAY:
            s->m_goawayReceived = true;
            s->m_goawayLastStream = frame->goaway.last_stream_id;
            s->m_goawayCode = frame->goaway.error_code;
            s->m_goawayDebug = QByteArray(reinterpret_cast<const char *>(frame->goaway.opaque_data),
                                          qsizetype(frame->goaway.opaque_data_len));
            break;
        default:
            break;
        }
        return 0;
    }

    static int onInvalidFrame(nghttp2_session *, const nghttp2_frame *frame, int libError,
                              void *user)
    {
        Http2Session *s = self(user);
        s->m_lastLibraryError = QStringLiteral("%1 frame on stream %2: %3")
                                    .arg(Http2FrameText::typeName(frame->hd.type))
                                    .arg(frame->hd.stream_id)
                                    .arg(QString::fromLatin1(nghttp2_strerror(libError)));
        return 0;
    }

    static int onData(nghttp2_session *session, uint8_t, int32_t streamId, const uint8_t *data,
                      size_t length, void *user)
    {
        if (Http2Stream *stream = self(user)->stream(streamId))
            stream->dataReceived(QByteArrayView(data, qsizetype(length)));
        // The window reopens once the bytes are in the body sink (written, or decoded and
        // written): a slow sink holds the server back.
        nghttp2_session_consume(session, streamId, length);
        return 0;
    }

    static int onFrameSend(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        Http2Session *s = self(user);
        const bool endStream = frame->hd.flags & NGHTTP2_FLAG_END_STREAM;
        if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA) && endStream) {
            if (Http2Stream *stream = s->stream(frame->hd.stream_id))
                stream->requestSent();
        } else if (frame->hd.type == NGHTTP2_GOAWAY) {
            s->m_goawaySent = true;
            s->m_goawaySentCode = frame->goaway.error_code;
        }
        return 0;
    }

    static int onFrameNotSend(nghttp2_session *, const nghttp2_frame *frame, int libError,
                              void *user)
    {
        Http2Session *s = self(user);
        if (frame->hd.type != NGHTTP2_HEADERS)
            return 0;
        if (Http2Stream *stream = s->stream(frame->hd.stream_id)) {
            s->dropStream(frame->hd.stream_id);
            const QString why = QString::fromLatin1(nghttp2_strerror(libError));
            stream->fail(makeError(ErrorCategory::Protocol,
                                   QCoreApplication::translate(
                                       "wb::http::Http2Session",
                                       "The request could not be sent on the HTTP/2 connection "
                                       "(%1): it was not processed by the server.")
                                       .arg(why)),
                         true);
        }
        return 0;
    }

    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *user)
    {
        Http2Session *s = self(user);
        Http2Stream *stream = s->stream(streamId);
        if (!stream)
            return 0;
        QString reason;
        if (s->m_goawayReceived && streamId > s->m_goawayLastStream)
            reason = QCoreApplication::translate("wb::http::Http2Session",
                                                 "The server sent GOAWAY %1 with last stream "
                                                 "%2: stream %3 was not processed (RFC 9113 "
                                                 "§6.8).")
                         .arg(codeText(s->m_goawayCode))
                         .arg(s->m_goawayLastStream)
                         .arg(streamId);
        const bool resetByServer = s->m_rstReceived.remove(streamId);
        const bool resetByUs = s->m_rstSent.remove(streamId);
        s->dropStream(streamId);
        stream->streamClosed(errorCode, resetByServer, resetByUs, reason);
        return 0;
    }

    static int onError(nghttp2_session *, int, const char *message, size_t length, void *user)
    {
        self(user)->m_lastLibraryError = QString::fromUtf8(message, qsizetype(length));
        return 0;
    }

    static int onBeginFrame(nghttp2_session *, const nghttp2_frame_hd *hd, void *user)
    {
        if (hd->type == NGHTTP2_RST_STREAM)
            self(user)->m_rstReceived.insert(hd->stream_id);
        return 0;
    }

    static int beforeFrameSend(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        if (frame->hd.type == NGHTTP2_RST_STREAM)
            self(user)->m_rstSent.insert(frame->hd.stream_id);
        return 0;
    }

    static ssize_t readBody(nghttp2_session *, int32_t streamId, uint8_t *buffer, size_t length,
                            uint32_t *flags, nghttp2_data_source *, void *user)
    {
        Http2Session *s = self(user);
        Http2Stream *stream = s->stream(streamId);
        if (!stream) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            return 0;
        }
        if (!s->m_remoteSettings) { // the server's windows are not known yet: wait for them
            s->m_deferredBodies.insert(streamId);
            return NGHTTP2_ERR_DEFERRED;
        }
        bool end = false;
        const qint64 n = stream->readBody(reinterpret_cast<char *>(buffer), qint64(length), &end);
        if (n < 0)
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE; // resets the stream
        if (end)
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        return ssize_t(n);
    }
};

Http2Session::Http2Session(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_in(false, false,
           Http2FrameSplitter::Callbacks{[this](quint32 streamId, QByteArrayView bytes) {
                                             if (Http2Stream *s = stream(qint32(streamId)))
                                                 s->wireReceived(bytes);
                                         },
                                         [this](Http2Frame frame) { logFrame(std::move(frame)); }})
    , m_out(true, true, Http2FrameSplitter::Callbacks{nullptr, [this](Http2Frame frame) {
                                                          logFrame(std::move(frame));
                                                      }})
{
    m_clock.start();
    m_idle.start();
    m_pingTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, &Http2Session::onPingTimeout);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Http2Session::onIdleTimeout);
}

Http2Session::~Http2Session()
{
    if (m_connection && m_connection->listener() == this)
        m_connection->setListener(nullptr);
    if (m_session)
        nghttp2_session_del(m_session);
}

void Http2Session::setKeepFrames(bool keep)
{
    m_keepFrames = keep;
    m_in.setKeepFrames(keep);
    m_out.setKeepFrames(keep);
}

bool Http2Session::start()
{
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks,
                                                            Http2SessionCallbacks::onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, Http2SessionCallbacks::onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks,
                                                         Http2SessionCallbacks::onFrameRecv);
    nghttp2_session_callbacks_set_on_invalid_frame_recv_callback(
        callbacks, Http2SessionCallbacks::onInvalidFrame);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks,
                                                              Http2SessionCallbacks::onData);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks,
                                                         Http2SessionCallbacks::onFrameSend);
    nghttp2_session_callbacks_set_on_frame_not_send_callback(callbacks,
                                                             Http2SessionCallbacks::onFrameNotSend);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks,
                                                           Http2SessionCallbacks::onStreamClose);
    nghttp2_session_callbacks_set_error_callback2(callbacks, Http2SessionCallbacks::onError);
    nghttp2_session_callbacks_set_on_begin_frame_callback(callbacks,
                                                          Http2SessionCallbacks::onBeginFrame);
    nghttp2_session_callbacks_set_before_frame_send_callback(
        callbacks, Http2SessionCallbacks::beforeFrameSend);

    nghttp2_option *option = nullptr;
    nghttp2_option_new(&option);
    nghttp2_option_set_no_auto_window_update(option, 1);
    nghttp2_option_set_peer_max_concurrent_streams(option, assumedStreamLimit);
    nghttp2_option_set_max_continuations(option, maxContinuations);
    nghttp2_option_set_max_settings(option, 64);
    nghttp2_option_set_max_outbound_ack(option, 1000);
    const int created = nghttp2_session_client_new2(&m_session, callbacks, this, option);
    nghttp2_option_del(option);
    nghttp2_session_callbacks_del(callbacks);
    if (created != 0) {
        m_session = nullptr;
        return false;
    }
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, localWindow},
        {NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, quint32(Http2Stream::maxHeaderListBytes)},
    };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
    nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, localWindow);
    if (m_connection)
        m_connection->setListener(this);
    flush();
    // Bytes that came with the TLS handshake (the server's SETTINGS) wait already.
    if (m_connection && m_connection->hasUnreadBytes())
        connectionReadyRead();
    return !m_closed;
}

bool Http2Session::isUsable() const
{
    return !m_closed && !m_goawayReceived && !m_goawaySent && m_session && m_connection &&
           m_connection->isOpen() && nghttp2_session_get_next_stream_id(m_session) < 0x7fffff00;
}

bool Http2Session::hasCapacity() const
{
    if (!isUsable())
        return false;
    // One stream until the server's SETTINGS say how many it takes (it may take only one).
    if (!m_remoteSettings)
        return m_streams.isEmpty();
    const quint32 limit =
        nghttp2_session_get_remote_settings(m_session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
    return quint32(m_streams.size()) < limit;
}

qint64 Http2Session::idleMs() const
{
    return m_streams.isEmpty() ? m_idle.elapsed() : 0;
}

Http2Stream *Http2Session::stream(qint32 streamId) const
{
    if (streamId != m_lookedUpId) {
        m_lookedUp = m_streams.value(streamId);
        m_lookedUpId = streamId;
    }
    return m_lookedUp;
}

void Http2Session::checkAliveAfterIdle()
{
    // A session idle for a while may have been dropped by a middlebox without a FIN: a PING
    // tells. The new stream goes out at once; if no ACK comes in time, the streams are failed as
    // not processed, and idempotent ones go again on a new connection.
    if (m_pingTimer.isActive() || idleMs() < pingAfterIdleMs || !m_session)
        return;
    nghttp2_submit_ping(m_session, NGHTTP2_FLAG_NONE, nullptr);
    m_pingTimer.start(pingTimeoutMs);
}

void Http2Session::onPingTimeout()
{
    if (m_closed)
        return;
    const auto streams = std::exchange(m_streams, {});
    m_lookedUpId = -1;
    m_closed = true;
    const Error error = makeError(
        ErrorCategory::ConnectionReset,
        tr("The HTTP/2 connection was idle for a while and did not answer a PING within %1 ms: "
           "it is gone, and the request was not processed.")
            .arg(pingTimeoutMs));
    for (Http2Stream *stream : streams)
        stream->fail(error, true);
    if (m_connection) {
        m_connection->setListener(nullptr);
        m_connection->close();
    }
    QMetaObject::invokeMethod(this, &Http2Session::closed, Qt::QueuedConnection);
}

void Http2Session::onIdleTimeout()
{
    if (m_closed || !m_streams.isEmpty() || !m_session)
        return;
    // Nobody used the connection for a while: say goodbye as RFC 9113 §6.8 asks, then close.
    nghttp2_session_terminate_session(m_session, NGHTTP2_NO_ERROR);
    flush();
    failAll({});
}

void Http2Session::submit(Http2Stream *stream)
{
    m_idleTimer.stop();
    checkAliveAfterIdle();
    const QList<WireHeader> fields =
        stream->requestFields(!m_connection || m_connection->endpoint().tls);
    QVarLengthArray<nghttp2_nv, 16> nva;
    nva.reserve(fields.size());
    for (const auto &f : fields) {
        nva.append(nghttp2_nv{reinterpret_cast<uint8_t *>(const_cast<char *>(f.name.constData())),
                              reinterpret_cast<uint8_t *>(const_cast<char *>(f.value.constData())),
                              size_t(f.name.size()), size_t(f.value.size()), NGHTTP2_NV_FLAG_NONE});
    }
    nghttp2_data_provider provider{};
    provider.read_callback = Http2SessionCallbacks::readBody;
    const int32_t id =
        nghttp2_submit_request(m_session, nullptr, nva.constData(), size_t(nva.size()),
                               stream->hasBody() ? &provider : nullptr, nullptr);
    if (id < 0) {
        stream->fail(makeError(ErrorCategory::Protocol,
                               tr("The request could not be sent on the HTTP/2 connection: %1.")
                                   .arg(QString::fromLatin1(nghttp2_strerror(id)))),
                     true);
        return;
    }
    m_streams.insert(id, stream);
    m_lookedUpId = -1; // the id may have been looked up (and not found) before
    if (m_keepFrames)  // the HEADERS frame logged shows them
        m_sentFields.insert(id, fields);
    stream->streamOpened(id, nowUs());
    flush();
}

Http2Frame Http2Session::cancel(Http2Stream *stream)
{
    const qint32 id = stream->streamId();
    if (!m_streams.contains(id))
        return {};
    dropStream(id);
    if (!m_session || m_closed)
        return {};
    nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, id, NGHTTP2_CANCEL);
    // The stream is gone from the session before the frame leaves: its record goes to the
    // stream now, as it will be on the wire (RFC 9113 §6.4).
    Http2Frame frame;
    frame.atUs = nowUs();
    frame.outgoing = true;
    frame.streamId = quint32(id);
    frame.type = quint8(Http2FrameType::RstStream);
    frame.length = 4;
    const char bytes[] = {0,
                          0,
                          4,
                          char(NGHTTP2_RST_STREAM),
                          0,
                          char((id >> 24) & 0x7f),
                          char((id >> 16) & 0xff),
                          char((id >> 8) & 0xff),
                          char(id & 0xff),
                          0,
                          0,
                          0,
                          char(NGHTTP2_CANCEL)};
    frame.bytes = QByteArray(bytes, sizeof bytes);
    flush();
    return frame;
}

void Http2Session::resumeBody(Http2Stream *stream)
{
    if (m_session && m_streams.contains(stream->streamId())) {
        nghttp2_session_resume_data(m_session, stream->streamId());
        flush();
    }
}

void Http2Session::resumeDeferredBodies()
{
    for (const qint32 id : std::exchange(m_deferredBodies, {}))
        nghttp2_session_resume_data(m_session, id);
}

void Http2Session::dropStream(qint32 streamId)
{
    if (m_streams.remove(streamId)) {
        if (streamId == m_lookedUpId)
            m_lookedUpId = -1;
        m_sentFields.remove(streamId);
        if (m_streams.isEmpty()) {
            m_idle.start();
            if (m_idleTimeoutMs > 0)
                m_idleTimer.start(m_idleTimeoutMs);
        }
        postCapacityFreed();
    }
}

void Http2Session::postCapacityFreed()
{
    if (std::exchange(m_capacityPosted, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_capacityPosted = false;
            emit capacityFreed();
        },
        Qt::QueuedConnection);
}

void Http2Session::logFrame(Http2Frame frame)
{
    if (frame.outgoing && frame.type == quint8(Http2FrameType::Headers)) {
        auto it = m_sentFields.find(qint32(frame.streamId));
        if (it != m_sentFields.end()) {
            frame.fields = std::move(*it);
            m_sentFields.erase(it);
        }
    }
    if (frame.streamId == 0) {
        if (m_connectionFrames.size() >= connectionFramesKept)
            m_connectionFrames.removeFirst();
        m_connectionFrames.append(frame);
        for (Http2Stream *s : std::as_const(m_streams))
            s->frameLogged(frame);
        return;
    }
    if (Http2Stream *s = stream(qint32(frame.streamId)))
        s->frameLogged(std::move(frame));
}

void Http2Session::connectionReadyRead()
{
    // Writing to a TLS socket from here can decrypt bytes that arrived meanwhile without a new
    // readyRead (the socket is inside one): read again while bytes wait, a few rounds at most.
    for (int round = 0; round < 4 && m_connection && !m_closed; ++round) {
        if (!readPieces())
            return;
        flush();
        if (!m_connection || !m_connection->hasUnreadBytes())
            break;
    }
    if (m_connection && !m_closed && m_connection->hasUnreadBytes())
        QMetaObject::invokeMethod(
            this, [this] { connectionReadyRead(); }, Qt::QueuedConnection);
    checkDone();
}

bool Http2Session::readPieces()
{
    constexpr int piecesPerPass = 32; // then other connections and timers get their turn
    for (int piece = 1; m_connection && !m_closed; ++piece) {
        bool closedByPeer = false;
        const QByteArrayView data = m_connection->readPiece(&closedByPeer);
        if (!data.isEmpty())
            received(data);
        if (closedByPeer) {
            connectionDisconnected();
            return false;
        }
        if (data.size() < Connection::ReadPiece)
            break;
        if (piece >= piecesPerPass && m_connection->notifiesAgain())
            break;
    }
    return true;
}

void Http2Session::feedServerBytes(QByteArrayView data)
{
    received(data);
    flush();
    checkDone();
}

void Http2Session::received(QByteArrayView data)
{
    m_in.feed(data, nowUs());
    if (!m_session || m_closed)
        return;
    m_receiving = true;
    const ssize_t used = nghttp2_session_mem_recv(
        m_session, reinterpret_cast<const uint8_t *>(data.data()), size_t(data.size()));
    m_receiving = false;
    if (used == NGHTTP2_ERR_TOO_MANY_CONTINUATIONS) {
        flush();
        failAll(makeError(ErrorCategory::LimitExceeded,
                          tr("The server sent a header block in more than %1 CONTINUATION "
                             "frames: Wirebench ended the connection (a flood of CONTINUATION "
                             "frames exhausts memory; RFC 9113 §6.10).")
                              .arg(maxContinuations)));
    } else if (used < 0) {
        flush(); // the GOAWAY nghttp2 queued, if it did
        failAll(sessionError(QString::fromLatin1(nghttp2_strerror(int(used)))));
    }
}

void Http2Session::flush()
{
    // Never from inside nghttp2's callbacks: the bytes go out once mem_recv returns. A TLS
    // socket may deliver bytes (readyRead) while it writes, and what they cause asks for
    // another flush: the loop runs again for it.
    if (!m_session || m_receiving)
        return;
    if (m_flushing) {
        m_flushAgain = true;
        return;
    }
    m_flushing = true;
    QTcpSocket *socket = m_connection ? m_connection->socket() : nullptr;
    do {
        m_flushAgain = false;
        // nghttp2 hands out a frame or two at a time: gather them and write once per batch
        // (on a plain connection every write is a system call, and small ones wait for ACKs).
        m_outBuffer.clear();
        bool wrote = false;
        while (!socket || socket->bytesToWrite() + m_outBuffer.size() < writeWindow) {
            const uint8_t *data = nullptr;
            const ssize_t n = nghttp2_session_mem_send(m_session, &data);
            if (n < 0) {
                m_flushing = false;
                failAll(sessionError(QString::fromLatin1(nghttp2_strerror(int(n)))));
                return;
            }
            if (n == 0)
                break;
            const QByteArrayView bytes(data, qsizetype(n));
            if (m_keepFrames) // without frames, the outgoing bytes need no cutting
                m_out.feed(bytes, nowUs());
            if (socket)
                m_outBuffer.append(bytes);
            if (m_outBuffer.size() >= writeBatch) {
                socket->write(m_outBuffer.constData(), m_outBuffer.size());
                m_outBuffer.clear();
                wrote = true;
            }
        }
        if (socket && !m_outBuffer.isEmpty()) {
            socket->write(m_outBuffer.constData(), m_outBuffer.size());
            m_outBuffer.clear();
            wrote = true;
        }
        if (wrote && m_connection)
            socket->flush();
    } while (m_flushAgain && !m_closed && m_connection);
    m_flushing = false;
}

void Http2Session::connectionBytesWritten()
{
    flush();
    checkDone();
}

void Http2Session::checkDone()
{
    if (m_closed || !m_session)
        return;
    if (nghttp2_session_want_read(m_session) || nghttp2_session_want_write(m_session))
        return;
    failAll(sessionError(tr("the connection was shut down")));
}

Error Http2Session::sessionError(const QString &what) const
{
    if (m_goawayReceived && m_goawayCode != NGHTTP2_NO_ERROR) {
        QString debug = QString::fromUtf8(m_goawayDebug.left(200));
        return makeError(
            ErrorCategory::Protocol,
            tr("The server ended the HTTP/2 connection with GOAWAY %1 (last "
               "stream %2)%3 (RFC 9113 §6.8).")
                .arg(codeText(m_goawayCode))
                .arg(m_goawayLastStream)
                .arg(debug.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(debug)));
    }
    if (m_goawaySent && m_goawaySentCode != NGHTTP2_NO_ERROR) {
        const QString detail = m_lastLibraryError.isEmpty() ? what : m_lastLibraryError;
        return makeError(
            ErrorCategory::Protocol,
            tr("The server broke the HTTP/2 protocol (%1): Wirebench ended the "
               "connection with GOAWAY %2 (%3). The frames received are in the "
               "Frames view.")
                .arg(detail, codeText(m_goawaySentCode), sectionFor(m_goawaySentCode)));
    }
    if (m_goawayReceived)
        return makeError(ErrorCategory::ConnectionReset,
                         tr("The server closed the HTTP/2 connection after GOAWAY NO_ERROR (last "
                            "stream %1) before this stream ended.")
                             .arg(m_goawayLastStream));
    return makeError(ErrorCategory::Protocol,
                     tr("The HTTP/2 session failed: %1%2.")
                         .arg(what, m_lastLibraryError.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (%1)").arg(m_lastLibraryError)));
}

void Http2Session::failAll(const Error &error)
{
    if (m_closed)
        return;
    m_closed = true;
    const auto streams = std::exchange(m_streams, {});
    m_lookedUpId = -1;
    for (auto it = streams.cbegin(); it != streams.cend(); ++it) {
        // Streams above the last one a GOAWAY named were not processed: they may go again.
        const bool unprocessed = m_goawayReceived && it.key() > m_goawayLastStream;
        it.value()->fail(error, unprocessed);
    }
    if (m_connection) {
        m_connection->setListener(nullptr);
        m_connection->close();
    }
    QMetaObject::invokeMethod(this, &Http2Session::closed, Qt::QueuedConnection);
}

void Http2Session::connectionErrorOccurred()
{
    if (m_closed || !m_connection)
        return;
    const auto code = m_connection->socket()->error();
    if (code == QAbstractSocket::RemoteHostClosedError)
        return; // handled by connectionDisconnected, after the last bytes
    const auto &endpoint = m_connection->endpoint();
    failAll(Connection::socketError(code, m_connection->socket()->errorString(), endpoint.host,
                                    endpoint.port));
}

void Http2Session::connectionDisconnected()
{
    if (m_closed || !m_connection)
        return;
    const QByteArray rest = m_connection->socket()->readAll();
    if (!rest.isEmpty())
        received(rest);
    if (m_closed)
        return;
    if (m_goawayReceived || m_goawaySent) {
        failAll(sessionError(tr("the server closed the connection")));
        return;
    }
    const auto &endpoint = m_connection->endpoint();
    failAll(makeError(ErrorCategory::ConnectionReset,
                      tr("The server at %1 port %2 closed the HTTP/2 connection without GOAWAY "
                         "while streams were open.")
                          .arg(endpoint.host)
                          .arg(endpoint.port)));
}

} // namespace wb::http
