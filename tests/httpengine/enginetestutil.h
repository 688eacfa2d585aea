#pragma once

#include "core/http/httpengine.h"

#include <QSignalSpy>
#include <QTest>

namespace wb::test {

// Sends `spec` and waits (spinning this thread's event loop) until the engine reports the chain.
inline http::ExchangeChain sendAndWait(http::HttpEngine &engine, const http::RequestSpec &spec,
                                       const http::SendOptions &options = {}, int timeoutMs = 30000)
{
    QSignalSpy spy(&engine, &http::HttpEngine::exchangeFinished);
    const quint64 id = engine.send(spec, options);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        for (const auto &args : std::as_const(spy)) {
            if (args.at(0).toULongLong() == id)
                return args.at(1).value<http::ExchangeChain>();
        }
        spy.wait(qMax<qint64>(1, qMin<qint64>(200, timeoutMs - clock.elapsed())));
    }
    return {};
}

inline http::RequestSpec get(const QString &url)
{
    http::RequestSpec spec;
    spec.url = url;
    return spec;
}

} // namespace wb::test
