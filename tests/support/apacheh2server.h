#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// Apache 2.4 with mod_http2 (mpm_event) in the foreground with its own ServerRoot, PidFile and
// ErrorLog: TLS with `Protocols h2 http/1.1` by ALPN, or cleartext with h2c (prior knowledge and
// Upgrade) when no certificate is set. Serves docroot(); run as root its children are www-data.
class ApacheH2Server : public ServerProcess
{
public:
    struct Options
    {
        QString certificateFile; // PEM; empty means cleartext (h2c)
        QString keyFile;
        // `/echo` is a CGI script that sends the request body back (read whole first: mod_cgid
        // writes the whole body before it reads the script's output).
        bool echo = false;
        int maxSessionStreams = 100; // H2MaxSessionStreams
        QString extraDirectives;
    };

    explicit ApacheH2Server(Options options);

    QString docroot() const;
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;
    // The access log's lines so far, each "CLIENT_PORT PROTOCOL METHOD PATH STATUS".
    QList<QByteArray> accessLog() const;

protected:
    QString programName() const override { return QStringLiteral("apache2"); }
    QStringList arguments(quint16 port) override;
    std::optional<FixtureError> checkPrerequisites() const override;
    QProcessEnvironment environment() const override;

private:
    Options m_options;
};

} // namespace wb::test
