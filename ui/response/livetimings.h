#pragma once

#include "core/http/exchange.h"
#include "core/http/exchangephase.h"

#include <QElapsedTimer>
#include <QList>

namespace wb::ui {

// The phase durations of an exchange still under way, measured as its phases are reported: the
// phase in progress counts up to now. Good for a live picture; the engine's exact timings
// replace it when the exchange finishes. A phase that comes after Finished, or goes back to an
// earlier one, begins the next hop (a redirect, a retry) and starts the picture afresh.
class LiveTimings
{
public:
    void start();
    void reach(wb::http::ExchangePhase phase);
    void stop();
    bool isRunning() const { return m_running; }

    // The timings so far, the phase in progress counted up to now.
    wb::http::Timings snapshot() const;

private:
    struct Mark
    {
        wb::http::ExchangePhase phase;
        qint64 atUs;
    };

    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QList<Mark> m_marks; // of the current hop, in order
    qint64 m_hopStartUs = 0;
    qint64 m_endUs = -1; // when the hop reached Finished
    bool m_running = false;
};

} // namespace wb::ui
