#include "tests/support/nghttpdserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb::test {

NghttpdServer::NghttpdServer(QString certificateFile, QString keyFile)
    : m_certificateFile(std::move(certificateFile))
    , m_keyFile(std::move(keyFile))
{
    QDir(workDir()).mkpath(QStringLiteral("docroot"));
}

QString NghttpdServer::docroot() const { return QDir(workDir()).filePath(QStringLiteral("docroot")); }

QString NghttpdServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = QDir(docroot()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QString NghttpdServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_certificateFile.isEmpty() ? "http" : "https")
        .arg(port());
}

QStringList NghttpdServer::arguments(quint16 port)
{
    QStringList args{QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-d"), docroot()};
    if (m_certificateFile.isEmpty()) {
        args << QStringLiteral("--no-tls") << QString::number(port);
    } else {
        args << QString::number(port) << m_keyFile << m_certificateFile;
    }
    return args;
}

} // namespace wb::test
