#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>

namespace wb::test {

bool isCi()
{
    const QByteArray ci = qgetenv("CI").toLower();
    return ci == "true" || ci == "1";
}

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("WB_SOURCE_DIR");
    return fromEnv.isEmpty() ? QDir::currentPath() : fromEnv;
}

QString binaryDir()
{
    return qEnvironmentVariable("WB_BINARY_DIR");
}

QString corpusDir()
{
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/corpus"));
}

QString findExecutable(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(
            name,
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
    }
    return found;
}

quint16 pickFreePort(bool udp)
{
    if (udp) {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        return socket.localPort();
    }
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

int runProgram(const QString &program, const QStringList &arguments, QByteArray *output,
               int timeoutMs, const QString &workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString writeFileUnder(const QString &dir, const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

bool makeSparseFile(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.resize(size);
}

void makeWorldReadable(const QString &path)
{
    const auto folder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                        QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                        QFileDevice::ExeOther;
    const QString stop = QDir::cleanPath(QDir::tempPath());
    QFileInfo info(path);
    if (info.isFile()) {
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup |
                                        QFileDevice::ReadOther);
        info = QFileInfo(info.absolutePath());
    }
    for (QDir dir(info.absoluteFilePath()); QDir::cleanPath(dir.absolutePath()) != stop;) {
        QFile::setPermissions(dir.absolutePath(), QFile::permissions(dir.absolutePath()) | folder);
        if (!dir.cdUp() || dir.isRoot())
            break;
    }
}

} // namespace wb::test
