#include "core/http/http2stream.h"

#include "core/common/logging.h"
#include "core/http/http2fieldcache.h"
#include "core/http/http2frametext.h"
#include "core/http/http2session.h"

#include <QCoreApplication>
#include <QTimerEvent>

namespace wb::http {

namespace {

// Connection-specific fields that HTTP/2 forbids (RFC 9113 §8.2.2); Host becomes :authority.
bool isConnectionSpecific(const QByteArray &lowerName, const QByteArray &value)
{
    static const QList<QByteArray> names{"connection",        "keep-alive", "proxy-connection",
                                         "transfer-encoding", "upgrade",    "host"};
    if (lowerName == "te")
        return value.trimmed().toLower() != "trailers";
    return names.contains(lowerName);
}

} // namespace

Http2Stream::Http2Stream(quint64 id, Exchange exchange, EncodedRequest request, SendOptions options,
                         QElapsedTimer hopClock, std::function<void(quint64)> finished,
                         QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_exchange(std::move(exchange))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_clock(hopClock)
    , m_finished(std::move(finished))
    , m_wire(m_options.spillThreshold)
    , m_body(m_options.spillThreshold)
    , m_sentBody(m_options.spillThreshold)
{
    m_wire.setCaptureLimit(m_options.wireCaptureLimit);
    m_sentBody.setCaptureLimit(m_options.wireCaptureLimit);
    if (!m_options.bodyOutputFile.isEmpty()) {
        const auto opened = m_body.setOutputFile(m_options.bodyOutputFile);
        if (!opened)
            m_pending = opened.error();
    }
}

Http2Stream::~Http2Stream()
{
    if (m_session && !m_done)
        m_session->cancel(this);
}

qint64 Http2Stream::nowUs() const
{
    return m_clock.nsecsElapsed() / 1000;
}

void Http2Stream::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_idleTimer.timerId()) {
        const qint64 quietMs = (nowUs() - m_lastActivityUs) / 1000;
        const int idle = m_exchange.spec.options.idleTimeoutMs;
        if (m_lastActivityUs >= 0 && quietMs < idle) {
            m_idleTimer.start(int(idle - quietMs), this);
            return;
        }
        m_idleTimer.stop();
        finish(makeError(
            ErrorCategory::Timeout,
            m_firstByteUs < 0
                ? tr("The server sent nothing on HTTP/2 stream %1 for %2 ms after the request: it "
                     "may be stuck; raise the idle timeout to wait longer.")
                      .arg(m_streamId)
                      .arg(idle)
                : tr("The server sent nothing on HTTP/2 stream %1 for %2 ms in the middle of the "
                     "response (after %3 bytes): raise the idle timeout to wait longer.")
                      .arg(m_streamId)
                      .arg(idle)
                      .arg(m_received)));
    } else if (event->timerId() == m_totalTimer.timerId()) {
        m_totalTimer.stop();
        finish(makeError(ErrorCategory::Timeout,
                         tr("The exchange took longer than its total time limit of %1 ms (%2 "
                            "response bytes received on HTTP/2 stream %3): raise the limit to "
                            "wait longer.")
                             .arg(m_exchange.spec.options.totalTimeoutMs)
                             .arg(m_received)
                             .arg(m_streamId)));
    } else {
        QObject::timerEvent(event);
    }
}

void Http2Stream::start(Http2Session *session, bool freshConnection)
{
    m_session = session;
    if (m_exchange.timings.queuedUs < 0)
        m_exchange.timings.queuedUs = nowUs();
    if (m_totalBudgetMs > 0)
        m_totalTimer.start(int(qMin<qint64>(m_totalBudgetMs, INT_MAX)), this);
    if (m_pending.isError()) {
        finish(m_pending);
        return;
    }
    m_exchange.connectionReused = !freshConnection;
    if (Connection *connection = session->connection()) {
        m_exchange.tls = connection->tlsDetails();
        const ConnectionAddresses &addresses = connection->addresses();
        m_exchange.remoteAddress = addresses.remote;
        m_exchange.remotePort = addresses.remotePort;
        m_exchange.localAddress = addresses.local;
        m_exchange.localPort = addresses.localPort;
        if (m_exchange.remoteAddress.isEmpty()) // through a proxy: the peer is the proxy
            m_exchange.remoteAddress = connection->endpoint().host;
    }
    m_exchange.httpVersion = "HTTP/2";
    if (freshConnection) {
        m_sessionOffsetUs = nowUs() - session->nowUs();
        for (const Http2Frame &frame : session->connectionFrames())
            frameLogged(frame);
    }
    emit phaseReached(m_id, ExchangePhase::Sending);
    m_sendStartUs = nowUs();
    session->submit(this);
}

