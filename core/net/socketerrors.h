#pragma once

#include "core/common/result.h"

#include <QAbstractSocket>
#include <QString>

namespace wb::net {

// Turns what a socket reports into errors a user can act on.
class SocketErrors
{
public:
    // `peer` is "host:port"; `qtText` is the socket's errorString(), kept as the detail.
    static Error describe(QAbstractSocket::SocketError error, const QString &peer,
                          const QString &qtText);
    static Error connectTimeout(const QString &peer, int timeoutMs);
    static Error reset(const QString &peer);
    // Shuts down the sending direction of `descriptor` (TCP half-close). False when it failed.
    static bool shutdownSending(qintptr descriptor);
};

} // namespace wb::net
