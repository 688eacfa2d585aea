#pragma once

#include "core/http/bodysink.h"

#include <QMetaType>
#include <QString>

namespace wb::http {

// How the engine keeps what it receives, per send() (not part of the stored request).
struct SendOptions
{
    QString bodyOutputFile; // decoded body written here ("-o", /dev/null)
    qint64 spillThreshold = BodySink::defaultSpillThreshold; // larger bodies go to a temporary file
    qint64 wireCaptureLimit = -1; // bytes of the response wire kept (-1: all of it)
    int connectionsPerOrigin = 0; // 0: the engine's limit
    int streamsPerConnection = 0; // HTTP/2 streams at once per connection; 0: the server's limit
    bool keepFrames = true;       // HTTP/2: keep the frame log in the exchange
};

} // namespace wb::http

Q_DECLARE_METATYPE(wb::http::SendOptions)
