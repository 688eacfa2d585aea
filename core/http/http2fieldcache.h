#pragma once

#include "core/http/exchange.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace wb::http {

// Received HTTP/2 header fields as WireHeaders without an allocation per field where it can:
// common names share static data, and the value last seen for each common name is shared with
// the next field that has the same bytes (a server sends the same Server, Content-Type or
// Content-Length again and again). Any other field is copied. One per session.
class Http2FieldCache
{
public:
    WireHeader field(QByteArrayView name, QByteArrayView value);

private:
    // The index of `name` among the common names, or -1.
    static int commonIndex(QByteArrayView name);

    static constexpr int commonCount = 24;
    std::array<QByteArray, commonCount> m_lastValues;
};

} // namespace wb::http
