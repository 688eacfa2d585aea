#include "core/http/exchangerunner.h"

#include "core/common/logging.h"
#include "core/http/connection.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimerEvent>

namespace wb::http {

namespace {

constexpr qint64 writeWindow = 256 * 1024; // bytes queued in the socket before waiting
constexpr qint64 filePiece = 64 * 1024;

} // namespace

ExchangeRunner::ExchangeRunner(quint64 id, Exchange exchange, EncodedRequest request,
                               SendOptions options, QElapsedTimer hopClock,
                               std::function<void(quint64)> finished, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_exchange(std::move(exchange))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_clock(hopClock)
    , m_parser(ResponseParser::Callbacks{
                   [this](const ResponseHead &head) { m_exchange.interim.append(head); },
                   [this](const ResponseHead &head) { onHead(head); },
                   [this](QByteArrayView bytes) { onBody(bytes); },
                   [this](const QList<WireHeader> &t) { m_exchange.trailers = t; }},
               m_exchange.spec.options.strict)
    , m_wire(m_options.spillThreshold)
    , m_body(m_options.spillThreshold)
    , m_sentBody(m_options.spillThreshold)
    , m_finished(std::move(finished))
{
    m_parser.setRequestMethod(m_exchange.method);
    m_wire.setCaptureLimit(m_options.wireCaptureLimit);
    m_sentBody.setCaptureLimit(m_options.wireCaptureLimit);
    if (!m_options.bodyOutputFile.isEmpty()) {
        const auto opened = m_body.setOutputFile(m_options.bodyOutputFile);
        if (!opened)
            m_pending = opened.error();
    }
}

ExchangeRunner::~ExchangeRunner()
{
    if (m_connection && m_connection->listener() == this)
        m_connection->setListener(nullptr);
}

void ExchangeRunner::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_idleTimer.timerId()) {
        // Bytes may have come since the timer was started: wait for the rest of the silence.
        const qint64 quietMs = (nowUs() - m_lastActivityUs) / 1000;
        const int idle = m_exchange.spec.options.idleTimeoutMs;
        if (m_lastActivityUs >= 0 && quietMs < idle) {
            m_idleTimer.start(int(idle - quietMs), this);
            return;
        }
        m_idleTimer.stop();
        onIdleTimeout();
    } else if (event->timerId() == m_totalTimer.timerId()) {
        m_totalTimer.stop();
        onTotalTimeout();
    } else {
        QObject::timerEvent(event);
    }
}

qint64 ExchangeRunner::nowUs() const
{
    return m_clock.nsecsElapsed() / 1000;
}

bool ExchangeRunner::failedOnStaleConnection() const
{
    return m_reused && m_received == 0 && m_exchange.error.isError() &&
           m_exchange.error.category == ErrorCategory::ConnectionReset;
}

void ExchangeRunner::start(Connection *connection)
{
    m_connection = connection;
    m_exchange.timings.queuedUs = nowUs();
    if (m_totalBudgetMs > 0)
        m_totalTimer.start(m_totalBudgetMs, this);
    if (m_pending.isError()) {
        finish(m_pending);
        return;
    }
    if (connection->isOpen()) {
        m_reused = true;
        m_exchange.connectionReused = true;
        m_exchange.tls = connection->tlsDetails();
        beginSend();
        return;
    }
    connect(connection, &Connection::phaseReached, this,
            [this](ExchangePhase phase) { emit phaseReached(m_id, phase); });
    connect(connection, &Connection::opened, this, &ExchangeRunner::onOpened);
    connect(connection, &Connection::failed, this, [this](const Error &error) {
        m_exchange.tls = m_connection->tlsDetails();
        m_exchange.timings.dnsUs = m_connection->dnsUs();
        finish(error);
    });
    connection->open(m_exchange.spec.options.connectTimeoutMs);
}

