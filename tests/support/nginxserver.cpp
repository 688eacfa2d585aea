#include "tests/support/nginxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb::test {

NginxServer::NginxServer()
    : NginxServer(Options{})
{}

NginxServer::NginxServer(Options options)
    : m_options(std::move(options))
{
    QDir(workDir()).mkpath(QStringLiteral("html"));
    // nginx's workers drop root privileges: let them read the docroot and certificates.
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
    QFile::setPermissions(workDir(), readable);
    QFile::setPermissions(docroot(), readable);
}

QString NginxServer::docroot() const
{
    return QDir(workDir()).filePath(QStringLiteral("html"));
}

QString NginxServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    return writeFileUnder(docroot(), relativePath, content);
}

namespace {

const char echoModulePath[] = "/usr/lib/nginx/modules/ngx_http_echo_module.so";

} // namespace

std::optional<FixtureError> NginxServer::checkPrerequisites() const
{
    if (m_options.echo && !QFileInfo::exists(QString::fromLatin1(echoModulePath))) {
        return FixtureError{true, QStringLiteral("nginx's echo module is not installed "
                                                 "(libnginx-mod-http-echo); run 'make test'")};
    }
    return std::nullopt;
}

QList<NginxServer::AccessLogEntry> NginxServer::accessLog() const
{
    QList<AccessLogEntry> entries;
    QFile file(QDir(workDir()).filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(' ');
        if (f.size() < 6)
            continue;
        entries.append({f[0].toLongLong(), f[1].toInt(), QString::fromLatin1(f[2]),
                        QString::fromLatin1(f[3]), QString::fromLatin1(f[4]), f[5].toInt()});
    }
    return entries;
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
    QString serverDirectives = m_options.serverDirectives;
    if (m_options.echo) {
        // Bodies stay in memory up to 64 MB, so that echo_request_body sees them whole.
        serverDirectives += QStringLiteral(
            "\n        location = /echo { client_max_body_size 64m; client_body_buffer_size 64m; "
            "echo_read_request_body; echo_request_body; }\n");
    }
    if (m_options.http2MaxConcurrentStreams > 0) {
        serverDirectives += QStringLiteral("\n        http2_max_concurrent_streams %1;\n")
                                .arg(m_options.http2MaxConcurrentStreams);
    }
    const QString mainDirectives =
        m_options.echo ? QStringLiteral("load_module %1;\n").arg(QLatin1String(echoModulePath))
                       : QString();
    const QString accessLog =
        m_options.accessLog
            ? QStringLiteral("log_format wb '$connection $connection_requests $server_protocol "
                             "$request_method $uri $status';\n    access_log %1/access.log wb;")
                  .arg(dir)
            : QStringLiteral("access_log off;");
    const QString config =
        mainDirectives + QStringLiteral(R"(daemon off;
master_process on;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
    %5
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    keepalive_requests %6;
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
                             .arg(dir, listen, tlsDirectives, serverDirectives, accessLog,
                                  QString::number(m_options.keepaliveRequests));
    QFile file(QDir(dir).filePath(QStringLiteral("nginx.conf")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(config.toUtf8());
    return {QStringLiteral("-p"), dir,
            QStringLiteral("-c"), file.fileName(),
            QStringLiteral("-e"), QDir(dir).filePath(QStringLiteral("error.log"))};
}

} // namespace wb::test
