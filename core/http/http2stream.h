#pragma once

#include "core/http/bodysink.h"
#include "core/http/contentdecoder.h"
#include "core/http/exchange.h"
#include "core/http/exchangephase.h"
#include "core/http/requestwriter.h"
#include "core/http/responsebody.h"
#include "core/http/sendoptions.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace wb::http {

class Http2FieldCache;
class Http2Session;

// One exchange as a stream of an HTTP/2 session: the request's header list and body (streamed
// from memory or files under flow control), the response's heads, body (decoded), trailers, wire
// bytes and frames, its own timeouts. Reports like ExchangeRunner, so that a request reads the
// same from the outside on either protocol.
class Http2Stream : public QObject
{
    Q_OBJECT

public:
    Http2Stream(quint64 id, Exchange exchange, EncodedRequest request, SendOptions options,
                QElapsedTimer hopClock, std::function<void(quint64)> finished,
                QObject *parent = nullptr);
    ~Http2Stream() override;

    quint64 id() const { return m_id; }
    // What is left of the request's total time limit (all hops together); 0: no limit.
    void setTotalBudgetMs(qint64 ms) { m_totalBudgetMs = ms; }
    // Runs the stream on `session`; `freshConnection`: the connection was opened for it.
    void start(Http2Session *session, bool freshConnection);
    void cancel();

    Exchange takeExchange() { return std::move(m_exchange); }
    // Whether the server did not process the request (refused, or above a GOAWAY's last stream):
    // it may be sent again on another connection.
    bool notProcessed() const { return m_notProcessed; }
    bool isReportingFinish() const { return m_reportingFinish; }
    bool isDone() const { return m_done; }

    // Called by the session.
    QList<WireHeader> requestFields(bool tls) const;
    // The HTTP/2 header list for an HTTP/1.1-style request head: pseudo-headers first, names in
    // lower case, connection-specific fields left out (RFC 9113 §8.2.2, §8.3.1).
    static QList<WireHeader> fieldsFor(const EncodedRequest &request, bool tls);
    // The request head as a person reads it, with the version actually used (HTTP/2); the
    // exact bytes (HPACK) are in the frames.
    static QByteArray headFor(const EncodedRequest &request);
    bool hasBody() const { return m_request.bodySize > 0 || !m_request.body.isEmpty(); }
    // Fills `buffer` with the next body bytes; sets `*end` after the last. -1 on a read error.
    qint64 readBody(char *buffer, qint64 size, bool *end);
    void streamOpened(qint32 streamId, qint64 sessionNowUs);
    void requestSent();
    // `cache`: the session's, so that common fields share their bytes.
    void headerField(QByteArrayView name, QByteArrayView value, Http2FieldCache &cache);
    void headersEnded(bool endStream);
    void dataReceived(QByteArrayView bytes);
    void wireReceived(QByteArrayView bytes);
    void frameLogged(Http2Frame frame);
    void streamClosed(quint32 errorCode, bool resetByServer, bool resetByUs, const QString &reason);
    void fail(const Error &error, bool notProcessed = false);
    qint32 streamId() const { return m_streamId; }

    // Largest header list a response may have (bytes of names and values).
    static constexpr qint64 maxHeaderListBytes = 256 * 1024;
    // Most frames kept per exchange; later ones are counted.
    static constexpr qsizetype maxFramesKept = 200000;

signals:
    void phaseReached(quint64 id, wb::http::ExchangePhase phase);
    void headReceived(quint64 id, const wb::http::ResponseHead &head);
    void bodyProgress(quint64 id, qint64 received, qint64 expected);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void noteActivity();
    void finish(Error error);
    qint64 nowUs() const;

    quint64 m_id;
    Exchange m_exchange;
    EncodedRequest m_request;
    SendOptions m_options;
    QElapsedTimer m_clock;
    std::function<void(quint64)> m_finished;
    QPointer<Http2Session> m_session;
    qint32 m_streamId = -1;
    qint64 m_sessionOffsetUs = 0; // hop time minus session time

    ResponseHead m_head; // being received
    qint64 m_headBytes = 0;
    bool m_finalHead = false;
    BodySink m_wire;
    ResponseBody m_body;
    BodySink m_sentBody;
    Error m_pending;
    QBasicTimer m_idleTimer;
    QBasicTimer m_totalTimer;
    qint64 m_totalBudgetMs = 0;

    qsizetype m_chunkIndex = 0;
    qint64 m_chunkOffset = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_received = 0;
    qint64 m_bodyReceived = 0;
    qint64 m_expected = -1;
    qsizetype m_framesDropped = 0;
    bool m_done = false;
    bool m_reportingFinish = false;
    bool m_notProcessed = false;
    qint64 m_sendStartUs = -1;
    qint64 m_sentUs = -1;
    qint64 m_firstByteUs = -1;
    qint64 m_lastActivityUs = -1;
    qint64 m_lastProgressUs = 0;
};

} // namespace wb::http
