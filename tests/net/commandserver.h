#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// Any server started from a command line: "%PORT%" in the arguments becomes the port picked.
class CommandServer : public ServerProcess
{
public:
    CommandServer(QString program, QStringList arguments, bool tcp = true)
        : m_program(std::move(program))
        , m_arguments(std::move(arguments))
        , m_tcp(tcp)
    {}

protected:
    QString programName() const override { return m_program; }
    QStringList arguments(quint16 port) override;
    bool acceptsTcp() const override { return m_tcp; }
    bool usesUdpPort() const override { return !m_tcp; }

private:
    QString m_program;
    QStringList m_arguments;
    bool m_tcp;
};

} // namespace wb::test
