#pragma once

#include "tests/support/testenv.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace wb::test {

// A server process on a loopback port picked at run time. start() launches it, waits until the
// port accepts connections, and retries on another port if the first was taken meanwhile; the
// destructor stops it (SIGTERM, then SIGKILL).
class ServerProcess
{
public:
    ServerProcess();
    virtual ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    std::optional<FixtureError> start();
    void stop();

    quint16 port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    // A scratch folder that lives as long as the fixture (configs, docroots, certificates).
    QString workDir() const { return m_workDir.path(); }
    // What the server printed so far (read from its pipe at each call), for failure messages and
    // for checks on what the server saw.
    QByteArray log() const;
    qint64 pid() const;

protected:
    // The executable's name; looked up on PATH.
    virtual QString programName() const = 0;
    // The arguments for a run on `port`; may write config files into workDir().
    virtual QStringList arguments(quint16 port) = 0;
    // Whether readiness is checked by a TCP connect (false for UDP-only servers).
    virtual bool acceptsTcp() const { return true; }
    virtual bool usesUdpPort() const { return false; }
    virtual int readyTimeoutMs() const { return 15000; }
    virtual QProcessEnvironment environment() const;
    // Checked before the first launch: something besides the executable that must be installed
    // (a module, a Python package). Report it with missingBinary set, so that it skips outside CI.
    virtual std::optional<FixtureError> checkPrerequisites() const { return std::nullopt; }

private:
    bool waitUntilAccepting(int timeoutMs);

    QTemporaryDir m_workDir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    mutable QByteArray m_log;
};

} // namespace wb::test
