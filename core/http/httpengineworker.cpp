#include "core/http/httpengineworker.h"

#include "core/common/logging.h"
#include "core/common/version.h"
#include "core/http/digestauth.h"
#include "core/http/exchangerunner.h"
#include "core/http/http2session.h"
#include "core/http/http2stream.h"
#include "core/http/proxyresolver.h"
#include "core/http/redirectpolicy.h"
#include "core/http/urlparser.h"
#include "core/tls/tlsconfigbuilder.h"

#include <QCoreApplication>

namespace wb::http {

namespace {

bool isIdempotent(const QByteArray &method)
{
    static const QList<QByteArray> methods{"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"};
    return methods.contains(method);
}

QByteArray userAgent()
{
    return QByteArray("Wirebench/") + applicationVersion;
}

// The protocols offered by ALPN for a request's choice.
QList<QByteArray> alpnFor(HttpProtocol protocol)
{
    switch (protocol) {
    case HttpProtocol::Http1:
        return {QByteArrayLiteral("http/1.1")};
    case HttpProtocol::Http2:
    case HttpProtocol::Http2PriorKnowledge:
    case HttpProtocol::Auto:
        break;
    }
    // HTTP/2-only offers http/1.1 too: a server without h2 then completes the handshake and the
    // exchange fails with a sentence that says so, instead of a TLS alert.
    return {QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")};
}

// Requests that may share connections: HTTP/1.1-only ones never meet an HTTP/2 session.
QString protocolKey(HttpProtocol protocol, bool tls)
{
    switch (protocol) {
    case HttpProtocol::Http1:
        return QStringLiteral("h1");
    case HttpProtocol::Http2:
    case HttpProtocol::Http2PriorKnowledge:
        return QStringLiteral("h2");
    case HttpProtocol::Auto:
        break;
    }
    return tls ? QStringLiteral("auto") : QStringLiteral("h1");
}

} // namespace

HttpEngineWorker::HttpEngineWorker(std::shared_ptr<CookieJar> cookies,
                                   std::shared_ptr<QAtomicInt> wanted, QObject *parent)
    : QObject(parent)
    , m_cookies(std::move(cookies))
    , m_wanted(std::move(wanted))
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_pool(this) // a child, so that it moves to the network thread with the worker
{
    // A freed slot serves a waiting request on the next event-loop pass (never re-entrantly);
    // with nobody waiting there is nothing to post.
    connect(&m_pool, &ConnectionPool::slotFreed, this, [this](const QString &key) {
        if (m_waiting.contains(key))
            QMetaObject::invokeMethod(
                this, [this, key] { dispatch(key); }, Qt::QueuedConnection);
    });
}

HttpEngineWorker::~HttpEngineWorker()
{
    qDeleteAll(std::exchange(m_finishedRunners, {})); // no runner is on the stack any more
    qDeleteAll(std::exchange(m_finishedStreams, {}));
    for (auto &job : m_jobs) {
        if (job.runner)
            job.runner->disconnect(this);
        if (job.stream) {
            job.stream->disconnect(this);
            delete std::exchange(job.stream, nullptr);
        }
    }
    for (const auto &sessions : std::as_const(m_sessions)) {
        for (Http2Session *session : sessions) {
            session->disconnect(this);
            delete session;
        }
    }
}

void HttpEngineWorker::configure(int perOriginLimit, int idleTimeoutMs)
{
    m_pool.setPerOriginLimit(perOriginLimit);
    m_pool.setIdleTimeoutMs(idleTimeoutMs);
}

void HttpEngineWorker::deleteFinishedRunners()
{
    // A runner still reporting its end (this request was sent from an exchangeFinished handler)
    // is on the stack: it waits for the next time.
    m_finishedRunners.removeIf([](ExchangeRunner *runner) {
        if (runner->isReportingFinish())
            return false;
        delete runner;
        return true;
    });
    // Likewise for HTTP/2 streams: one list instead of a posted deleteLater() per stream.
    m_finishedStreams.removeIf([](Http2Stream *stream) {
        if (stream->isReportingFinish())
            return false;
        delete stream;
        return true;
    });
}

void HttpEngineWorker::submitNow(quint64 id, const RequestSpec &spec, const SendOptions &options)
{
    m_holdFinished = true;
    submit(id, spec, options);
    m_holdFinished = false;
    if (m_heldFinished.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this, held = std::exchange(m_heldFinished, {})] {
            for (const auto &[heldId, chain] : held)
                emit exchangeFinished(heldId, chain);
        },
        Qt::QueuedConnection);
}

void HttpEngineWorker::reportFinished(quint64 id, const ExchangeChain &chain)
{
    if (m_holdFinished)
        m_heldFinished.append({id, chain});
    else
        emit exchangeFinished(id, chain);
}

void HttpEngineWorker::submit(quint64 id, const RequestSpec &spec, const SendOptions &options)
{
    deleteFinishedRunners();
    Job &job = *m_jobs.emplace(id); // built in place: a Job is large
    job.id = id;
    job.spec = spec;
    job.options = options;
    job.clock.start();
    job.startedAt = QDateTime::currentDateTimeUtc();
    if (wants(WantStarted))
        emit exchangeStarted(id, spec);
    if (wants(WantPhases))
        emit phaseReached(id, ExchangePhase::Queued);
    startHop(job);
}

Result<void> HttpEngineWorker::prepare(Job &job)
{
    Exchange &draft = job.draft;
    draft = Exchange{};
    draft.spec = job.spec;
    draft.url = job.spec.url;
    draft.method = job.spec.method.toUtf8();
    job.hopClock.start();
    draft.timings.startedAt = QDateTime::currentDateTimeUtc();

    // The same request again (load runs, repeats): reuse the parsed and encoded form. Not when
    // cookies or a Digest answer may differ, nor for file bodies that may have changed.
    const bool cacheable = job.authorization.isEmpty() && (!m_cookies || m_cookies->count() == 0) &&
                           job.spec.body.kind != RequestBody::Kind::File &&
                           job.spec.body.kind != RequestBody::Kind::Multipart;
    if (cacheable && m_lastPrepared && m_lastPrepared->spec == job.spec) {
        job.endpoint = m_lastPrepared->endpoint;
        job.request = m_lastPrepared->request;
        return {};
    }
    m_lastPrepared.reset();

    auto target = UrlParser::parse(job.spec.url);
    if (!target)
        return target.error();
    RequestSpec spec = job.spec;
    if (target->hasUserInfo && spec.auth.kind == AuthSpec::Kind::None) {
        spec.auth.kind = AuthSpec::Kind::Basic;
        spec.auth.username = target->username;
        spec.auth.password = target->password;
    }
    auto proxy = ProxyResolver::resolve(spec.options.proxy, target.value(), m_environment);
    if (!proxy)
        return proxy.error();

    ConnectionEndpoint &endpoint = job.endpoint;
    endpoint = ConnectionEndpoint{};
    endpoint.tls = target->isTls();
    endpoint.tlsServerName = target->host;
    endpoint.host = target->host;
    endpoint.port = target->port;
    WriteOptions write;
    write.userAgent = userAgent();
    QList<WireHeader> extra;
    const bool forwardProxy = proxy->type() == QNetworkProxy::HttpProxy && !endpoint.tls;
    const bool priorKnowledge =
        !endpoint.tls && (spec.options.protocol == HttpProtocol::Http2 ||
                          spec.options.protocol == HttpProtocol::Http2PriorKnowledge);
    if (forwardProxy && priorKnowledge)
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate(
                             "wb::http",
                             "HTTP/2 with prior knowledge cannot go through the HTTP proxy %1: "
                             "a forward proxy speaks HTTP/1.1 for http:// URLs. Choose Auto or "
                             "HTTP/1.1, or a SOCKS5 proxy.")
                             .arg(proxy->hostName()));
    if (forwardProxy) {
        endpoint.host = proxy->hostName();
        endpoint.port = proxy->port();
        write.absoluteForm = true;
        if (!proxy->user().isEmpty()) {
            const QByteArray credentials =
                (proxy->user() + QLatin1Char(':') + proxy->password()).toUtf8().toBase64();
            extra.append({"Proxy-Authorization", "Basic " + credentials});
        }
    } else {
        endpoint.tunnelProxy = proxy.value();
    }
    if (endpoint.tls) {
        const QString settings = tls::TlsConfigBuilder::settingsKey(spec.options) +
                                 QLatin1Char('|') +
                                 protocolKey(spec.options.protocol, endpoint.tls);
        auto cached = m_tlsConfigurations.constFind(settings);
        if (cached == m_tlsConfigurations.cend()) {
            auto config = tls::TlsConfigBuilder::build(spec.options);
            if (!config)
                return config.error();
            QSslConfiguration built = config.value();
            built.setAllowedNextProtocols(alpnFor(spec.options.protocol));
            cached = m_tlsConfigurations.insert(settings,
                                                std::make_shared<const QSslConfiguration>(built));
        }
        endpoint.sslConfiguration = cached.value();
        endpoint.ignoreTlsErrors = !spec.options.verifyTls;
    }
    endpoint.poolKey =
        target->originKey() + QLatin1Char('|') + ProxyResolver::key(proxy.value()) +
        QLatin1Char('|') +
        (endpoint.tls ? tls::TlsConfigBuilder::settingsKey(spec.options) : QString()) +
        QLatin1Char('|') + protocolKey(spec.options.protocol, endpoint.tls);

