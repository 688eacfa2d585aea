#pragma once

#include "core/http/exchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::http {

// Frame types of RFC 9113 §6 (and ALTSVC, ORIGIN that servers send); any other value is kept.
enum class Http2FrameType : quint8 {
    Data = 0x0,
    Headers = 0x1,
    Priority = 0x2,
    RstStream = 0x3,
    Settings = 0x4,
    PushPromise = 0x5,
    Ping = 0x6,
    GoAway = 0x7,
    WindowUpdate = 0x8,
    Continuation = 0x9,
    AltSvc = 0xa,
    Origin = 0xc,
};

// Text for frames, shared by the inspector's Frames view and `wirebench-cli send -v`.
namespace Http2FrameText {

// "DATA", "HEADERS", ..., or "UNKNOWN(0xNN)".
QString typeName(quint8 type);
// The flags set on a frame of that type: "END_STREAM | END_HEADERS", or "" for none.
QString flagNames(quint8 type, quint8 flags);
// RFC 9113 §7 error code names: "NO_ERROR", "PROTOCOL_ERROR", ..., "UNKNOWN(0xNN)".
QString errorCodeName(quint32 code);
// SETTINGS parameter names: "SETTINGS_MAX_CONCURRENT_STREAMS", ...
QString settingName(quint16 id);
// The decoded content of a frame on one line: "SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100",
// "window_size_increment=33554432", "error_code=CANCEL(0x08)", "last_stream_id=3
// error_code=NO_ERROR(0x00) opaque_data=...", header lines for HEADERS, the length and padding
// for DATA.
QString detail(const Http2Frame &frame);
// Why the frame breaks RFC 9113 (a length, padding or stream id it may not have, a SETTINGS value
// out of range) or was captured short; empty for a well-formed frame. detail() ends with it.
QString problem(const Http2Frame &frame);
// One frame the way `nghttp -nv` prints it: "[  0.012] recv SETTINGS frame <length=6, flags=0x00,
// stream_id=0>" followed by indented detail lines.
QString nghttpStyle(const Http2Frame &frame);

} // namespace Http2FrameText

} // namespace wb::http
