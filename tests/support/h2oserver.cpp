#include "tests/support/h2oserver.h"

#include <QDir>
#include <QFile>

namespace wb::test {

H2oServer::H2oServer(Options options)
    : m_options(std::move(options))
{
    QDir(workDir()).mkpath(QStringLiteral("www"));
    makeWorldReadable(docroot());
}

QString H2oServer::docroot() const
{
    return QDir(workDir()).filePath(QStringLiteral("www"));
}

QString H2oServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = writeFileUnder(docroot(), relativePath, content);
    makeWorldReadable(path);
    return path;
}

QString H2oServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.certificateFile.isEmpty() ? "http" : "https")
        .arg(port());
}

QList<QByteArray> H2oServer::accessLog() const
{
    QFile file(QDir(workDir()).filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QStringList H2oServer::arguments(quint16 port)
{
    const QDir dir(workDir());
    QString ssl;
    if (!m_options.certificateFile.isEmpty()) {
        ssl = QStringLiteral("  ssl:\n    certificate-file: %1\n    key-file: %2\n")
                  .arg(m_options.certificateFile, m_options.keyFile);
    }
    QString paths;
    if (m_options.echo) {
        paths += QStringLiteral(R"(      /echo:
        mruby.handler: |
          Proc.new do |env|
            [200, {"content-type" => "application/octet-stream"}, [env["rack.input"].read]]
          end
)");
    }
    paths += QStringLiteral("      /:\n        file.dir: %1\n").arg(docroot());
    QString limits;
    if (m_options.maxConcurrentStreams > 0) {
        limits = QStringLiteral("http2-max-concurrent-requests-per-connection: %1\n")
                     .arg(m_options.maxConcurrentStreams);
    }
    // No pid-file: its folder would have to be writable by nobody.
    const QString config = QStringLiteral(R"(listen:
  host: 127.0.0.1
  port: %1
%2num-threads: %3
error-log: %4
access-log:
  path: %5
  format: "%{remote}p %H %m %U %s"
limit-request-body: 134217728
%6hosts:
  default:
    paths:
%7)")
                               .arg(QString::number(port), ssl, QString::number(m_options.threads),
                                    dir.filePath(QStringLiteral("error.log")),
                                    dir.filePath(QStringLiteral("access.log")), limits, paths);
    QFile file(dir.filePath(QStringLiteral("h2o.conf")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(config.toUtf8());
    makeWorldReadable(workDir());
    return {QStringLiteral("-c"), file.fileName()};
}

} // namespace wb::test
