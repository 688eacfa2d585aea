#include "tests/support/apacheh2server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace wb::test {

namespace {

const char modulesDir[] = "/usr/lib/apache2/modules";

QStringList modules(bool tls, bool cgi)
{
    QStringList names{QStringLiteral("mpm_event"), QStringLiteral("authz_core"),
                      QStringLiteral("http2"), QStringLiteral("mime"), QStringLiteral("dir")};
    if (tls)
        names << QStringLiteral("ssl");
    if (cgi)
        names << QStringLiteral("alias") << QStringLiteral("cgid");
    return names;
}

QString modulePath(const QString &name)
{
    return QStringLiteral("%1/mod_%2.so").arg(QLatin1String(modulesDir), name);
}

} // namespace

ApacheH2Server::ApacheH2Server(Options options)
    : m_options(std::move(options))
{
    QDir(workDir()).mkpath(QStringLiteral("www"));
    QDir(workDir()).mkpath(QStringLiteral("cgi"));
    makeWorldReadable(docroot());
}

QString ApacheH2Server::docroot() const
{
    return QDir(workDir()).filePath(QStringLiteral("www"));
}

QString ApacheH2Server::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = writeFileUnder(docroot(), relativePath, content);
    makeWorldReadable(path);
    return path;
}

QString ApacheH2Server::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.certificateFile.isEmpty() ? "http" : "https")
        .arg(port());
}

QList<QByteArray> ApacheH2Server::accessLog() const
{
    QFile file(QDir(workDir()).filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

std::optional<FixtureError> ApacheH2Server::checkPrerequisites() const
{
    for (const QString &name : modules(!m_options.certificateFile.isEmpty(), m_options.echo)) {
        if (!QFileInfo::exists(modulePath(name))) {
            return FixtureError{true, QStringLiteral("Apache's mod_%1 is missing (package "
                                                     "apache2); run 'make test'")
                                          .arg(name)};
        }
    }
    return std::nullopt;
}

QProcessEnvironment ApacheH2Server::environment() const
{
    // apache2 reads its run-time paths from APACHE_* variables only through apache2ctl; the
    // config below names them all, so nothing from the system's envvars is needed.
    QProcessEnvironment env = ServerProcess::environment();
    env.insert(QStringLiteral("APACHE_RUN_DIR"), workDir());
    env.insert(QStringLiteral("APACHE_LOCK_DIR"), workDir());
    env.insert(QStringLiteral("APACHE_LOG_DIR"), workDir());
    return env;
}

QStringList ApacheH2Server::arguments(quint16 port)
{
    const QDir dir(workDir());
    const bool tls = !m_options.certificateFile.isEmpty();
    QString config;
    config += QStringLiteral("ServerRoot \"%1\"\nPidFile \"%2\"\nErrorLog \"%3\"\nLogLevel warn\n")
                  .arg(workDir(), dir.filePath(QStringLiteral("httpd.pid")),
                       dir.filePath(QStringLiteral("error.log")));
    for (const QString &name : modules(tls, m_options.echo))
        config += QStringLiteral("LoadModule %1_module %2\n").arg(name, modulePath(name));
    if (::geteuid() == 0) // children drop to www-data; as a user they keep that user
        config += QStringLiteral("User www-data\nGroup www-data\n");
    config +=
        QStringLiteral("TypesConfig /etc/mime.types\nServerName 127.0.0.1\nListen 127.0.0.1:%1\n"
                       "Protocols %2 http/1.1\nH2MaxSessionStreams %3\n"
                       "MaxKeepAliveRequests 1000000\nKeepAliveTimeout 30\n"
                       "LogFormat \"%{remote}p %H %m %U %>s\" wb\nCustomLog \"%4\" wb\n"
                       "DocumentRoot \"%5\"\n<Directory />\n  Require all granted\n</Directory>\n")
            .arg(QString::number(port), tls ? QStringLiteral("h2") : QStringLiteral("h2c"),
                 QString::number(m_options.maxSessionStreams),
                 dir.filePath(QStringLiteral("access.log")), docroot());
    if (tls) {
        config += QStringLiteral("SSLEngine on\nSSLCertificateFile %1\nSSLCertificateKeyFile %2\n")
                      .arg(m_options.certificateFile, m_options.keyFile);
    }
    if (m_options.echo) {
        const QString script = dir.filePath(QStringLiteral("cgi/echo"));
        QFile file(script);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write("#!/bin/sh\n"
                       "# The whole body first: Apache writes all of it before reading output.\n"
                       "t=$(mktemp) || exit 1\n"
                       "cat >\"$t\"\n"
                       "printf 'Content-Type: application/octet-stream\\r\\n\\r\\n'\n"
                       "cat \"$t\"\n"
                       "rm -f \"$t\"\n");
        }
        file.close();
        QFile::setPermissions(script, QFile::permissions(script) | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
        config += QStringLiteral("ScriptSock \"%1\"\nScriptAlias /echo \"%2\"\n")
                      .arg(dir.filePath(QStringLiteral("cgid.sock")), script);
    }
    config += m_options.extraDirectives + QLatin1Char('\n');
    QFile file(dir.filePath(QStringLiteral("httpd.conf")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(config.toUtf8());
    makeWorldReadable(workDir());
    return {QStringLiteral("-f"), file.fileName(), QStringLiteral("-DFOREGROUND")};
}

} // namespace wb::test
