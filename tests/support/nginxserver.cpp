#include "tests/support/nginxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb::test {

NginxServer::NginxServer() : NginxServer(Options{}) {}

NginxServer::NginxServer(Options options) : m_options(std::move(options))
{
    QDir(workDir()).mkpath(QStringLiteral("html"));
    // nginx's workers drop root privileges: let them read the docroot and certificates.
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                          | QFileDevice::ExeOther;
    QFile::setPermissions(workDir(), readable);
    QFile::setPermissions(docroot(), readable);
}

QString NginxServer::docroot() const { return QDir(workDir()).filePath(QStringLiteral("html")); }

QString NginxServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = QDir(docroot()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QString NginxServer::baseUrl() const
{
    const bool tls = !m_options.certificateFile.isEmpty();
    return QStringLiteral("%1://127.0.0.1:%2").arg(tls ? "https" : "http").arg(port());
}

QStringList NginxServer::arguments(quint16 port)
{
    const QString dir = workDir();
    const bool tls = !m_options.certificateFile.isEmpty();
    QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    if (tls)
        listen += QStringLiteral(" ssl");
    if (m_options.http2)
        listen += QStringLiteral(" http2");
    QString tlsDirectives;
    if (tls) {
        tlsDirectives = QStringLiteral("ssl_certificate %1;\n        ssl_certificate_key %2;\n")
                            .arg(m_options.certificateFile, m_options.keyFile);
    }
    const QString config = QStringLiteral(R"(daemon off;
master_process on;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    keepalive_requests 100000;
    keepalive_timeout 65;
    sendfile on;
    types { text/html html; application/json json; text/plain txt; application/octet-stream bin; }
    default_type application/octet-stream;
    server {
        listen %2;
        server_name localhost;
        root %1/html;
        %3
        %4
    }
}
)")
                               .arg(dir, listen, tlsDirectives, m_options.serverDirectives);
    QFile file(QDir(dir).filePath(QStringLiteral("nginx.conf")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(config.toUtf8());
    return {QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName(), QStringLiteral("-e"),
            QDir(dir).filePath(QStringLiteral("error.log"))};
}

} // namespace wb::test
