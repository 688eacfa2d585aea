#include "core/net/peeraddress.h"

#include <QCoreApplication>

namespace wb::net {

QString PeerAddress::toString() const
{
    return format(host, port);
}

QString PeerAddress::format(const QHostAddress &address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QString host = isV4 ? QHostAddress(v4).toString() : address.toString();
    return format(host, port);
}

QString PeerAddress::format(const QString &host, quint16 port)
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

Result<PeerAddress> PeerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    auto invalid = [&] {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::net",
                                                     "'%1' is not a peer address. Write host:port, "
                                                     "for example 127.0.0.1:7 or [::1]:7.")
                             .arg(text));
    };
    if (colon <= 0)
        return invalid();
    QString host = trimmed.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return invalid();
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return invalid();
    return PeerAddress{host, quint16(port)};
}

} // namespace wb::net
