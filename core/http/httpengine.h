#pragma once

#include "core/http/exchange.h"
#include "core/http/exchangephase.h"
#include "core/http/requestspec.h"
#include "core/http/sendoptions.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

#include <memory>

namespace wb::http {

class CookieJar;
class HttpEngineWorker;

// Wirebench's HTTP/1.1 engine. Lives where it is created and runs every exchange on its own
// network thread (owned, stopped in the destructor); reports through value-typed signals that
// arrive on the creating thread.
class HttpEngine : public QObject
{
    Q_OBJECT

public:
    enum class Threading {
        OwnThread,    // exchanges run on the engine's network thread (the default)
        CallerThread, // exchanges run on the creating thread's event loop (headless tools)
    };

    explicit HttpEngine(QObject *parent = nullptr);
    explicit HttpEngine(Threading threading, QObject *parent = nullptr);
    ~HttpEngine() override;

    // Starts a request; the id identifies it in every signal. Thread-safe.
    quint64 send(const RequestSpec &spec, const SendOptions &options = {});
    // Stops a request at any moment; it finishes with a Cancelled error.
    void cancel(quint64 id);
    // Connections kept per origin and how long an idle one stays open.
    void configurePool(int perOriginLimit, int idleTimeoutMs = 60000);
    // The jar used for every request (shared, thread-safe).
    std::shared_ptr<CookieJar> cookieJar() const { return m_cookies; }

signals:
    void exchangeStarted(quint64 id, const wb::http::RequestSpec &spec);
    void phaseReached(quint64 id, wb::http::ExchangePhase phase);
    void headReceived(quint64 id, const wb::http::ResponseHead &head);
    void bodyProgress(quint64 id, qint64 received, qint64 expected);
    void exchangeFinished(quint64 id, const wb::http::ExchangeChain &chain);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    std::shared_ptr<CookieJar> m_cookies;
    std::shared_ptr<QAtomicInt> m_wanted = std::make_shared<QAtomicInt>(0);
    QThread m_thread;
    HttpEngineWorker *m_worker = nullptr;
    QAtomicInteger<quint64> m_nextId{1};
    Threading m_threading = Threading::OwnThread;
};

} // namespace wb::http
