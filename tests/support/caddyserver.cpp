#include "tests/support/caddyserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace wb::test {

CaddyServer::CaddyServer(Options options)
    : m_options(std::move(options))
{
    QDir(workDir()).mkpath(QStringLiteral("www"));
    QDir(workDir()).mkpath(QStringLiteral("home"));
}

QString CaddyServer::docroot() const
{
    return QDir(workDir()).filePath(QStringLiteral("www"));
}

QString CaddyServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    return writeFileUnder(docroot(), relativePath, content);
}

QString CaddyServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(port());
}

QList<QJsonObject> CaddyServer::accessLog() const
{
    QList<QJsonObject> entries;
    QFile file(QDir(workDir()).filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        if (!entry.isEmpty())
            entries.append(entry);
    }
    return entries;
}

QProcessEnvironment CaddyServer::environment() const
{
    QProcessEnvironment env = ServerProcess::environment();
    const QString home = QDir(workDir()).filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

QStringList CaddyServer::arguments(quint16 port)
{
    const QDir dir(workDir());
    // `bind` keeps it on loopback; the tls directive takes the certificate first, then the key.
    const QString config =
        QStringLiteral(R"({
	admin off
	auto_https off
	servers {
		protocols %1
	}
}
https://127.0.0.1:%2 {
	bind 127.0.0.1
	tls %3 %4
	%5
	root * %6
	file_server
	log {
		output file %7
		format json
	}
}
)")
            .arg(m_options.protocols, QString::number(port), m_options.certificateFile,
                 m_options.keyFile, m_options.siteDirectives, docroot(),
                 dir.filePath(QStringLiteral("access.log")));
    QFile file(dir.filePath(QStringLiteral("Caddyfile")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(config.toUtf8());
    return {QStringLiteral("run"), QStringLiteral("--config"), file.fileName(),
            QStringLiteral("--adapter"), QStringLiteral("caddyfile")};
}

} // namespace wb::test
