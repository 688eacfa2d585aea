#include "core/net/socketerrors.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace wb::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::net", text);
}

} // namespace

Error SocketErrors::describe(QAbstractSocket::SocketError error, const QString &peer,
                             const QString &qtText)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return makeError(ErrorCategory::ConnectionRefused,
                         tr("The connection to %1 was refused: nothing is listening on that port, "
                            "or a firewall rejected it. Check the host and port, and that the "
                            "server is running.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::RemoteHostClosedError:
        return makeError(ErrorCategory::ConnectionReset, tr("%1 closed the connection.").arg(peer),
                         qtText);
    case QAbstractSocket::HostNotFoundError:
        return makeError(ErrorCategory::Dns,
                         tr("The host name in %1 could not be resolved. Check its spelling and "
                            "your DNS settings.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::SocketTimeoutError:
        return makeError(ErrorCategory::Timeout,
                         tr("%1 did not answer in time. Check that the host is reachable, or "
                            "allow a longer timeout.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::NetworkError:
        if (qtText.contains(QLatin1String("reset"), Qt::CaseInsensitive))
            return reset(peer);
        return makeError(ErrorCategory::HostUnreachable,
                         tr("The network failed while talking to %1. Check the connection and "
                            "that the host is reachable.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::AddressInUseError:
        return makeError(ErrorCategory::InvalidInput,
                         tr("The address %1 is already in use by another program. Choose another "
                            "port, or stop the program that uses it.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::SocketAccessError:
        return makeError(ErrorCategory::InvalidInput,
                         tr("Not allowed to use %1. Ports below 1024 need extra privileges; "
                            "choose a higher port.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return makeError(ErrorCategory::InvalidInput,
                         tr("The address in %1 does not belong to this machine. Bind to one of "
                            "its own addresses, or to any address.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::DatagramTooLargeError:
        return makeError(ErrorCategory::LimitExceeded,
                         tr("The datagram for %1 is larger than the network allows. Send at most "
                            "65,507 bytes per datagram, or fewer to avoid fragmentation.")
                             .arg(peer),
                         qtText);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return makeError(ErrorCategory::Tls,
                         tr("The TLS handshake with %1 failed. Check that the peer speaks TLS on "
                            "that port and accepts this client's protocol versions.")
                             .arg(peer),
                         qtText);
    default:
        return makeError(ErrorCategory::Protocol,
                         tr("The connection to %1 failed: %2.").arg(peer, qtText), qtText);
    }
}

Error SocketErrors::connectTimeout(const QString &peer, int timeoutMs)
{
    return makeError(ErrorCategory::Timeout,
                     tr("No connection to %1 within %2 ms. Check that the host is reachable and "
                        "not dropping packets, or allow a longer timeout.")
                         .arg(peer)
                         .arg(timeoutMs));
}

Error SocketErrors::reset(const QString &peer)
{
    return makeError(ErrorCategory::ConnectionReset,
                     tr("The connection to %1 was reset: the peer aborted it (TCP RST) instead of "
                        "closing it normally, so data in flight may be lost. The server may have "
                        "crashed, rejected the data, or closed with unread input.")
                         .arg(peer));
}

bool SocketErrors::shutdownSending(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
#ifdef Q_OS_WIN
    return ::shutdown(SOCKET(descriptor), SD_SEND) == 0;
#else
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
#endif
}

} // namespace wb::net
