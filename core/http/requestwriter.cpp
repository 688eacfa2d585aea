#include "core/http/requestwriter.h"

namespace wb::http {

Result<EncodedRequest> RequestWriter::encode(const RequestSpec &, const RequestTarget &,
                                             const WriteOptions &, const QList<WireHeader> &)
{
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

QList<WireHeader> RequestWriter::automaticHeaders(const RequestSpec &, const RequestTarget &,
                                                  const WriteOptions &)
{
    return {};
}

QByteArray RequestWriter::defaultAcceptEncoding()
{
    return QByteArrayLiteral("gzip, deflate, br, zstd");
}

bool RequestWriter::isToken(const QByteArray &)
{
    return true;
}

} // namespace wb::http
