#pragma once

#include "core/http/exchange.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace wb::http {

// Cuts one direction of an HTTP/2 connection's byte stream into frames, as they went over the
// wire, independently of nghttp2 (so the log shows frames nghttp2 rejects too). Every byte is
// handed on with the stream it belongs to (the wire capture of each exchange); each frame is
// reported once whole, its bytes kept up to a limit per type.
class Http2FrameSplitter
{
public:
    struct Callbacks
    {
        // Bytes of `streamId`, in wire order: a frame's header or payload, or as much of several
        // frames of that stream as lay in a row.
        std::function<void(quint32 streamId, QByteArrayView bytes)> wireBytes;
        // A frame arrived whole.
        std::function<void(Http2Frame frame)> frameComplete;
    };

    // `skipPreface`: the stream starts with the client connection preface (24 bytes).
    Http2FrameSplitter(bool outgoing, bool skipPreface, Callbacks callbacks);

    void feed(QByteArrayView bytes, qint64 atUs);
    // Off: frames are cut and their bytes handed on, but no frame is reported.
    void setKeepFrames(bool keep) { m_keepFrames = keep; }
    // Payload bytes kept of a DATA frame (the rest is counted, not kept).
    static constexpr qsizetype dataBytesKept = 64;
    // Payload bytes kept of any other frame.
    static constexpr qsizetype otherBytesKept = 64 * 1024;

private:
    bool m_outgoing;
    qsizetype m_prefaceLeft;
    Callbacks m_callbacks;
    char m_header[9] = {}; // the frame header being read
    qsizetype m_headerFill = 0;
    Http2Frame m_frame; // the frame being read, once its header is whole
    quint32 m_payloadLeft = 0;
    bool m_inPayload = false;
    bool m_keepFrames = true;
};

} // namespace wb::http
