#pragma once

#include "core/http/exchangehandle.h"
#include "core/http/httpengine.h"

#include <QSignalSpy>
#include <QTest>

namespace wb::test {

// Waits (spinning this thread's event loop, at most `timeoutMs`) until `exchange` reports its
// chain; empty when it did not. Call it before the event loop runs after send().
inline http::ExchangeChain waitForChain(http::ExchangeHandle &exchange, int timeoutMs = 30000)
{
    QSignalSpy spy(&exchange, &http::ExchangeHandle::finished);
    if (!exchange.isFinished())
        spy.wait(timeoutMs);
    return spy.isEmpty() ? http::ExchangeChain{} : spy.first().at(0).value<http::ExchangeChain>();
}

// Sends `spec` and waits until the engine reports the chain (see waitForChain).
inline http::ExchangeChain sendAndWait(http::HttpEngine &engine, const http::RequestSpec &spec,
                                       const http::SendOptions &options = {}, int timeoutMs = 30000)
{
    const std::unique_ptr<http::ExchangeHandle> exchange = engine.send(spec, options);
    return waitForChain(*exchange, timeoutMs);
}

inline http::RequestSpec get(const QString &url)
{
    http::RequestSpec spec;
    spec.url = url;
    return spec;
}

} // namespace wb::test
