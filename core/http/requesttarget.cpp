#include "core/http/requesttarget.h"

namespace wb::http {

QByteArray RequestTarget::absoluteForm() const
{
    return scheme.toLatin1() + "://" + authority + originForm;
}

bool RequestTarget::isTls() const
{
    return scheme == QLatin1String("https");
}

QString RequestTarget::originKey() const
{
    return QStringLiteral("%1://%2:%3").arg(scheme.toLower(), host.toLower()).arg(port);
}

} // namespace wb::http