    if (m_cookies && m_cookies->count() > 0) {
        bool userCookie = false;
        for (const auto &h : spec.headers)
            userCookie |=
                h.enabled && h.name.compare(QLatin1String("cookie"), Qt::CaseInsensitive) == 0;
        const QByteArray cookie = userCookie ? QByteArray() : m_cookies->cookieHeaderFor(spec.url);
        if (!cookie.isEmpty())
            extra.append({"Cookie", cookie});
    }
    if (!job.authorization.isEmpty())
        extra.append({"Authorization", job.authorization});

    auto encoded = RequestWriter::encode(spec, target.value(), write, extra);
    if (!encoded)
        return encoded.error();
    job.request = std::move(encoded).value();
    if (cacheable)
        m_lastPrepared = Prepared{job.spec, job.endpoint, job.request};
    return {};
}

void HttpEngineWorker::startHop(Job &job)
{
    const auto prepared = prepare(job);
    if (!prepared) {
        Exchange failed = job.draft;
        failed.error = prepared.error();
        failed.timings.totalUs = job.hopClock.nsecsElapsed() / 1000;
        complete(job.id, std::move(failed));
        return;
    }
    const QString key = job.endpoint.poolKey;
    m_waiting[key].append(job.id);
    dispatch(key);
}

void HttpEngineWorker::dispatch(const QString &key)
{
    auto it = m_waiting.find(key);
    while (it != m_waiting.end() && !it->isEmpty()) {
        const quint64 id = it->first();
        auto job = m_jobs.find(id);
        if (job == m_jobs.end()) {
            it->removeFirst();
            continue;
        }
        const HttpProtocol protocol = job->spec.options.protocol;
        const bool mayUseHttp2 = protocol != HttpProtocol::Http1;
        const bool expectsHttp2 =
            mayUseHttp2 && (m_http2Keys.contains(key) || protocol == HttpProtocol::Http2 ||
                            protocol == HttpProtocol::Http2PriorKnowledge);
        if (mayUseHttp2) {
            const int perConnection = job->options.streamsPerConnection;
            if (Http2Session *session = sessionWithCapacity(key, perConnection)) {
                it->removeFirst();
                runStream(*job, session, false);
                it = m_waiting.find(key);
                continue;
            }
            // A stream frees up soon, or a connection that will speak HTTP/2 is opening:
            // queue for a stream instead of opening more connections.
            // With a stream limit per connection, more connections may open (load runs).
            const bool openMore =
                perConnection > 0 && m_pool.canOpen(key, job->options.connectionsPerOrigin);
            if (!openMore &&
                (hasUsableSession(key) || (expectsHttp2 && m_http2Opening.value(key) > 0)))
                return;
        }
        Connection *connection = m_pool.takeIdle(key);
        const bool fresh = !connection;
        if (!connection && m_pool.canOpen(key, job->options.connectionsPerOrigin))
            connection = m_pool.create(job->endpoint);
        if (!connection)
            return;
        it->removeFirst();
        if (fresh && expectsHttp2) {
            job->opensHttp2 = true;
            ++m_http2Opening[key];
        }
        run(*job, connection);
        it = m_waiting.find(key);
    }
    if (it != m_waiting.end() && it->isEmpty())
        m_waiting.erase(it);
}

