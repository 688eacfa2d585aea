#include "core/http/contentdecoder.h"

namespace wb::http {

ContentDecoder::~ContentDecoder() = default;

Result<std::unique_ptr<ContentDecoder>> ContentDecoder::create(const QByteArray &, qint64)
{
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

bool ContentDecoder::isSupported(const QByteArray &)
{
    return false;
}

qint64 ContentDecoder::defaultMaxDecodedBytes()
{
    return qint64(1) << 30;
}

} // namespace wb::http
