#include "core/http/httpengine.h"

#include "core/http/cookiejar.h"
#include "core/http/httpengineworker.h"

#include <QFile>
#include <QMetaMethod>

namespace wb::http {

namespace {

// The handle's events are the worker's Wanted bits.
static_assert(int(ExchangeEvent::Started) == HttpEngineWorker::WantStarted);
static_assert(int(ExchangeEvent::PhaseReached) == HttpEngineWorker::WantPhases);
static_assert(int(ExchangeEvent::HeadReceived) == HttpEngineWorker::WantHeads);
static_assert(int(ExchangeEvent::BodyProgress) == HttpEngineWorker::WantProgress);

bool setsCookies(const ExchangeChain &chain)
{
    static const QByteArray setCookie = QByteArrayLiteral("Set-Cookie");
    for (const Exchange &hop : chain.hops) {
        if (!hop.error.isError() && !hop.response.header(setCookie).isEmpty())
            return true;
    }
    return false;
}

// A chain nobody receives: its temporary files go (never the caller's output file).
void discard(const ExchangeChain &chain, const QString &keep)
{
    for (const Exchange &hop : chain.hops) {
        for (const BodyData *body : {&hop.requestBody, &hop.responseWire, &hop.responseBody}) {
            if (body->isFile() && body->filePath != keep)
                QFile::remove(body->filePath);
        }
    }
}

} // namespace

HttpEngine::HttpEngine(QObject *parent)
    : HttpEngine(Threading::OwnThread, parent)
{}

HttpEngine::HttpEngine(Threading threading, QObject *parent)
    : QObject(parent)
    , m_cookies(std::make_shared<CookieJar>())
    , m_threading(threading)
{
    qRegisterMetaType<RequestSpec>();
    qRegisterMetaType<ExchangeChain>();
    qRegisterMetaType<ResponseHead>();
    qRegisterMetaType<ExchangePhase>();
    qRegisterMetaType<SendOptions>();
    m_thread.setObjectName(QStringLiteral("wirebench-http"));
    m_worker = new HttpEngineWorker(m_cookies, m_wanted);
    if (m_threading == Threading::OwnThread)
        m_worker->moveToThread(&m_thread);
    // The worker tags every event with its exchange's id; the handle of that id reports it.
    connect(m_worker, &HttpEngineWorker::exchangeStarted, this, [this](quint64 id) {
        if (ExchangeHandle *handle = handleFor(id))
            handle->reportStarted();
    });
    connect(m_worker, &HttpEngineWorker::phaseReached, this,
            [this](quint64 id, ExchangePhase phase) {
                if (ExchangeHandle *handle = handleFor(id))
                    handle->reportPhase(phase);
            });
    connect(m_worker, &HttpEngineWorker::headReceived, this,
            [this](quint64 id, const ResponseHead &head) {
                if (ExchangeHandle *handle = handleFor(id))
                    handle->reportHead(head);
            });
    connect(m_worker, &HttpEngineWorker::bodyProgress, this,
            [this](quint64 id, qint64 received, qint64 expected) {
                if (ExchangeHandle *handle = handleFor(id))
                    handle->reportProgress(received, expected);
            });
    connect(m_worker, &HttpEngineWorker::exchangeFinished, this, &HttpEngine::onFinished);
    if (m_threading == Threading::OwnThread)
        m_thread.start();
}

HttpEngine::~HttpEngine()
{
    for (const Route &route : std::as_const(m_routes)) {
        if (route.handle)
            route.handle->detach();
    }
    if (m_threading == Threading::CallerThread) {
        delete m_worker;
        return;
    }
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HttpEngine::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&HttpEngine::cookiesChanged))
        m_cookiesWatched = true;
}

std::unique_ptr<ExchangeHandle> HttpEngine::send(const RequestSpec &spec,
                                                 const SendOptions &options)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 id = m_nextId++;
    std::unique_ptr<ExchangeHandle> handle(new ExchangeHandle(this, id, options.events));
    m_routes.insert(id, Route{handle.get(), options.events, options.bodyOutputFile});
    countEvents(options.events, +1);
    HttpEngineWorker *worker = m_worker;
    if (m_threading == Threading::CallerThread && !options.events) {
        // Only finished is listened to, and the worker holds it back until the event loop
        // runs again: no wake-up of the event loop per request.
        worker->submitNow(id, spec, options);
        return handle;
    }
    // Queued otherwise: no event may arrive before the caller has connected to the handle.
    QMetaObject::invokeMethod(
        worker, [worker, id, spec, options] { worker->submit(id, spec, options); },
        Qt::QueuedConnection);
    return handle;
}

ExchangeHandle *HttpEngine::handleFor(quint64 id) const
{
    const auto it = m_routes.constFind(id);
    return it == m_routes.cend() ? nullptr : it->handle;
}

void HttpEngine::onFinished(quint64 id, const ExchangeChain &chain)
{
    const auto it = m_routes.find(id);
    if (it == m_routes.end())
        return;
    const Route route = std::move(*it);
    m_routes.erase(it);
    countEvents(route.events, -1);
    if (m_cookiesWatched && setsCookies(chain))
        emit cookiesChanged();
    if (route.handle)
        route.handle->reportFinished(chain); // last: a slot may delete the handle
    else
        discard(chain, route.keepFile);
}

void HttpEngine::countEvents(ExchangeEvents events, int delta)
{
    if (!events)
        return;
    for (int bit = 0; bit < int(m_eventCounts.size()); ++bit) {
        if (!(events.toInt() & (1 << bit)))
            continue;
        int &count = m_eventCounts[bit];
        count += delta;
        // Relaxed is enough: a submit queued after this change sees it through the event
        // queue's lock, and a bit is cleared only when no exchange in flight asks for it.
        if (delta > 0 && count == 1)
            m_wanted->fetchAndOrRelaxed(1 << bit);
        else if (delta < 0 && count == 0)
            m_wanted->fetchAndAndRelaxed(~(1 << bit));
    }
}

void HttpEngine::abandon(quint64 id)
{
    const auto it = m_routes.find(id);
    if (it == m_routes.end())
        return;
    it->handle = nullptr; // the chain it finishes with is dropped
    cancel(id);
}

void HttpEngine::cancel(quint64 id)
{
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void HttpEngine::configurePool(int perOriginLimit, int idleTimeoutMs)
{
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, perOriginLimit, idleTimeoutMs] {
        worker->configure(perOriginLimit, idleTimeoutMs);
    });
}

} // namespace wb::http
