#pragma once

#include "core/http/exchange.h"
#include "core/http/exchangephase.h"
#include "core/http/sendoptions.h"

#include <QObject>

namespace wb::http {

class HttpEngine;

// One request sent with HttpEngine::send(): reports that exchange's events, and only its own,
// and cancels it. Lives on the engine's thread; its signals arrive there.
//
// Ownership: send() returns the handle as a std::unique_ptr and the caller owns it (keep it, or
// release() it into a QObject parent). Destroying the handle before finished() cancels the
// exchange: nobody is left to receive the result, so the engine drops the chain it then
// reports (and removes its temporary body files). Destroying it afterwards does nothing more.
// A handle may be destroyed from a slot connected to any of its own signals, finished()
// included, and may outlive the engine (it then reports nothing more).
//
// Only the events named in SendOptions::events are emitted (finished() always is); connecting
// to another signal is reported as a warning, since it would never fire.
class ExchangeHandle : public QObject
{
    Q_OBJECT

public:
    ~ExchangeHandle() override;

    // The exchange's id: unique per engine, never 0.
    quint64 id() const { return m_id; }
    // The events this handle reports besides finished().
    ExchangeEvents events() const { return m_events; }
    bool isFinished() const { return m_finished; }
    // Stops the exchange at any moment; it finishes with a Cancelled error. Nothing once finished.
    void cancel();

signals:
    void started();
    void phaseReached(wb::http::ExchangePhase phase);
    void headReceived(const wb::http::ResponseHead &head);
    void bodyProgress(qint64 received, qint64 expected); // expected: -1 when not known
    void finished(const wb::http::ExchangeChain &chain);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    friend class HttpEngine;

    ExchangeHandle(HttpEngine *engine, quint64 id, ExchangeEvents events);

    // Called by the engine; each emits last, so that a slot may delete the handle.
    void reportStarted();
    void reportPhase(ExchangePhase phase);
    void reportHead(const ResponseHead &head);
    void reportProgress(qint64 received, qint64 expected);
    void reportFinished(const ExchangeChain &chain);
    // The engine is going away: nothing more is reported.
    void detach() { m_engine = nullptr; }

    HttpEngine *m_engine = nullptr;
    quint64 m_id = 0;
    ExchangeEvents m_events;
    bool m_finished = false;
};

} // namespace wb::http
