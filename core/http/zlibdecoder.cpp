// gzip and deflate content codings with zlib (RFC 9110 §8.4.1).
#include "core/http/contentdecoderstages.h"

#include <zlib.h>

namespace wb::http {

namespace {

constexpr qsizetype maxOutputStep = 64 * 1024;

class ZlibDecoder final : public ContentDecoder
{
public:
    ZlibDecoder(bool gzip, qint64 maxDecodedBytes)
        : m_gzip(gzip)
        , m_max(maxDecodedBytes)
    {}

    ~ZlibDecoder() override
    {
        if (m_initialized)
            inflateEnd(&m_stream);
    }

    Result<QByteArray> decode(QByteArrayView encoded) override
    {
        if (encoded.isEmpty())
            return QByteArray();
        m_sawInput = true;
        QByteArray input;
        if (!m_initialized) {
            // "deflate" is meant to be zlib-wrapped (RFC 1950), but some servers send raw
            // deflate (RFC 1951): the first two bytes tell which.
            m_pending += encoded.toByteArray();
            if (!m_gzip && m_pending.size() < 2)
                return QByteArray();
            int windowBits = 15 + 32; // zlib or gzip header, detected
            if (!m_gzip) {
                const auto b0 = static_cast<unsigned char>(m_pending.at(0));
                const auto b1 = static_cast<unsigned char>(m_pending.at(1));
                const bool zlibHeader =
                    (b0 & 0x0f) == 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 == 0;
                windowBits = zlibHeader ? 15 : -15;
            }
            if (inflateInit2(&m_stream, windowBits) != Z_OK)
                return corruptBodyError(name(), QStringLiteral("inflateInit2 failed"));
            m_initialized = true;
            input = std::exchange(m_pending, QByteArray());
            encoded = input;
        }
        return inflateSome(encoded);
    }

    Result<QByteArray> finish() override
    {
        QByteArray out;
        if (!m_initialized && !m_pending.isEmpty()) {
            // A single byte: too short to be either form.
            return truncatedBodyError(name());
        }
        if (m_sawInput && !m_ended)
            return truncatedBodyError(name());
        return out;
    }

private:
    QString name() const { return m_gzip ? QStringLiteral("gzip") : QStringLiteral("deflate"); }

    Result<QByteArray> inflateSome(QByteArrayView input)
    {
        QByteArray out;
        // Output grows in steps sized to the input, so that small reads stay cheap.
        const qsizetype outputStep = qBound<qsizetype>(4096, input.size() * 4, maxOutputStep);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
        m_stream.avail_in = uInt(input.size());
        while (m_stream.avail_in > 0) {
            if (m_ended) {
                // Another gzip member may follow (RFC 1952 §2.2); anything else is ignored.
                if (!m_gzip || static_cast<unsigned char>(*m_stream.next_in) != 0x1f)
                    break;
                if (inflateReset(&m_stream) != Z_OK)
                    return corruptBodyError(name(), QStringLiteral("inflateReset failed"));
                m_ended = false;
            }
            const qsizetype before = out.size();
            out.resize(before + outputStep);
            m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
            m_stream.avail_out = uInt(outputStep);
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            out.resize(before + (outputStep - qsizetype(m_stream.avail_out)));
            m_total += out.size() - before;
            if (m_total > m_max)
                return decodingLimitError(name(), m_max);
            if (rc == Z_STREAM_END) {
                m_ended = true;
            } else if (rc == Z_BUF_ERROR) {
                if (m_stream.avail_out != 0)
                    break; // needs more input
            } else if (rc != Z_OK) {
                return corruptBodyError(
                    name(), QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate"));
            }
        }
        // Drain output that is still buffered inside zlib with all input consumed.
        while (!m_ended && m_stream.avail_in == 0) {
            const qsizetype before = out.size();
            out.resize(before + outputStep);
            m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
            m_stream.avail_out = uInt(outputStep);
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            const qsizetype produced = outputStep - qsizetype(m_stream.avail_out);
            out.resize(before + produced);
            m_total += produced;
            if (m_total > m_max)
                return decodingLimitError(name(), m_max);
            if (rc == Z_STREAM_END)
                m_ended = true;
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                return corruptBodyError(
                    name(), QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate"));
            if (produced == 0 || rc == Z_BUF_ERROR)
                break;
        }
        return out;
    }

    bool m_gzip;
    qint64 m_max;
    z_stream m_stream{};
    bool m_initialized = false;
    bool m_ended = false;
    bool m_sawInput = false;
    qint64 m_total = 0;
    QByteArray m_pending;
};

} // namespace

std::unique_ptr<ContentDecoder> makeZlibDecoder(bool gzip, qint64 maxDecodedBytes)
{
    return std::make_unique<ZlibDecoder>(gzip, maxDecodedBytes);
}

} // namespace wb::http