QList<WireHeader> Http2Stream::requestFields(bool tls) const
{
    if (!m_request.http2Fields.isEmpty())
        return m_request.http2Fields;
    return fieldsFor(m_request, tls);
}

QList<WireHeader> Http2Stream::fieldsFor(const EncodedRequest &request, bool tls)
{
    QList<WireHeader> fields;
    const QByteArray &head = request.head;
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArray requestLine = head.left(lineEnd);
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray method = parts.value(0);
    QByteArray target = parts.value(1);
    QByteArray authority;
    QList<WireHeader> regular;
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        const qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0 || end == pos)
            break;
        const QByteArray line = head.mid(pos, end - pos);
        pos = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host" && authority.isEmpty())
            authority = value;
        if (isConnectionSpecific(name, value))
            continue;
        regular.append({name, value});
    }
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
        const qsizetype hostStart = target.indexOf("//") + 2;
        const qsizetype pathStart = target.indexOf('/', hostStart);
        if (authority.isEmpty())
            authority = target.mid(hostStart, pathStart < 0 ? -1 : pathStart - hostStart);
        target = pathStart < 0 ? QByteArray("/") : target.mid(pathStart);
    }
    fields.append({":method", method});
    if (method != "CONNECT") {
        fields.append({":scheme", tls ? QByteArray("https") : QByteArray("http")});
        fields.append({":authority", authority});
        fields.append({":path", target.isEmpty() ? QByteArray("/") : target});
    } else {
        fields.append({":authority", authority.isEmpty() ? target : authority});
    }
    fields += regular;
    return fields;
}

void Http2Stream::streamOpened(qint32 streamId, qint64 sessionNowUs)
{
    m_streamId = streamId;
    if (!m_exchange.connectionReused && m_sessionOffsetUs == 0)
        m_sessionOffsetUs = nowUs() - sessionNowUs;
    else if (m_exchange.connectionReused)
        m_sessionOffsetUs = nowUs() - sessionNowUs;
    m_exchange.requestHead =
        m_request.http2Head.isNull() ? headFor(m_request) : m_request.http2Head;
}

QByteArray Http2Stream::headFor(const EncodedRequest &request)
{
    QByteArray head = request.head;
    const qsizetype lineEnd = head.indexOf("\r\n");
    const qsizetype version = head.lastIndexOf(' ', lineEnd);
    if (version > 0)
        head.replace(version + 1, lineEnd - version - 1, "HTTP/2");
    return head;
}

qint64 Http2Stream::readBody(char *buffer, qint64 size, bool *end)
{
    qint64 filled = 0;
    while (filled < size) {
        if (m_chunkIndex >= m_request.body.size()) {
            *end = true;
            break;
        }
        const BodyChunk &chunk = m_request.body.at(m_chunkIndex);
        qint64 got = 0;
        if (chunk.filePath.isEmpty()) {
            got = qMin<qint64>(size - filled, chunk.bytes.size() - m_chunkOffset);
            memcpy(buffer + filled, chunk.bytes.constData() + m_chunkOffset, size_t(got));
        } else {
            if (!m_file) {
                m_file = std::make_unique<QFile>(chunk.filePath);
                if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(chunk.fileOffset)) {
                    finish(makeError(ErrorCategory::Io,
                                     tr("The body file '%1' could not be read: check the path "
                                        "and permissions.")
                                         .arg(chunk.filePath),
                                     m_file->errorString()));
                    return -1;
                }
            }
            got = m_file->read(buffer + filled, qMin(size - filled, chunk.size - m_chunkOffset));
            if (got <= 0 && chunk.size > m_chunkOffset) {
                finish(makeError(ErrorCategory::Io,
                                 tr("The body file '%1' ended after %2 of %3 bytes: was it "
                                    "changed while sending?")
                                     .arg(chunk.filePath)
                                     .arg(m_chunkOffset)
                                     .arg(chunk.size)));
                return -1;
            }
        }
        const auto kept = m_sentBody.append(QByteArrayView(buffer + filled, got));
        if (!kept) {
            finish(kept.error());
            return -1;
        }
        filled += got;
        m_chunkOffset += got;
        const qint64 chunkSize = chunk.filePath.isEmpty() ? chunk.bytes.size() : chunk.size;
        if (m_chunkOffset >= chunkSize) {
            ++m_chunkIndex;
            m_chunkOffset = 0;
            m_file.reset();
        }
    }
    if (m_chunkIndex >= m_request.body.size())
        *end = true;
    return filled;
}