void HttpEngineWorker::run(Job &job, Connection *connection)
{
    auto *runner = new ExchangeRunner(
        job.id, job.draft, job.request, job.options, job.hopClock,
        [this](quint64 id) { runnerFinished(id); }, this);
    if (const int total = job.spec.options.totalTimeoutMs; total > 0)
        runner->setTotalBudgetMs(qMax<qint64>(1, total - job.clock.elapsed()));
    job.runner = runner;
    if (job.spec.options.protocol != HttpProtocol::Http1) {
        const quint64 id = job.id;
        runner->setHttp2Hook([this, id](ExchangeRunner &r) { return adoptHttp2(id, r); });
    }
    // Only events someone listens to cross to the caller's thread: each costs a wake-up.
    if (wants(WantPhases))
        connect(runner, &ExchangeRunner::phaseReached, this, &HttpEngineWorker::phaseReached);
    if (wants(WantHeads))
        connect(runner, &ExchangeRunner::headReceived, this, &HttpEngineWorker::headReceived);
    if (wants(WantProgress))
        connect(runner, &ExchangeRunner::bodyProgress, this, &HttpEngineWorker::bodyProgress);
    runner->start(connection);
}

void HttpEngineWorker::runnerFinished(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it;
    ExchangeRunner *runner = std::exchange(job.runner, nullptr);
    Exchange exchange = runner->takeExchange();
    Connection *connection = runner->connection();
    const bool stale = runner->failedOnStaleConnection();
    stopOpeningHttp2(job);
    if (connection)
        m_pool.release(connection, runner->connectionReusable());
    m_finishedRunners.append(runner); // deleted on the next submit: it is still on the stack

    if (stale && !job.retried && isIdempotent(exchange.method)) {
        // The server closed the keep-alive connection before this request reached it.
        qCDebug(lcHttp) << "retrying" << id << "on a new connection";
        job.retried = true;
        if (exchange.requestBody.isFile())
            QFile::remove(exchange.requestBody.filePath);
        Connection *fresh = m_pool.create(job.endpoint);
        run(job, fresh);
        return;
    }
    hopFinished(job, std::move(exchange));
}

