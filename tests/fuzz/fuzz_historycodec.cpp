// Fuzzes the decoders of history records read back from the workspace database (a damaged or
// hostile file must give an error, never a crash or a huge allocation), and checks that whatever
// decodes re-encodes to a record that decodes to the same thing.

#include "core/store/historycodec.h"

#include <cstdint>
#include <cstdlib>

using wb::store::HistoryCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Records are stored compressed; a damaged row may announce any size.
    (void)HistoryCodec::unpack(bytes, 1 << 20);

    const auto record = HistoryCodec::decodeRecord(bytes);
    if (record.ok() && record.value().meta != bytes) {
        const QByteArray again = HistoryCodec::encodeRecord(record.value());
        const auto back = HistoryCodec::decodeRecord(again);
        if (!back.ok() || HistoryCodec::encodeRecord(back.value()) != again)
            std::abort();
    }

    const auto chain = HistoryCodec::decodeChain(bytes);
    if (chain.ok()) {
        const QByteArray again = HistoryCodec::encodeChain(chain.value());
        const auto back = HistoryCodec::decodeChain(again);
        if (!back.ok() || HistoryCodec::encodeChain(back.value()) != again)
            std::abort();
    }

    // Sessions: RECORD PAYLOAD N, where the last byte N is the payload's length.
    const qsizetype n = size > 0 ? qsizetype(data[size - 1]) : 0;
    if (n + 1 > bytes.size())
        return 0;
    const auto session = HistoryCodec::decodeSession(bytes.left(bytes.size() - 1 - n),
                                                     bytes.mid(bytes.size() - 1 - n, n));
    if (session.ok()) {
        QByteArray payload;
        const QByteArray again = HistoryCodec::encodeSession(session.value(), &payload);
        const auto back = HistoryCodec::decodeSession(again, payload);
        if (!back.ok() || !(back.value() == session.value()))
            std::abort();
    }
    return 0;
}
