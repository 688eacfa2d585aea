#include "core/http/httpengine.h"

#include "core/http/cookiejar.h"
#include "core/http/httpengineworker.h"

namespace wb::http {

HttpEngine::HttpEngine(QObject *parent)
    : QObject(parent)
    , m_cookies(std::make_shared<CookieJar>())
{
    qRegisterMetaType<RequestSpec>();
    qRegisterMetaType<ExchangeChain>();
    qRegisterMetaType<ResponseHead>();
    qRegisterMetaType<ExchangePhase>();
    qRegisterMetaType<SendOptions>();
    m_thread.setObjectName(QStringLiteral("wirebench-http"));
    m_worker = new HttpEngineWorker(m_cookies);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &HttpEngineWorker::exchangeStarted, this, &HttpEngine::exchangeStarted);
    connect(m_worker, &HttpEngineWorker::phaseReached, this, &HttpEngine::phaseReached);
    connect(m_worker, &HttpEngineWorker::headReceived, this, &HttpEngine::headReceived);
    connect(m_worker, &HttpEngineWorker::bodyProgress, this, &HttpEngine::bodyProgress);
    connect(m_worker, &HttpEngineWorker::exchangeFinished, this, &HttpEngine::exchangeFinished);
    m_thread.start();
}

HttpEngine::~HttpEngine()
{
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 HttpEngine::send(const RequestSpec &spec, const SendOptions &options)
{
    const quint64 id = m_nextId.fetchAndAddRelaxed(1);
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker,
                              [worker, id, spec, options] { worker->submit(id, spec, options); });
    return id;
}

void HttpEngine::cancel(quint64 id)
{
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id] { worker->cancel(id); });
}

void HttpEngine::configurePool(int perOriginLimit, int idleTimeoutMs)
{
    HttpEngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, perOriginLimit, idleTimeoutMs] {
        worker->configure(perOriginLimit, idleTimeoutMs);
    });
}

} // namespace wb::http