void ExchangeRunner::onOpened()
{
    disconnect(m_connection, nullptr, this, nullptr);
    m_exchange.timings.dnsUs = m_connection->dnsUs();
    m_exchange.timings.connectUs = m_connection->connectUs();
    m_exchange.timings.tlsUs = m_connection->tlsUs();
    m_exchange.tls = m_connection->tlsDetails();
    const HttpProtocol protocol = m_exchange.spec.options.protocol;
    if (speaksHttp2()) {
        m_reportingFinish = true; // on the stack while the hook runs
        const bool taken = m_http2Hook && m_http2Hook(*this);
        m_reportingFinish = false;
        if (taken) {
            handOver();
            return;
        }
    } else if (protocol == HttpProtocol::Http2 || protocol == HttpProtocol::Http2PriorKnowledge) {
        const auto &endpoint = m_connection->endpoint();
        const QString alpn = m_exchange.tls.alpn.isEmpty()
                                 ? tr("no protocol")
                                 : QString::fromLatin1(m_exchange.tls.alpn);
        finish(makeError(ErrorCategory::Protocol,
                         tr("The server at %1 port %2 does not speak HTTP/2: TLS negotiated %3 "
                            "by ALPN instead of h2. Choose Auto or HTTP/1.1 for this request.")
                             .arg(endpoint.host)
                             .arg(endpoint.port)
                             .arg(alpn)));
        return;
    }
    beginSend();
}

bool ExchangeRunner::speaksHttp2() const
{
    if (m_connection->endpoint().tls)
        return m_exchange.tls.alpn == "h2";
    const HttpProtocol protocol = m_exchange.spec.options.protocol;
    return protocol == HttpProtocol::Http2 || protocol == HttpProtocol::Http2PriorKnowledge;
}

void ExchangeRunner::handOver()
{
    m_done = true;
    m_idleTimer.stop();
    m_totalTimer.stop();
    if (m_connection && m_connection->listener() == this)
        m_connection->setListener(nullptr);
    m_connection = nullptr;
}

void ExchangeRunner::beginSend()
{
    QTcpSocket *socket = m_connection->socket();
    const ConnectionAddresses &addresses = m_connection->addresses();
    m_exchange.remoteAddress = addresses.remote;
    m_exchange.remotePort = addresses.remotePort;
    m_exchange.localAddress = addresses.local;
    m_exchange.localPort = addresses.localPort;
    if (m_exchange.remoteAddress.isEmpty()) // through a proxy: the peer is the proxy
        m_exchange.remoteAddress = m_connection->endpoint().host;
    m_connection->setListener(this);

    emit phaseReached(m_id, ExchangePhase::Sending);
    m_sendStartUs = nowUs();
    m_exchange.requestHead = m_request.head;
    socket->write(m_request.head);
    pumpBody();
    socket->flush();                    // write now rather than on the next event-loop pass
    if (m_connection->hasUnreadBytes()) // a stale response from the server, or an early one
        onReadyRead();
}

void ExchangeRunner::pumpBody()
{
    if (m_done)
        return;
    QTcpSocket *socket = m_connection->socket();
    while (!m_allWritten && socket->bytesToWrite() < writeWindow) {
        if (m_chunkIndex >= m_request.body.size()) {
            m_allWritten = true;
            break;
        }
        const BodyChunk &chunk = m_request.body.at(m_chunkIndex);
        QByteArray piece;
        if (chunk.filePath.isEmpty()) {
            piece = chunk.bytes;
        } else {
            if (!m_file) {
                m_file = std::make_unique<QFile>(chunk.filePath);
                if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(chunk.fileOffset)) {
                    finish(makeError(ErrorCategory::Io,
                                     tr("The body file '%1' could not be read: check the path "
                                        "and permissions.")
                                         .arg(chunk.filePath),
                                     m_file->errorString()));
                    return;
                }
            }
            piece = m_file->read(qMin(filePiece, chunk.size - m_chunkOffset));
            if (piece.isEmpty() && chunk.size > m_chunkOffset) {
                finish(makeError(ErrorCategory::Io,
                                 tr("The body file '%1' ended after %2 of %3 bytes: was it "
                                    "changed while sending?")
                                     .arg(chunk.filePath)
                                     .arg(m_chunkOffset)
                                     .arg(chunk.size)));
                return;
            }
            m_chunkOffset += piece.size();
        }
        if (chunk.filePath.isEmpty() || m_chunkOffset >= chunk.size) {
            ++m_chunkIndex;
            m_chunkOffset = 0;
            m_file.reset();
        }
        socket->write(piece);
        const auto kept = m_sentBody.append(piece);
        if (!kept) {
            finish(kept.error());
            return;
        }
    }
    if (m_allWritten && socket->bytesToWrite() == 0)
        onBytesWritten();
}

