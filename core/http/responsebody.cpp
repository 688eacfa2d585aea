#include "core/http/responsebody.h"

namespace wb::http {

void ResponseBody::begin(const QByteArray &contentEncoding, const RequestOptions &options,
                         QStringList *warnings)
{
    if (!options.decodeContent || contentEncoding.isEmpty())
        return;
    auto decoder = ContentDecoder::create(contentEncoding, options.maxDecodedBytes);
    if (!decoder) {
        warnings->append(decoder.error().message);
        return;
    }
    m_decoder = std::move(decoder).value();
}

Result<void> ResponseBody::append(QByteArrayView bytes)
{
    if (!m_decoder)
        return m_sink.append(bytes);
    const auto decoded = m_decoder->decode(bytes);
    if (!decoded)
        return decoded.error();
    return m_sink.append(decoded.value());
}

Error ResponseBody::finish(Error error)
{
    if (error.isError() || !m_decoder)
        return error;
    const auto tail = m_decoder->finish();
    if (!tail)
        return tail.error();
    if (const auto kept = m_sink.append(tail.value()); !kept)
        return kept.error();
    return {};
}

} // namespace wb::http
