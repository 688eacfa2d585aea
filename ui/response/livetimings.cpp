#include "ui/response/livetimings.h"

namespace wb::ui {

using wb::http::ExchangePhase;

void LiveTimings::start()
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_marks.clear();
    m_hopStartUs = 0;
    m_endUs = -1;
    m_running = true;
}

void LiveTimings::reach(ExchangePhase phase)
{
    if (!m_running)
        start();
    const qint64 now = nowUs();
    const bool nextHop =
        m_endUs >= 0 || (!m_marks.isEmpty() && int(phase) <= int(m_marks.last().phase));
    if (nextHop) {
        m_marks.clear();
        m_hopStartUs = now;
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_endUs = -1;
    }
    if (phase == ExchangePhase::Finished) {
        m_endUs = now;
        return;
    }
    m_marks.append({phase, now});
}

void LiveTimings::stop()
{
    m_running = false;
}

wb::http::Timings LiveTimings::snapshot() const
{
    wb::http::Timings timings;
    if (!m_running && m_marks.isEmpty())
        return timings;
    const qint64 end = m_endUs >= 0 ? m_endUs : nowUs();
    timings.startedAt = m_startedAt;
    timings.totalUs = qMax<qint64>(0, end - m_hopStartUs);
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const Mark &mark = m_marks.at(i);
        const qint64 until = i + 1 < m_marks.size() ? m_marks.at(i + 1).atUs : end;
        const qint64 duration = qMax<qint64>(0, until - mark.atUs);
        switch (mark.phase) {
        case ExchangePhase::Queued:
            timings.queuedUs = duration;
            break;
        case ExchangePhase::Resolving:
            timings.dnsUs = duration;
            break;
        case ExchangePhase::Connecting:
            timings.connectUs = duration;
            break;
        case ExchangePhase::TlsHandshake:
            timings.tlsUs = duration;
            break;
        case ExchangePhase::Sending:
            timings.sendUs = duration;
            break;
        case ExchangePhase::Waiting:
            timings.waitUs = duration;
            break;
        case ExchangePhase::Receiving:
            timings.downloadUs = duration;
            break;
        case ExchangePhase::Finished:
            break;
        }
    }
    return timings;
}

} // namespace wb::ui
