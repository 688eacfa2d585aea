#include "tests/support/serverprocess.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace wb::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QProcessEnvironment ServerProcess::environment() const
{
    return QProcessEnvironment::systemEnvironment();
}

std::optional<FixtureError> ServerProcess::start()
{
    const QString program = findExecutable(programName());
    if (program.isEmpty()) {
        return require(false, QStringLiteral("%1 is not installed; run 'make test' to install "
                                             "the test servers")
                                  .arg(programName()));
    }
    if (!m_workDir.isValid())
        return FixtureError{false, QStringLiteral("cannot create a scratch folder")};
    if (auto missing = checkPrerequisites())
        return missing;
    QString lastError;
    for (int attempt = 0; attempt < 3; ++attempt) {
        stop();
        m_port = pickFreePort(usesUdpPort());
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setProcessEnvironment(environment());
        m_process->setWorkingDirectory(workDir());
        m_process->start(program, arguments(m_port));
        if (!m_process->waitForStarted(10000)) {
            lastError = m_process->errorString();
            continue;
        }
        if (!acceptsTcp()) {
            // No handshake to wait for: give the process a moment and check it is still alive.
            QThread::msleep(150);
            if (m_process->state() == QProcess::Running)
                return std::nullopt;
        } else if (waitUntilAccepting(readyTimeoutMs())) {
            return std::nullopt;
        }
        lastError = QString::fromLocal8Bit(log());
    }
    stop();
    return FixtureError{false,
                        QStringLiteral("%1 did not start: %2").arg(programName(), lastError)};
}

bool ServerProcess::waitUntilAccepting(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(host(), m_port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        QThread::msleep(20);
    }
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

QByteArray ServerProcess::log() const
{
    if (m_process) {
        // Drain the pipe now: a test that blocks (or only runs other processes) never lets the
        // event loop read it, and servers that print as they go would seem silent.
        m_log += m_process->readAll();
        for (int i = 0; i < 10000 && m_process->waitForReadyRead(0); ++i)
            m_log += m_process->readAll();
    }
    return m_log;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

} // namespace wb::test