void Http2Stream::requestSent()
{
    if (m_done || m_sentUs >= 0)
        return;
    m_sentUs = nowUs();
    m_exchange.timings.sendUs = m_sentUs - m_sendStartUs;
    emit phaseReached(m_id, ExchangePhase::Waiting);
    const int idle = m_exchange.spec.options.idleTimeoutMs;
    if (idle > 0 && m_firstByteUs < 0) {
        m_lastActivityUs = m_sentUs;
        m_idleTimer.start(idle, this);
    }
}

void Http2Stream::noteActivity()
{
    m_lastActivityUs = nowUs();
    const int idle = m_exchange.spec.options.idleTimeoutMs;
    if (idle > 0 && !m_idleTimer.isActive())
        m_idleTimer.start(idle, this);
}

void Http2Stream::wireReceived(QByteArrayView bytes)
{
    if (m_done)
        return;
    if (m_firstByteUs < 0) {
        m_firstByteUs = nowUs();
        if (m_sentUs < 0) { // the response began before the request's end was sent
            m_sentUs = m_firstByteUs;
            m_exchange.timings.sendUs = m_sentUs - m_sendStartUs;
        }
        m_exchange.timings.waitUs = m_firstByteUs - m_sentUs;
        emit phaseReached(m_id, ExchangePhase::Receiving);
    }
    noteActivity();
    m_received += bytes.size();
    const auto kept = m_wire.append(bytes);
    if (!kept && !m_pending.isError())
        m_pending = kept.error();
}

void Http2Stream::frameLogged(Http2Frame frame)
{
    if (m_done || !m_options.keepFrames)
        return;
    if (m_exchange.frames.size() >= maxFramesKept) {
        ++m_framesDropped;
        return;
    }
    frame.atUs += m_sessionOffsetUs;
    m_exchange.frames.append(std::move(frame));
}

void Http2Stream::headerField(QByteArrayView name, QByteArrayView value, Http2FieldCache &cache)
{
    if (m_done)
        return;
    m_headBytes += name.size() + value.size() + 32; // RFC 9113 §6.5.2's accounting
    if (m_headBytes > maxHeaderListBytes) {
        finish(makeError(ErrorCategory::LimitExceeded,
                         tr("The server sent more than %1 KiB of header fields on HTTP/2 stream "
                            "%2 (after HPACK decoding): Wirebench reset the stream. A header "
                            "block this large is a decompression bomb or a broken server.")
                             .arg(maxHeaderListBytes / 1024)
                             .arg(m_streamId)));
        return;
    }
    if (name == QByteArrayView(":status")) {
        m_head.status = value.toInt();
    } else {
        if (m_head.headers.isEmpty())
            m_head.headers.reserve(8);
        m_head.headers.append(cache.field(name, value));
    }
}

void Http2Stream::headersEnded(bool endStream)
{
    if (m_done)
        return;
    // The decoded list belongs to the last HEADERS frame received on this stream.
    for (auto it = m_exchange.frames.rbegin(); it != m_exchange.frames.rend(); ++it) {
        if (!it->outgoing && it->streamId == quint32(m_streamId) &&
            it->type == quint8(Http2FrameType::Headers)) {
            if (it->fields.isEmpty()) {
                if (m_head.status > 0)
                    it->fields.append({":status", QByteArray::number(m_head.status)});
                it->fields += m_head.headers;
            }
            break;
        }
    }
    ResponseHead head = std::exchange(m_head, {});
    m_headBytes = 0;
    if (m_finalHead) {
        m_exchange.trailers = std::move(head.headers);
        return;
    }
    static const QByteArray version = QByteArrayLiteral("HTTP/2");
    static const QByteArray contentLength = QByteArrayLiteral("content-length");
    static const QByteArray contentEncoding = QByteArrayLiteral("content-encoding");
    head.version = version;
    if (head.status >= 100 && head.status < 200) {
        m_exchange.interim.append(std::move(head));
        return;
    }
    m_finalHead = true;
    m_exchange.response = std::move(head);
    const ResponseHead &response = m_exchange.response;
    const QByteArray length = response.header(contentLength);
    m_expected = length.isEmpty() ? -1 : length.toLongLong();
    emit headReceived(m_id, response);
    m_body.begin(response.header(contentEncoding).trimmed(), m_exchange.spec.options,
                 &m_exchange.warnings);
    Q_UNUSED(endStream);
}

