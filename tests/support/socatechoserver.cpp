#include "tests/support/socatechoserver.h"

namespace wb::test {

QStringList SocatEchoServer::arguments(quint16 port)
{
    if (m_transport == Transport::Udp) {
        return {QStringLiteral("UDP-RECVFROM:%1,bind=127.0.0.1,fork").arg(port),
                QStringLiteral("PIPE")};
    }
    return {QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork").arg(port),
            QStringLiteral("PIPE")};
}

} // namespace wb::test
