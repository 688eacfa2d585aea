// Fuzzes the escape and hex decoders of typed payloads, and checks that encoding round-trips.

#include "core/net/payloadcodec.h"

#include <cstdint>
#include <cstdlib>

using wb::net::PayloadCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    (void)PayloadCodec::decodeEscapedText(text);
    (void)PayloadCodec::decodeHex(text);
    const auto back = PayloadCodec::decodeEscapedText(PayloadCodec::encodeEscapedText(bytes));
    if (!back.ok() || back.value() != bytes)
        std::abort();
    const auto hex = PayloadCodec::decodeHex(PayloadCodec::encodeHex(bytes));
    if (!hex.ok() || hex.value() != bytes)
        std::abort();
    return 0;
}