void HttpEngineWorker::hopFinished(Job &job, Exchange &&exchange)
{
    const quint64 id = job.id;
    if (!exchange.error.isError() && m_cookies) {
        static const QByteArray setCookie = QByteArrayLiteral("Set-Cookie");
        const auto setCookies = exchange.response.headerValues(setCookie);
        if (!setCookies.isEmpty())
            m_cookies->store(exchange.url, setCookies);
    }
    if (!exchange.error.isError() && followUp(job, exchange))
        return;
    complete(id, std::move(exchange));
}

bool HttpEngineWorker::followUp(Job &job, const Exchange &exchange)
{
    const int status = exchange.response.status;
    if (status == 401 && job.spec.auth.kind == AuthSpec::Kind::Digest && !job.digestTried) {
        const auto challenge =
            DigestAuth::parseChallenge(exchange.response.headerValues("WWW-Authenticate"));
        if (!challenge)
            return false;
        auto target = UrlParser::parse(job.spec.url);
        if (!target)
            return false;
        const auto value = DigestAuth::authorization(challenge.value(), job.spec.auth.username,
                                                     job.spec.auth.password, exchange.method,
                                                     target->originForm, 1);
        if (!value)
            return false;
        job.digestTried = true;
        job.authorization = value.value();
        job.chain.hops.append(exchange);
        startHop(job);
        return true;
    }
    if (!job.spec.options.followRedirects ||
        !RedirectPolicy::shouldFollow(job.spec, exchange.response))
        return false;
    auto hop = RedirectPolicy::nextHop(exchange.url, exchange.method, exchange.response,
                                       job.redirects, job.spec.options.maxRedirects);
    job.chain.hops.append(exchange);
    if (!hop) {
        job.chain.hops.last().error = hop.error();
        const quint64 id = job.id;
        const ExchangeChain chain = job.chain;
        m_jobs.remove(id);
        reportFinished(id, chain);
        return true;
    }
    ++job.redirects;
    job.spec = RedirectPolicy::specForHop(job.spec, hop.value());
    if (hop->crossOrigin)
        job.authorization.clear();
    job.retried = false;
    startHop(job);
    return true;
}