void ExchangeRunner::onBytesWritten()
{
    if (m_done)
        return;
    if (!m_allWritten) {
        pumpBody();
        return;
    }
    if (m_sentUs < 0 && m_connection->socket()->bytesToWrite() == 0) {
        m_sentUs = nowUs();
        m_exchange.timings.sendUs = m_sentUs - m_sendStartUs;
        emit phaseReached(m_id, ExchangePhase::Waiting);
        const int idle = m_exchange.spec.options.idleTimeoutMs;
        if (idle > 0 && m_firstByteUs < 0)
            m_idleTimer.start(idle, this);
    }
}

void ExchangeRunner::onReadyRead()
{
    constexpr int piecesPerPass = 32; // then other connections and timers get their turn
    for (int piece = 1;; ++piece) {
        if (m_done)
            return;
        bool closed = false;
        const QByteArrayView data = m_connection->readPiece(&closed);
        if (m_done) // a socket error during the read ended the exchange
            return;
        if (!data.isEmpty()) {
            if (piece == 1)
                noteActivity();
            received(data);
        }
        if (closed && !m_done) {
            onDisconnected();
            return;
        }
        if (data.size() < Connection::ReadPiece)
            return; // nothing more has arrived
        if (piece >= piecesPerPass && m_connection->notifiesAgain())
            return; // the rest on the next pass
    }
}

void ExchangeRunner::noteActivity()
{
    // The idle timer is not restarted for every read (that costs more than the read's
    // bookkeeping): it checks the time of the last bytes when it fires.
    m_lastActivityUs = nowUs();
    const int idle = m_exchange.spec.options.idleTimeoutMs;
    if (idle > 0 && !m_idleTimer.isActive())
        m_idleTimer.start(idle, this);
}

void ExchangeRunner::received(QByteArrayView data)
{
    if (m_firstByteUs < 0) {
        m_firstByteUs = nowUs();
        if (m_sentUs < 0) { // the response began before the socket reported the last write
            m_sentUs = m_firstByteUs;
            m_exchange.timings.sendUs = m_sentUs - m_sendStartUs;
        }
        m_exchange.timings.waitUs = m_firstByteUs - m_sentUs;
        emit phaseReached(m_id, ExchangePhase::Receiving);
    }
    consume(data);
}

void ExchangeRunner::consume(QByteArrayView data)
{
    m_received += data.size();
    const auto state = m_parser.feed(data);
    qint64 used = data.size();
    if (state == ResponseParser::State::Complete) {
        used = m_parser.consumed();
        m_leftover += data.size() - used;
    } else if (state == ResponseParser::State::Failed) {
        used = m_parser.consumed(); // the wire shows where the parser stopped
    }
    const auto kept = m_wire.append(data.first(used));
    if (!kept && !m_pending.isError())
        m_pending = kept.error();
    if (m_pending.isError()) {
        finish(m_pending);
        return;
    }
    if (state == ResponseParser::State::Failed) {
        m_exchange.errorOffset = m_parser.errorOffset();
        finish(m_parser.error());
        return;
    }
    if (state == ResponseParser::State::Complete) {
        finish({});
        return;
    }
    const qint64 now = nowUs();
    if (now - m_lastProgressUs > 50000) {
        m_lastProgressUs = now;
        emit bodyProgress(m_id, m_parser.bodyBytes(), m_parser.expectedBodyLength());
    }
}

void ExchangeRunner::onHead(const ResponseHead &head)
{
    m_exchange.response = head;
    m_exchange.httpVersion = head.version;
    emit headReceived(m_id, head);
    m_body.begin(head.header("Content-Encoding").trimmed(), m_exchange.spec.options,
                 &m_exchange.warnings);
}

