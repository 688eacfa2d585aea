#pragma once

#include "core/http/connection.h"
#include "core/http/connectionpool.h"
#include "core/http/cookiejar.h"
#include "core/http/exchange.h"
#include "core/http/exchangephase.h"
#include "core/http/requesttarget.h"
#include "core/http/requestwriter.h"
#include "core/http/sendoptions.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace wb::http {

class ExchangeRunner;
class Http2Session;
class Http2Stream;

// The engine's half on the network thread: turns each request into exchanges (redirect hops,
// Digest challenge and response, one retry on a stale keep-alive connection), waits for a free
// connection slot per origin, and keeps cookies.
class HttpEngineWorker : public QObject
{
    Q_OBJECT

public:
    // Which optional events the engine's users listen to (bits of Wanted).
    enum Wanted { WantStarted = 1, WantPhases = 2, WantHeads = 4, WantProgress = 8 };

    HttpEngineWorker(std::shared_ptr<CookieJar> cookies, std::shared_ptr<QAtomicInt> wanted,
                     QObject *parent = nullptr);
    ~HttpEngineWorker() override;

    void submit(quint64 id, const wb::http::RequestSpec &spec,
                const wb::http::SendOptions &options);
    // submit() called at once on the caller's thread (no event-loop round trip per request): an
    // exchange that finishes before this returns is reported on the next event-loop pass, so
    // that the caller has its id first. Only for callers that listen to nothing but
    // exchangeFinished.
    void submitNow(quint64 id, const wb::http::RequestSpec &spec,
                   const wb::http::SendOptions &options);
    void cancel(quint64 id);
    void configure(int perOriginLimit, int idleTimeoutMs);

signals:
    void exchangeStarted(quint64 id, const wb::http::RequestSpec &spec);
    void phaseReached(quint64 id, wb::http::ExchangePhase phase);
    void headReceived(quint64 id, const wb::http::ResponseHead &head);
    void bodyProgress(quint64 id, qint64 received, qint64 expected);
    void exchangeFinished(quint64 id, const wb::http::ExchangeChain &chain);

private:
    struct Job
    {
        quint64 id = 0;
        RequestSpec spec; // of the current hop
        SendOptions options;
        ExchangeChain chain;
        QElapsedTimer clock;    // since submit: the total time limit spans every hop
        QElapsedTimer hopClock; // since this hop was prepared: its own timings
        QDateTime startedAt;
        QByteArray authorization; // Digest answer for the current hop
        bool digestTried = false;
        bool retried = false;
        int redirects = 0;
        Exchange draft;
        EncodedRequest request;
        ConnectionEndpoint endpoint;
        ExchangeRunner *runner = nullptr;
        Http2Stream *stream = nullptr;
        bool opensHttp2 = false;    // counted in m_http2Opening for its pool key
        int unprocessedRetries = 0; // HTTP/2 streams the server did not process, sent again
    };

    void startHop(Job &job);
    Result<void> prepare(Job &job);
    void dispatch(const QString &key);
    void run(Job &job, Connection *connection);
    void runnerFinished(quint64 id);
    // HTTP/2: sessions per pool key, streams on them.
    bool adoptHttp2(quint64 id, ExchangeRunner &runner);
    void runStream(Job &job, Http2Session *session, bool freshConnection);
    void streamFinished(quint64 id);
    void sessionClosed(const QString &key, Http2Session *session);
    // The session for `key` with a free stream and the fewest running (`perConnection` > 0:
    // at most that many streams each).
    Http2Session *sessionWithCapacity(const QString &key, int perConnection) const;
    bool hasUsableSession(const QString &key) const;
    void stopOpeningHttp2(Job &job);
    void hopFinished(Job &job, Exchange &&exchange);
    // How often a request the server did not process (GOAWAY, REFUSED_STREAM) goes again.
    static constexpr int maxUnprocessedRetries = 4; // five sends in all
    bool followUp(Job &job, const Exchange &exchange);
    void complete(quint64 id, Exchange &&exchange);
    void reportFinished(quint64 id, const ExchangeChain &chain);
    void deleteFinishedRunners();

    bool wants(Wanted what) const { return m_wanted->loadRelaxed() & what; }

    std::shared_ptr<CookieJar> m_cookies;
    std::shared_ptr<QAtomicInt> m_wanted;
    QProcessEnvironment m_environment; // read once: proxies come from it by default
    QHash<QString, std::shared_ptr<const QSslConfiguration>>
        m_tlsConfigurations; // built once per TLS settings
    ConnectionPool m_pool;
    QHash<quint64, Job> m_jobs;
    struct Prepared
    {
        RequestSpec spec;
        ConnectionEndpoint endpoint;
        EncodedRequest request;
    };
    std::optional<Prepared> m_lastPrepared; // the last request's parsed and encoded form
    QList<ExchangeRunner *> m_finishedRunners;
    QList<Http2Stream *> m_finishedStreams; // deleted like the runners, without a posted event
    bool m_holdFinished = false;            // inside submitNow()
    QList<std::pair<quint64, ExchangeChain>> m_heldFinished;
    QHash<QString, QList<quint64>> m_waiting;         // pool key -> jobs waiting for a connection
    QHash<QString, QList<Http2Session *>> m_sessions; // pool key -> HTTP/2 sessions
    QSet<QString> m_http2Keys;                        // pool keys whose server spoke HTTP/2
    QHash<QString, int> m_http2Opening; // pool key -> connections opening that should be h2
};

} // namespace wb::http
