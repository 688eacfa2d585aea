#include "core/http/http2framesplitter.h"

#include "core/http/http2frametext.h"

namespace wb::http {

namespace {

constexpr qsizetype frameHeaderSize = 9;
constexpr qsizetype prefaceSize = 24; // "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"

} // namespace

Http2FrameSplitter::Http2FrameSplitter(bool outgoing, bool skipPreface, Callbacks callbacks)
    : m_outgoing(outgoing)
    , m_prefaceLeft(skipPreface ? prefaceSize : 0)
    , m_callbacks(std::move(callbacks))
{}

void Http2FrameSplitter::feed(QByteArrayView bytes, qint64 atUs)
{
    if (m_prefaceLeft > 0) {
        const qsizetype skip = qMin(m_prefaceLeft, bytes.size());
        m_prefaceLeft -= skip;
        bytes = bytes.sliced(skip);
    }
    // Bytes of one stream that lie in a row in `bytes` (a frame's header and payload, frames
    // that follow each other) are handed on at once.
    const char *run = nullptr;
    qsizetype runSize = 0;
    quint32 runStream = 0;
    const auto endRun = [&] {
        if (run)
            m_callbacks.wireBytes(runStream, QByteArrayView(run, runSize));
        run = nullptr;
    };
    const auto handOn = [&](quint32 streamId, QByteArrayView piece, bool inBytes) {
        if (!m_callbacks.wireBytes)
            return;
        if (run && inBytes && streamId == runStream && run + runSize == piece.data()) {
            runSize += piece.size();
            return;
        }
        endRun();
        if (!inBytes) { // the header was read in pieces: it is in m_header
            m_callbacks.wireBytes(streamId, piece);
            return;
        }
        run = piece.data();
        runSize = piece.size();
        runStream = streamId;
    };
    while (!bytes.isEmpty()) {
        if (!m_inPayload) {
            const qsizetype take = qMin(frameHeaderSize - m_headerFill, bytes.size());
            const bool whole = m_headerFill == 0 && take == frameHeaderSize;
            const char *headerStart = bytes.data();
            memcpy(m_header + m_headerFill, bytes.data(), size_t(take));
            m_headerFill += take;
            bytes = bytes.sliced(take);
            if (m_headerFill < frameHeaderSize)
                break;
            m_headerFill = 0;
            const auto *h = reinterpret_cast<const uchar *>(m_header);
            m_frame = Http2Frame{};
            m_frame.atUs = atUs;
            m_frame.outgoing = m_outgoing;
            m_frame.length = (quint32(h[0]) << 16) | (quint32(h[1]) << 8) | quint32(h[2]);
            m_frame.type = h[3];
            m_frame.flags = h[4];
            m_frame.streamId = ((quint32(h[5]) << 24) | (quint32(h[6]) << 16) |
                                (quint32(h[7]) << 8) | quint32(h[8])) &
                               0x7fffffffu;
            if (m_keepFrames)
                m_frame.bytes = QByteArray(m_header, frameHeaderSize);
            m_payloadLeft = m_frame.length;
            m_inPayload = true;
            handOn(m_frame.streamId,
                   QByteArrayView(whole ? headerStart : m_header, frameHeaderSize), whole);
        }
        const qsizetype take = qMin<qsizetype>(m_payloadLeft, bytes.size());
        if (take > 0) {
            const QByteArrayView piece = bytes.first(take);
            const qsizetype limit =
                m_frame.type == quint8(Http2FrameType::Data) ? dataBytesKept : otherBytesKept;
            const qsizetype room =
                m_keepFrames ? frameHeaderSize + limit - m_frame.bytes.size() : 0;
            if (room > 0 && m_keepFrames)
                m_frame.bytes.append(piece.first(qMin(room, piece.size())));
            if (piece.size() > room && m_keepFrames)
                m_frame.truncated = true;
            handOn(m_frame.streamId, piece, true);
            bytes = bytes.sliced(take);
            m_payloadLeft -= quint32(take);
        }
        if (m_payloadLeft == 0) {
            m_inPayload = false;
            if (m_callbacks.frameComplete && m_keepFrames) {
                endRun(); // a frame's bytes are handed on before the frame
                m_callbacks.frameComplete(std::move(m_frame));
            }
            m_frame = Http2Frame{};
        }
    }
    endRun();
}

} // namespace wb::http
