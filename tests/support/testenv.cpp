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
    const QString fromEnv = qEnvironmentVariable("WB_CORPUS_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QDir::cleanPath(QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/corpus")));
}

bool shouldSkip(const FixtureError &error)
{
    if (!error.missingBinary)
        return false;
    return error.optional || !isCi();
}

std::optional<FixtureError> require(bool present, const QString &message)
{
    if (present)
        return std::nullopt;
    return FixtureError{true, message};
}

std::optional<FixtureError> requireOptional(bool present, const QString &message)
{
    if (present)
        return std::nullopt;
    return FixtureError{true, message, true};
}

std::optional<FixtureError> requireExecutable(const QString &name, const QString &hint)
{
    if (!findExecutable(name).isEmpty())
        return std::nullopt;
    return FixtureError{true,
                        QStringLiteral("%1 is not installed (%2)")
                            .arg(name, hint.isEmpty() ? QStringLiteral("tools/install-deps.sh test "
                                                                       "installs it")
                                                      : hint)};
}

std::optional<FixtureError> requireCorpus(const QString &relativePath)
{
    const QString path =
        relativePath.isEmpty() ? corpusDir() : QDir(corpusDir()).filePath(relativePath);
    if (QFileInfo::exists(path))
        return std::nullopt;
    return FixtureError{true, QStringLiteral("the shared corpus is not here: %1 is missing. It "
                                             "lives in shared/corpus beside the checkout "
                                             "(../shared/corpus), or where WB_CORPUS_DIR says.")
                                  .arg(path)};
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
