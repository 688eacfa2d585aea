#pragma once

#include "core/http/exchange.h"
#include "core/http/exchangehandle.h"
#include "core/http/requestspec.h"
#include "core/http/sendoptions.h"

#include <QAtomicInt>
#include <QHash>
#include <QObject>
#include <QThread>

#include <array>
#include <memory>

namespace wb::http {

class CookieJar;
class HttpEngineWorker;

// Wirebench's HTTP/1.1 engine. Lives where it is created and runs every exchange on its own
// network thread (owned, stopped in the destructor). Each send() returns a handle of its own
// that reports that exchange's value-typed events on the creating thread.
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

    // Starts a request and returns its handle, owned by the caller (see ExchangeHandle):
    // dropping it cancels the request. Call on the engine's thread. No event reaches the
    // handle before the event loop runs again, so connect to it first. With CallerThread and
    // no optional events asked for (options.events empty) the exchange starts at once, without
    // an event-loop round trip per request.
    [[nodiscard]] std::unique_ptr<ExchangeHandle> send(const RequestSpec &spec,
                                                       const SendOptions &options = {});
    // Connections kept per origin and how long an idle one stays open.
    void configurePool(int perOriginLimit, int idleTimeoutMs = 60000);
    // The jar used for every request (shared, thread-safe).
    std::shared_ptr<CookieJar> cookieJar() const { return m_cookies; }

signals:
    // A finished exchange's response set cookies: the jar may hold new ones.
    void cookiesChanged();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    friend class ExchangeHandle;

    // Where the worker's events for one exchange go.
    struct Route
    {
        ExchangeHandle *handle = nullptr; // null once the caller dropped it
        ExchangeEvents events;
        QString keepFile; // the caller's output file: never removed with a dropped chain
    };

    void cancel(quint64 id);
    // The handle of `id` is being destroyed before its exchange finished.
    void abandon(quint64 id);
    ExchangeHandle *handleFor(quint64 id) const;
    void onFinished(quint64 id, const ExchangeChain &chain);
    // The events in flight decide what the worker lets cross threads.
    void countEvents(ExchangeEvents events, int delta);

    std::shared_ptr<CookieJar> m_cookies;
    std::shared_ptr<QAtomicInt> m_wanted = std::make_shared<QAtomicInt>(0);
    std::array<int, 4> m_eventCounts{}; // exchanges in flight asking for each optional event
    QHash<quint64, Route> m_routes;
    bool m_cookiesWatched = false; // someone listens to cookiesChanged: look for Set-Cookie
    QThread m_thread;
    HttpEngineWorker *m_worker = nullptr;
    quint64 m_nextId = 1;
    Threading m_threading = Threading::OwnThread;
};

} // namespace wb::http
