// Fuzzes the HTTP/1.1 response parser. The first input byte chooses the mode (bit 0 strict,
// bit 1 answer to HEAD, bit 2 small limits); the rest is what the server sent. Parsing the bytes
// whole, byte by byte and in two pieces must give the same result, for every pipelined response.

#include "core/http/responseparser.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::http;

namespace {

struct Outcome
{
    QByteArray trace; // heads, body and trailers as parsed
    ResponseParser::State state = ResponseParser::State::Head;
    QString error;
    qint64 errorOffset = -1;
    QStringList warnings;
    qint64 consumed = 0;
    bool keepAlive = false;

    bool operator==(const Outcome &) const = default;
};

Outcome parse(QByteArrayView input, quint8 flags, qsizetype piece)
{
    Outcome outcome;
    ResponseParser::Callbacks callbacks;
    callbacks.interim = [&](const ResponseHead &h) {
        outcome.trace += "I" + QByteArray::number(h.status) + h.reason;
    };
    callbacks.head = [&](const ResponseHead &h) {
        outcome.trace += "H" + h.version + QByteArray::number(h.status) + h.reason;
        for (const WireHeader &w : h.headers)
            outcome.trace += w.name + ':' + w.value + '\n';
    };
    callbacks.body = [&](QByteArrayView bytes) { outcome.trace += bytes.toByteArray(); };
    callbacks.trailers = [&](const QList<WireHeader> &t) {
        for (const WireHeader &w : t)
            outcome.trace += "T" + w.name + ':' + w.value + '\n';
    };
    ResponseParser::Limits limits;
    if (flags & 4) {
        limits.maxHeaderBytes = 200;
        limits.maxHeaderCount = 5;
        limits.maxChunkLineBytes = 12;
    }
    ResponseParser parser(callbacks, flags & 1, limits);
    parser.setRequestMethod((flags & 2) ? "HEAD" : "GET");
    for (qsizetype pos = 0; pos < input.size();) {
        const qsizetype n = qMin(piece, input.size() - pos);
        const auto state = parser.feed(input.sliced(pos, n));
        if (parser.consumed() < 0 || parser.consumed() > n)
            std::abort();
        outcome.consumed += parser.consumed();
        pos += n;
        if (state == ResponseParser::State::Complete || state == ResponseParser::State::Failed)
            break;
    }
    parser.finish();
    outcome.state = parser.state();
    if (outcome.state != ResponseParser::State::Complete &&
        outcome.state != ResponseParser::State::Failed)
        std::abort(); // finish() always ends the response
    if (outcome.state == ResponseParser::State::Failed &&
        (parser.error().category != wb::ErrorCategory::Protocol ||
         parser.error().message.isEmpty() || parser.errorOffset() < 0))
        std::abort();
    outcome.error = parser.error().message;
    outcome.errorOffset = parser.errorOffset();
    outcome.warnings = parser.warnings();
    outcome.keepAlive = parser.keepAlive();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 flags = data[0];
    QByteArrayView rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // Up to 8 pipelined responses on one connection.
    for (int round = 0; round < 8 && !rest.isEmpty(); ++round) {
        const Outcome whole = parse(rest, flags, rest.size() + 1);
        const Outcome bytewise = parse(rest, flags, 1);
        const Outcome halves = parse(rest, flags, qMax<qsizetype>(1, rest.size() / 2));
        if (!(whole == bytewise) || !(whole == halves))
            std::abort();
        if (whole.state != ResponseParser::State::Complete || whole.consumed >= rest.size() ||
            whole.consumed == 0)
            break;
        rest = rest.sliced(whole.consumed);
    }
    return 0;
}
