#include "core/http/multipartbuilder.h"

namespace wb::http {

Result<BuiltBody> MultipartBuilder::multipart(const QList<FormField> &, QByteArray)
{
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

BuiltBody MultipartBuilder::urlEncoded(const QList<FormField> &)
{
    return {};
}

QByteArray MultipartBuilder::randomBoundary()
{
    return {};
}

} // namespace wb::http
