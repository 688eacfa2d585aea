// zstd content coding with the zstd library (RFC 8878).
#include "core/http/contentdecoderstages.h"

#include <zstd.h>

namespace wb::http {

namespace {

class ZstdDecoder final : public ContentDecoder
{
public:
    explicit ZstdDecoder(qint64 maxDecodedBytes)
        : m_max(maxDecodedBytes)
        , m_stream(ZSTD_createDStream())
    {
        ZSTD_initDStream(m_stream);
    }

    ~ZstdDecoder() override { ZSTD_freeDStream(m_stream); }

    Result<QByteArray> decode(QByteArrayView encoded) override
    {
        if (encoded.isEmpty())
            return QByteArray();
        m_sawInput = true;
        QByteArray out;
        const size_t step = ZSTD_DStreamOutSize();
        ZSTD_inBuffer in{encoded.data(), size_t(encoded.size()), 0};
        while (true) {
            const qsizetype before = out.size();
            out.resize(before + qsizetype(step));
            ZSTD_outBuffer buffer{out.data() + before, step, 0};
            const size_t consumedBefore = in.pos;
            const size_t rc = ZSTD_decompressStream(m_stream, &buffer, &in);
            out.resize(before + qsizetype(buffer.pos));
            m_total += qint64(buffer.pos);
            if (ZSTD_isError(rc))
                return corruptBodyError(QStringLiteral("zstd"),
                                        QString::fromLatin1(ZSTD_getErrorName(rc)));
            if (m_total > m_max)
                return decodingLimitError(QStringLiteral("zstd"), m_max);
            if (buffer.pos > 0 || in.pos > consumedBefore)
                m_frameComplete = rc == 0; // 0: a frame ended and nothing is held back
            // Done when all input is consumed and zstd did not fill the output (nothing held).
            if (in.pos == in.size && buffer.pos < buffer.size)
                break;
        }
        return out;
    }

    Result<QByteArray> finish() override
    {
        if (m_sawInput && !m_frameComplete)
            return truncatedBodyError(QStringLiteral("zstd"));
        return QByteArray();
    }

private:
    qint64 m_max;
    ZSTD_DStream *m_stream;
    bool m_sawInput = false;
    bool m_frameComplete = false;
    qint64 m_total = 0;
};

} // namespace

std::unique_ptr<ContentDecoder> makeZstdDecoder(qint64 maxDecodedBytes)
{
    return std::make_unique<ZstdDecoder>(maxDecodedBytes);
}

} // namespace wb::http
