#include "core/common/result.h"

namespace wb {

QString Error::categoryName() const
{
    switch (category) {
    case ErrorCategory::None: return QStringLiteral("none");
    case ErrorCategory::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCategory::Dns: return QStringLiteral("dns");
    case ErrorCategory::ConnectionRefused: return QStringLiteral("refused");
    case ErrorCategory::HostUnreachable: return QStringLiteral("unreachable");
    case ErrorCategory::Timeout: return QStringLiteral("timeout");
    case ErrorCategory::Tls: return QStringLiteral("tls");
    case ErrorCategory::ConnectionReset: return QStringLiteral("reset");
    case ErrorCategory::Protocol: return QStringLiteral("protocol");
    case ErrorCategory::Io: return QStringLiteral("io");
    case ErrorCategory::Storage: return QStringLiteral("storage");
    case ErrorCategory::Cancelled: return QStringLiteral("cancelled");
    case ErrorCategory::LimitExceeded: return QStringLiteral("limit");
    case ErrorCategory::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

Error makeError(ErrorCategory category, QString message, QString detail)
{
    return Error{category, std::move(message), std::move(detail)};
}

} // namespace wb
