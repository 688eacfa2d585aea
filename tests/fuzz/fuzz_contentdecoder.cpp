// Fuzzes content decoding. The first input byte chooses the Content-Encoding and how the rest is
// cut into pieces; decoding must end in bytes or an error, never a crash or a runaway allocation.

#include "core/http/contentdecoder.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const char *const codings[] = {"gzip",     "deflate",    "br",       "zstd",
                                          "gzip, br", "zstd, gzip", "identity", "deflate, deflate"};
    const quint8 selector = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qint64 limit = 4 * 1024 * 1024;
    auto decoder = ContentDecoder::create(codings[selector & 7], limit);
    if (!decoder.ok())
        std::abort();
    const qsizetype piece = 1 + (selector >> 3) * 37;
    qint64 total = 0;
    for (qsizetype pos = 0; pos < input.size(); pos += piece) {
        auto out = decoder.value()->decode(input.sliced(pos, qMin(piece, input.size() - pos)));
        if (!out.ok()) {
            if (out.error().message.isEmpty())
                std::abort();
            return 0;
        }
        total += out.value().size();
        if (total > limit)
            std::abort();
    }
    auto rest = decoder.value()->finish();
    if (rest.ok() && total + rest.value().size() > limit)
        std::abort();
    return 0;
}
