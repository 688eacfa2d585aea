#include "core/http/redirectpolicy.h"

namespace wb::http {

bool RedirectPolicy::isRedirect(const ResponseHead &)
{
    return false;
}
bool RedirectPolicy::shouldFollow(const RequestSpec &, const ResponseHead &)
{
    return false;
}

Result<RedirectHop> RedirectPolicy::nextHop(const QString &, const QByteArray &,
                                            const ResponseHead &, int, int)
{
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

RequestSpec RedirectPolicy::specForHop(const RequestSpec &previous, const RedirectHop &)
{
    return previous;
}

bool RedirectPolicy::sameOrigin(const QString &, const QString &)
{
    return false;
}

} // namespace wb::http