void HttpEngineWorker::complete(quint64 id, Exchange &&exchange)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    ExchangeChain chain = std::move(it->chain);
    chain.hops.reserve(chain.hops.size() + 1); // then the exchange is moved once, into place
    chain.hops.append(std::move(exchange));
    m_jobs.erase(it);
    reportFinished(id, chain);
}

void HttpEngineWorker::cancel(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (it->runner) {
        it->runner->cancel(); // finishes through runnerFinished
        return;
    }
    if (it->stream) {
        it->stream->cancel(); // finishes through streamFinished
        return;
    }
    Exchange cancelled = it->draft;
    cancelled.error =
        makeError(ErrorCategory::Cancelled,
                  QCoreApplication::translate("wb::http", "The request was cancelled."));
    complete(id, std::move(cancelled));
}

void HttpEngineWorker::stopOpeningHttp2(Job &job)
{
    if (!std::exchange(job.opensHttp2, false))
        return;
    const QString key = job.endpoint.poolKey;
    if (--m_http2Opening[key] <= 0)
        m_http2Opening.remove(key);
    if (m_waiting.contains(key))
        QMetaObject::invokeMethod(
            this, [this, key] { dispatch(key); }, Qt::QueuedConnection);
}

Http2Session *HttpEngineWorker::sessionWithCapacity(const QString &key, int perConnection) const
{
    const auto it = m_sessions.constFind(key);
    if (it == m_sessions.cend())
        return nullptr;
    Http2Session *best = nullptr;
    for (Http2Session *session : *it) {
        if (session->hasCapacity() && (!best || session->activeStreams() < best->activeStreams()))
            best = session;
    }
    return best;
}

bool HttpEngineWorker::hasUsableSession(const QString &key) const
{
    const auto it = m_sessions.constFind(key);
    if (it == m_sessions.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(),
                       [](const Http2Session *session) { return session->isUsable(); });
}

bool HttpEngineWorker::adoptHttp2(quint64 id, ExchangeRunner &runner)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return false;
    Job &job = *it;
    stopOpeningHttp2(job);
    Connection *connection = runner.connection();
    const QString key = connection->endpoint().poolKey;
    auto *session = new Http2Session(connection, this);
    session->setKeepFrames(job.options.keepFrames);
    session->setIdleTimeoutMs(m_pool.idleTimeoutMs());
    connect(session, &Http2Session::capacityFreed, this, [this, key] {
        if (m_waiting.contains(key))
            dispatch(key);
    });
    connect(session, &Http2Session::closed, this,
            [this, key, session] { sessionClosed(key, session); });
    m_sessions[key].append(session);
    m_http2Keys.insert(key);
    job.runner = nullptr;
    job.draft = runner.takeExchange();
    m_finishedRunners.append(&runner); // deleted later: it is on the stack
    session->start();
    runStream(job, session, true);
    if (m_waiting.contains(key))
        QMetaObject::invokeMethod(
            this, [this, key] { dispatch(key); }, Qt::QueuedConnection);
    return true;
}