void ExchangeRunner::onBody(QByteArrayView bytes)
{
    if (m_pending.isError())
        return;
    if (const auto kept = m_body.append(bytes); !kept)
        m_pending = kept.error();
}

void ExchangeRunner::onSocketError()
{
    if (m_done)
        return;
    const auto code = m_connection->socket()->error();
    if (code == QAbstractSocket::RemoteHostClosedError)
        return; // handled by onDisconnected, after the last bytes
    const QByteArray rest = m_connection->socket()->readAll();
    if (!rest.isEmpty())
        consume(rest);
    if (m_done)
        return;
    const auto &endpoint = m_connection->endpoint();
    finish(Connection::socketError(code, m_connection->socket()->errorString(), endpoint.host,
                                   endpoint.port));
}

void ExchangeRunner::onDisconnected()
{
    if (m_done)
        return;
    const QByteArray rest = m_connection->socket()->readAll();
    if (!rest.isEmpty())
        consume(rest);
    if (m_done)
        return;
    const auto &endpoint = m_connection->endpoint();
    if (m_received == 0) {
        finish(makeError(ErrorCategory::ConnectionReset,
                         tr("The server at %1 port %2 closed the connection without "
                            "answering.")
                             .arg(endpoint.host)
                             .arg(endpoint.port)));
        return;
    }
    const auto state = m_parser.finish();
    if (state == ResponseParser::State::Complete) {
        finish({});
        return;
    }
    Error error = m_parser.error();
    if (m_parser.state() != ResponseParser::State::Head)
        error.category = ErrorCategory::ConnectionReset; // the body was cut short
    m_exchange.errorOffset = m_parser.errorOffset();
    finish(error);
}

void ExchangeRunner::onIdleTimeout()
{
    const int idle = m_exchange.spec.options.idleTimeoutMs;
    finish(makeError(ErrorCategory::Timeout,
                     m_firstByteUs < 0
                         ? tr("The server sent nothing for %1 ms after the request: it may be "
                              "stuck; raise the idle timeout to wait longer.")
                               .arg(idle)
                         : tr("The server sent nothing for %1 ms in the middle of the response "
                              "(after %2 bytes): raise the idle timeout to wait longer.")
                               .arg(idle)
                               .arg(m_received)));
}

void ExchangeRunner::onTotalTimeout()
{
    finish(makeError(ErrorCategory::Timeout,
                     tr("The exchange took longer than its total time limit of %1 ms (%2 "
                        "response bytes received): raise the limit to wait longer.")
                         .arg(m_exchange.spec.options.totalTimeoutMs)
                         .arg(m_received)));
}

void ExchangeRunner::cancel()
{
    finish(makeError(ErrorCategory::Cancelled, tr("The request was cancelled.")));
}

void ExchangeRunner::finish(Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_totalTimer.stop();
    if (m_connection) {
        if (!m_reused)
            disconnect(m_connection, nullptr, this, nullptr);
        if (m_connection->listener() == this)
            m_connection->setListener(nullptr);
    }
    error = m_body.finish(error);
    const qint64 now = nowUs();
    if (m_firstByteUs >= 0)
        m_exchange.timings.downloadUs = now - m_firstByteUs;
    m_exchange.timings.totalUs = now;
    m_exchange.requestBody = m_sentBody.take();
    m_exchange.responseWire = m_wire.take();
    m_exchange.responseBody = m_body.take();
    m_exchange.warnings += m_parser.warnings();
    m_exchange.error = error;
    m_reusable = !error.isError() && m_parser.keepAlive() && !m_parser.bodyIsCloseDelimited() &&
                 m_leftover == 0 && m_connection && m_connection->isOpen();
    if (m_connection && !m_reusable)
        m_connection->close();
    qCDebug(lcHttp) << "exchange" << m_id << "finished" << error.toString();
    emit phaseReached(m_id, ExchangePhase::Finished);
    if (m_finished) {
        m_reportingFinish = true;
        m_finished(m_id);
        m_reportingFinish = false;
    }
}

} // namespace wb::http
