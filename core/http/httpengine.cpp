#include "core/http/httpengine.h"

#include "core/http/cookiejar.h"
#include "core/http/httpengineworker.h"

#include <QMetaMethod>

namespace wb::http {

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
    connect(m_worker, &HttpEngineWorker::exchangeStarted, this, &HttpEngine::exchangeStarted);
    connect(m_worker, &HttpEngineWorker::phaseReached, this, &HttpEngine::phaseReached);
    connect(m_worker, &HttpEngineWorker::headReceived, this, &HttpEngine::headReceived);
    connect(m_worker, &HttpEngineWorker::bodyProgress, this, &HttpEngine::bodyProgress);
    connect(m_worker, &HttpEngineWorker::exchangeFinished, this, &HttpEngine::exchangeFinished);
    if (m_threading == Threading::OwnThread)
        m_thread.start();
}

HttpEngine::~HttpEngine()
{
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
    if (signal == QMetaMethod::fromSignal(&HttpEngine::exchangeStarted))
        m_wanted->fetchAndOrRelaxed(HttpEngineWorker::WantStarted);
    else if (signal == QMetaMethod::fromSignal(&HttpEngine::phaseReached))
        m_wanted->fetchAndOrRelaxed(HttpEngineWorker::WantPhases);
    else if (signal == QMetaMethod::fromSignal(&HttpEngine::headReceived))
        m_wanted->fetchAndOrRelaxed(HttpEngineWorker::WantHeads);
    else if (signal == QMetaMethod::fromSignal(&HttpEngine::bodyProgress))
        m_wanted->fetchAndOrRelaxed(HttpEngineWorker::WantProgress);
}

quint64 HttpEngine::send(const RequestSpec &spec, const SendOptions &options)
{
    const quint64 id = m_nextId.fetchAndAddRelaxed(1);
    HttpEngineWorker *worker = m_worker;
    if (m_threading == Threading::CallerThread && m_wanted->loadRelaxed() == 0) {
        // Only exchangeFinished is listened to, and the worker holds it back until the event
        // loop runs again: no wake-up of the event loop per request.
        worker->submitNow(id, spec, options);
        return id;
    }
    // Queued otherwise: no signal may arrive before the id is returned.
    QMetaObject::invokeMethod(
        worker, [worker, id, spec, options] { worker->submit(id, spec, options); },
        Qt::QueuedConnection);
    return id;
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