void HttpEngineWorker::runStream(Job &job, Http2Session *session, bool freshConnection)
{
    if (job.request.http2Fields.isEmpty()) {
        job.request.http2Fields = Http2Stream::fieldsFor(job.request, job.endpoint.tls);
        job.request.http2Head = Http2Stream::headFor(job.request);
        if (m_lastPrepared && m_lastPrepared->request.head == job.request.head) {
            m_lastPrepared->request.http2Fields = job.request.http2Fields;
            m_lastPrepared->request.http2Head = job.request.http2Head;
        }
    }
    auto *stream = new Http2Stream(
        job.id, job.draft, job.request, job.options, job.hopClock,
        [this](quint64 id) { streamFinished(id); }); // no parent: the worker deletes it
    if (const int total = job.spec.options.totalTimeoutMs; total > 0)
        stream->setTotalBudgetMs(qMax<qint64>(1, total - job.clock.elapsed()));
    job.stream = stream;
    if (wants(WantPhases))
        connect(stream, &Http2Stream::phaseReached, this, &HttpEngineWorker::phaseReached);
    if (wants(WantHeads))
        connect(stream, &Http2Stream::headReceived, this, &HttpEngineWorker::headReceived);
    if (wants(WantProgress))
        connect(stream, &Http2Stream::bodyProgress, this, &HttpEngineWorker::bodyProgress);
    stream->start(session, freshConnection);
}

void HttpEngineWorker::streamFinished(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it;
    Http2Stream *stream = std::exchange(job.stream, nullptr);
    if (!stream)
        return;
    Exchange exchange = stream->takeExchange();
    const bool notProcessed = stream->notProcessed();
    stream->disconnect(this);
    m_finishedStreams.append(stream); // deleted on the next submit: it is on the stack
    if (notProcessed && job.unprocessedRetries < maxUnprocessedRetries &&
        isIdempotent(exchange.method)) {
        // The server did not process the request (GOAWAY, REFUSED_STREAM): send it again on
        // another connection (RFC 9113 §8.7).
        qCDebug(lcHttp) << "retrying" << id << "after HTTP/2 stream was not processed";
        ++job.unprocessedRetries;
        if (exchange.requestBody.isFile())
            QFile::remove(exchange.requestBody.filePath);
        const QString key = job.endpoint.poolKey;
        m_waiting[key].prepend(id);
        QMetaObject::invokeMethod(
            this, [this, key] { dispatch(key); }, Qt::QueuedConnection);
        return;
    }
    if (notProcessed && exchange.error.isError())
        exchange.error.message +=
            QLatin1Char(' ') +
            (isIdempotent(exchange.method)
                 ? QCoreApplication::translate("wb::http",
                                               "It was sent %1 times and not processed each "
                                               "time; send it again later.")
                       .arg(job.unprocessedRetries + 1)
                 : QCoreApplication::translate("wb::http",
                                               "It was not sent again, since %1 is not "
                                               "idempotent: send it again if it should be.")
                       .arg(QString::fromLatin1(exchange.method)));
    hopFinished(job, std::move(exchange));
}

void HttpEngineWorker::sessionClosed(const QString &key, Http2Session *session)
{
    auto it = m_sessions.find(key);
    if (it != m_sessions.end()) {
        it->removeOne(session);
        if (it->isEmpty())
            m_sessions.erase(it);
    }
    if (Connection *connection = session->connection())
        m_pool.release(connection, false);
    session->deleteLater();
    if (m_waiting.contains(key))
        dispatch(key);
}

} // namespace wb::http
