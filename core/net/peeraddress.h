#pragma once

#include "core/common/result.h"

#include <QHostAddress>
#include <QString>

namespace wb::net {

// A host and port as the transcript shows them: "127.0.0.1:8080", "[::1]:8080", "example.org:80".
struct PeerAddress
{
    QString host;
    quint16 port = 0;

    QString toString() const;
    static QString format(const QHostAddress &address, quint16 port);
    static QString format(const QString &host, quint16 port);
    // Parses "host:port" or "[v6]:port"; the error says what is wrong with the text.
    static Result<PeerAddress> parse(const QString &text);
    bool operator==(const PeerAddress &other) const = default;
};

} // namespace wb::net
