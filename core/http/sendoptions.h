#pragma once

#include "core/http/bodysink.h"

#include <QFlags>
#include <QMetaType>
#include <QString>

namespace wb::http {

// The events of an exchange its handle may report besides `finished` (ExchangeHandle); the same
// bits as the worker's Wanted.
enum class ExchangeEvent {
    Started = 0x1,
    PhaseReached = 0x2,
    HeadReceived = 0x4,
    BodyProgress = 0x8,
};
Q_DECLARE_FLAGS(ExchangeEvents, ExchangeEvent)
Q_DECLARE_OPERATORS_FOR_FLAGS(ExchangeEvents)

// How the engine keeps what it receives and what it reports, per send() (not part of the
// stored request).
struct SendOptions
{
    QString bodyOutputFile; // decoded body written here ("-o", /dev/null)
    qint64 spillThreshold = BodySink::defaultSpillThreshold; // larger bodies go to a temporary file
    qint64 wireCaptureLimit = -1; // bytes of the response wire kept (-1: all of it)
    int connectionsPerOrigin = 0; // 0: the engine's limit
    int streamsPerConnection = 0; // HTTP/2 streams at once per connection; 0: the server's limit
    bool keepFrames = true;       // HTTP/2: keep the frame log in the exchange
    // What the handle reports besides finished; each event costs a hand-over between threads.
    // None at all lets a CallerThread engine start the exchange without an event-loop round trip.
    ExchangeEvents events = ExchangeEvent::Started | ExchangeEvent::PhaseReached |
                            ExchangeEvent::HeadReceived | ExchangeEvent::BodyProgress;
};

} // namespace wb::http

Q_DECLARE_METATYPE(wb::http::SendOptions)
