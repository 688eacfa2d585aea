#pragma once

#include <QMetaType>

namespace wb::http {

// The phases an exchange goes through, in order; reported by HttpEngine::phaseReached.
enum class ExchangePhase {
    Queued,
    Resolving,
    Connecting,
    TlsHandshake,
    Sending,
    Waiting,
    Receiving,
    Finished,
};

} // namespace wb::http

Q_DECLARE_METATYPE(wb::http::ExchangePhase)
