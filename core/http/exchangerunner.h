#pragma once

#include "core/http/bodysink.h"
#include "core/http/connection.h"
#include "core/http/contentdecoder.h"
#include "core/http/exchange.h"
#include "core/http/exchangephase.h"
#include "core/http/requestwriter.h"
#include "core/http/responsebody.h"
#include "core/http/responseparser.h"
#include "core/http/sendoptions.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace wb::http {

// One request and its response on one connection: opens the connection if needed, writes the
// request (streaming file bodies), parses the response as it arrives, captures the exact bytes
// both ways, decodes the body, and enforces the idle and total timeouts.
class ExchangeRunner : public QObject, private ConnectionListener
{
    Q_OBJECT

public:
    // `finished` is called once, with the runner's id, when the exchange is over (a plain
    // callback: a signal connection per exchange costs more than the rest of its bookkeeping).
    ExchangeRunner(quint64 id, Exchange exchange, EncodedRequest request, SendOptions options,
                   QElapsedTimer hopClock, std::function<void(quint64)> finished,
                   QObject *parent = nullptr);
    ~ExchangeRunner() override;

    // What is left of the request's total time limit (all hops together); 0: no limit.
    void setTotalBudgetMs(qint64 ms) { m_totalBudgetMs = ms; }
    void start(Connection *connection);
    void cancel();
    // Called once a new connection is open and speaks HTTP/2 (ALPN h2, or prior knowledge on
    // cleartext): returning true takes the exchange to an HTTP/2 session, and the runner stops
    // without reporting (takeExchange() then holds the connection's timings and TLS details).
    void setHttp2Hook(std::function<bool(ExchangeRunner &)> hook) { m_http2Hook = std::move(hook); }

    quint64 id() const { return m_id; }
    Exchange takeExchange() { return std::move(m_exchange); }
    Connection *connection() const { return m_connection; }
    // Whether the connection may serve another exchange.
    bool connectionReusable() const { return m_reusable; }
    // Whether the failure happened on a reused connection before any response byte arrived.
    bool failedOnStaleConnection() const;
    // Whether the `finished` callback is running (the runner is still on the stack).
    bool isReportingFinish() const { return m_reportingFinish; }

signals:
    void phaseReached(quint64 id, wb::http::ExchangePhase phase);
    void headReceived(quint64 id, const wb::http::ResponseHead &head);
    void bodyProgress(quint64 id, qint64 received, qint64 expected);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void connectionReadyRead() override { onReadyRead(); }
    void connectionBytesWritten() override { onBytesWritten(); }
    void connectionErrorOccurred() override { onSocketError(); }
    void connectionDisconnected() override { onDisconnected(); }

    void onOpened();
    bool speaksHttp2() const;
    // Stops the runner for good without reporting: the exchange goes on elsewhere.
    void handOver();
    void beginSend();
    void pumpBody();
    void onBytesWritten();
    void onReadyRead();
    void received(QByteArrayView data);
    void noteActivity();
    void onSocketError();
    void onDisconnected();
    void consume(QByteArrayView data);
    void onHead(const ResponseHead &head);
    void onBody(QByteArrayView bytes);
    void onIdleTimeout();
    void onTotalTimeout();
    void finish(Error error);
    qint64 nowUs() const;

    quint64 m_id;
    Exchange m_exchange;
    EncodedRequest m_request;
    SendOptions m_options;
    QElapsedTimer m_clock;
    QPointer<Connection> m_connection;
    ResponseParser m_parser;
    BodySink m_wire;
    ResponseBody m_body;
    BodySink m_sentBody;
    Error m_pending;
    QBasicTimer m_idleTimer;
    QBasicTimer m_totalTimer;
    std::function<void(quint64)> m_finished;
    std::function<bool(ExchangeRunner &)> m_http2Hook;

    qsizetype m_chunkIndex = 0;
    qint64 m_chunkOffset = 0;
    std::unique_ptr<QFile> m_file;
    bool m_allWritten = false;
    bool m_reused = false;
    bool m_done = false;
    bool m_reportingFinish = false;
    bool m_reusable = false;
    qint64 m_received = 0;
    qint64 m_leftover = 0;
    qint64 m_sendStartUs = -1;
    qint64 m_sentUs = -1;
    qint64 m_firstByteUs = -1;
    qint64 m_lastActivityUs = -1; // when bytes last arrived
    qint64 m_lastProgressUs = 0;
    qint64 m_totalBudgetMs = 0;
};

} // namespace wb::http
