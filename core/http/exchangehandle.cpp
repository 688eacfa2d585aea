#include "core/http/exchangehandle.h"

#include "core/common/logging.h"
#include "core/http/httpengine.h"

#include <QMetaMethod>

#include <array>
#include <utility>

namespace wb::http {

ExchangeHandle::ExchangeHandle(HttpEngine *engine, quint64 id, ExchangeEvents events)
    : m_engine(engine)
    , m_id(id)
    , m_events(events)
{}

ExchangeHandle::~ExchangeHandle()
{
    if (m_engine && !m_finished)
        m_engine->abandon(m_id);
}

void ExchangeHandle::cancel()
{
    if (m_engine && !m_finished)
        m_engine->cancel(m_id);
}

void ExchangeHandle::connectNotify(const QMetaMethod &signal)
{
    // Looked up once: this runs for every connection, finished() included.
    static const std::array<std::pair<QMetaMethod, ExchangeEvent>, 4> optional{{
        {QMetaMethod::fromSignal(&ExchangeHandle::started), ExchangeEvent::Started},
        {QMetaMethod::fromSignal(&ExchangeHandle::phaseReached), ExchangeEvent::PhaseReached},
        {QMetaMethod::fromSignal(&ExchangeHandle::headReceived), ExchangeEvent::HeadReceived},
        {QMetaMethod::fromSignal(&ExchangeHandle::bodyProgress), ExchangeEvent::BodyProgress},
    }};
    for (const auto &[method, event] : optional) {
        if (signal == method && !m_events.testFlag(event)) {
            qCWarning(lcHttp) << "exchange" << m_id << "was not sent asking for" << signal.name()
                              << "(SendOptions::events): it is never emitted";
        }
    }
}

void ExchangeHandle::reportStarted()
{
    if (m_events.testFlag(ExchangeEvent::Started))
        emit started();
}

void ExchangeHandle::reportPhase(ExchangePhase phase)
{
    if (m_events.testFlag(ExchangeEvent::PhaseReached))
        emit phaseReached(phase);
}

void ExchangeHandle::reportHead(const ResponseHead &head)
{
    if (m_events.testFlag(ExchangeEvent::HeadReceived))
        emit headReceived(head);
}

void ExchangeHandle::reportProgress(qint64 received, qint64 expected)
{
    if (m_events.testFlag(ExchangeEvent::BodyProgress))
        emit bodyProgress(received, expected);
}

void ExchangeHandle::reportFinished(const ExchangeChain &chain)
{
    m_finished = true;
    m_engine = nullptr;
    emit finished(chain);
}

} // namespace wb::http
