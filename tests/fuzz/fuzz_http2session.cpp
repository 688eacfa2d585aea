// Fuzzes the HTTP/2 client session with what a server sends: the bytes go through Wirebench's
// frame splitter, nghttp2 and everything Wirebench does on top (heads, trailers, body decoding,
// resets, GOAWAY, the frame log). The first byte chooses the size of the pieces the rest arrives
// in; the stream must end or stay open without crashing, and its frames must describe.

#include "core/http/http2frametext.h"
#include "core/http/http2session.h"
#include "core/http/http2stream.h"

#include <QCoreApplication>

#include <cstdint>

using namespace wb::http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_http2session";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    if (size == 0)
        return 0;

    Http2Session session(nullptr);
    session.start();
    EncodedRequest request;
    request.head = "GET /fuzz HTTP/1.1\r\nHost: fuzz.test\r\nAccept: */*\r\n"
                   "Accept-Encoding: gzip, br, zstd\r\n\r\n";
    Exchange exchange;
    exchange.method = "GET";
    exchange.spec.options.idleTimeoutMs = 0;
    exchange.spec.options.maxDecodedBytes = 1 << 20;
    SendOptions options;
    options.spillThreshold = qint64(1) << 30; // nothing goes to files
    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    auto *stream = new Http2Stream(1, exchange, request, options, clock,
                                   [&finished](quint64) { finished = true; });
    stream->start(&session, true);

    const size_t piece = size_t(data[0] % 64) + 1;
    for (size_t at = 1; at < size; at += piece) {
        const size_t n = std::min(piece, size - at);
        session.feedServerBytes(
            QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(n)));
    }
    if (finished) {
        const Exchange result = stream->takeExchange();
        for (const Http2Frame &frame : result.frames) {
            Http2FrameText::detail(frame);
            Http2FrameText::nghttpStyle(frame);
        }
    }
    delete stream;
    return 0;
}