void Http2Stream::dataReceived(QByteArrayView bytes)
{
    if (m_done || m_pending.isError())
        return;
    m_bodyReceived += bytes.size();
    if (const auto kept = m_body.append(bytes); !kept)
        m_pending = kept.error();
    if (m_pending.isError()) {
        finish(m_pending);
        return;
    }
    const qint64 now = nowUs();
    if (now - m_lastProgressUs > 50000) {
        m_lastProgressUs = now;
        emit bodyProgress(m_id, m_bodyReceived, m_expected);
    }
}

void Http2Stream::streamClosed(quint32 errorCode, bool resetByServer, bool resetByUs,
                               const QString &reason)
{
    if (m_done)
        return;
    m_session = nullptr; // the session forgot the stream already
    if (m_pending.isError()) {
        finish(m_pending);
        return;
    }
    if (!reason.isEmpty()) {
        fail(makeError(ErrorCategory::Protocol, reason), true);
        return;
    }
    // Only a stream that ends in error says how (the normal end formats nothing).
    const auto codeText = [errorCode] {
        return QStringLiteral("%1 (0x%2)")
            .arg(Http2FrameText::errorCodeName(errorCode))
            .arg(errorCode, 0, 16);
    };
    if (resetByServer && errorCode == 0x7) { // REFUSED_STREAM: not processed (RFC 9113 §8.7)
        fail(makeError(ErrorCategory::Protocol,
                       tr("The server refused HTTP/2 stream %1 with RST_STREAM %2: the request "
                          "was not processed (RFC 9113 §8.7).")
                           .arg(m_streamId)
                           .arg(codeText())),
             true);
        return;
    }
    if (resetByServer && (errorCode != 0 || !m_finalHead)) {
        finish(makeError(ErrorCategory::Protocol,
                         tr("The server reset HTTP/2 stream %1 with RST_STREAM %2 after %3 "
                            "response bytes (RFC 9113 §6.4). The frames that led to it are in "
                            "the Frames view.")
                             .arg(m_streamId)
                             .arg(codeText())
                             .arg(m_received)));
        return;
    }
    if (resetByUs && errorCode != 0) {
        finish(makeError(ErrorCategory::Protocol,
                         tr("The server broke HTTP/2 on stream %1: Wirebench reset it with "
                            "RST_STREAM %2 (RFC 9113 §8.1.1: a malformed message). The frames "
                            "that led to it are in the Frames view.")
                             .arg(m_streamId)
                             .arg(codeText())));
        return;
    }
    if (!m_finalHead) {
        finish(makeError(ErrorCategory::Protocol,
                         tr("HTTP/2 stream %1 closed (%2) before a response head arrived.")
                             .arg(m_streamId)
                             .arg(codeText())));
        return;
    }
    finish({});
}

void Http2Stream::fail(const Error &error, bool notProcessed)
{
    if (m_done)
        return;
    m_notProcessed = notProcessed;
    m_session = nullptr;
    finish(error);
}

void Http2Stream::cancel()
{
    finish(makeError(ErrorCategory::Cancelled, tr("The request was cancelled.")));
}

void Http2Stream::finish(Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_totalTimer.stop();
    if (m_session) { // still open on the session: reset it with CANCEL, the others go on
        Http2Frame reset = std::exchange(m_session, nullptr)->cancel(this);
        if (!reset.bytes.isEmpty() && m_options.keepFrames) {
            reset.atUs += m_sessionOffsetUs;
            m_exchange.frames.append(std::move(reset));
        }
    }
    error = m_body.finish(error);
    const qint64 now = nowUs();
    if (m_firstByteUs >= 0)
        m_exchange.timings.downloadUs = now - m_firstByteUs;
    m_exchange.timings.totalUs = now;
    m_exchange.requestBody = m_sentBody.take();
    m_exchange.responseWire = m_wire.take();
    m_exchange.responseBody = m_body.take();
    if (m_framesDropped > 0)
        m_exchange.warnings.append(tr("%1 frames after the first %2 are not kept in the frame "
                                      "log.")
                                       .arg(m_framesDropped)
                                       .arg(maxFramesKept));
    m_exchange.error = error;
    qCDebug(lcHttp) << "HTTP/2 exchange" << m_id << "stream" << m_streamId << "finished"
                    << error.toString();
    emit phaseReached(m_id, ExchangePhase::Finished);
    if (m_finished) {
        m_reportingFinish = true;
        m_finished(m_id);
        m_reportingFinish = false;
    }
}

} // namespace wb::http
