// br content coding with the brotli library (RFC 7932).
#include "core/http/contentdecoderstages.h"

#include <brotli/decode.h>

namespace wb::http {

namespace {

constexpr size_t maxOutputStep = 64 * 1024;

class BrotliDecoder final : public ContentDecoder
{
public:
    explicit BrotliDecoder(qint64 maxDecodedBytes)
        : m_max(maxDecodedBytes)
        , m_state(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr))
    {}

    ~BrotliDecoder() override { BrotliDecoderDestroyInstance(m_state); }

    Result<QByteArray> decode(QByteArrayView encoded) override
    {
        if (encoded.isEmpty())
            return QByteArray();
        m_sawInput = true;
        QByteArray out;
        // Output grows in steps sized to the input, so that small reads stay cheap.
        const size_t outputStep = qBound<size_t>(4096, size_t(encoded.size()) * 4, maxOutputStep);
        size_t availableIn = size_t(encoded.size());
        auto nextIn = reinterpret_cast<const uint8_t *>(encoded.data());
        while (!m_finished) { // bytes after the end of the stream are ignored
            const qsizetype before = out.size();
            out.resize(before + qsizetype(outputStep));
            size_t availableOut = outputStep;
            auto nextOut = reinterpret_cast<uint8_t *>(out.data() + before);
            const BrotliDecoderResult rc = BrotliDecoderDecompressStream(
                m_state, &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
            out.resize(before + qsizetype(outputStep - availableOut));
            m_total += qint64(outputStep - availableOut);
            if (m_total > m_max)
                return decodingLimitError(QStringLiteral("br"), m_max);
            if (rc == BROTLI_DECODER_RESULT_ERROR)
                return corruptBodyError(QStringLiteral("br"),
                                        QString::fromLatin1(BrotliDecoderErrorString(
                                            BrotliDecoderGetErrorCode(m_state))));
            if (rc == BROTLI_DECODER_RESULT_SUCCESS) {
                m_finished = true;
                break;
            }
            if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
                break;
            // NEEDS_MORE_OUTPUT: loop with a fresh output step.
        }
        return out;
    }

    Result<QByteArray> finish() override
    {
        if (m_sawInput && !m_finished)
            return truncatedBodyError(QStringLiteral("br"));
        return QByteArray();
    }

private:
    qint64 m_max;
    BrotliDecoderState *m_state;
    bool m_finished = false;
    bool m_sawInput = false;
    qint64 m_total = 0;
};

} // namespace

std::unique_ptr<ContentDecoder> makeBrotliDecoder(qint64 maxDecodedBytes)
{
    return std::make_unique<BrotliDecoder>(maxDecodedBytes);
}

} // namespace wb::http
