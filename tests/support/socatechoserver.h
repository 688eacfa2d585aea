#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// socat echo: every byte a client sends comes back (TCP, one child per client; or UDP).
class SocatEchoServer : public ServerProcess
{
public:
    enum class Transport { Tcp, Udp };
    explicit SocatEchoServer(Transport transport = Transport::Tcp) : m_transport(transport) {}

protected:
    QString programName() const override { return QStringLiteral("socat"); }
    QStringList arguments(quint16 port) override;
    bool acceptsTcp() const override { return m_transport == Transport::Tcp; }
    bool usesUdpPort() const override { return m_transport == Transport::Udp; }

private:
    Transport m_transport;
};

} // namespace wb::test
