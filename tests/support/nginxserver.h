#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// nginx in the foreground with its own prefix and generated config. Serves docroot() as static
// files; TLS (with HTTP/2 by ALPN when asked) if a certificate is set.
class NginxServer : public ServerProcess
{
public:
    struct Options
    {
        QString certificateFile; // PEM; empty means plain HTTP
        QString keyFile;
        bool http2 = false;
        // Extra directives placed inside the server block (locations, headers...).
        QString serverDirectives;
        // Requests one connection serves before nginx closes it; over HTTP/2 that is a GOAWAY
        // after that many streams (nginx 1.19.7+ took this over from http2_max_requests).
        int keepaliveRequests = 100000;
        // `location = /echo` sends a POST or PUT body back as it came (Debian's
        // libnginx-mod-http-echo; a missing module skips the test outside CI).
        bool echo = false;
        // An access log with the connection serial number of each request (accessLog()).
        bool accessLog = false;
        int http2MaxConcurrentStreams = 0; // 0: nginx's default (128)
    };

    // One line of the access log: what proves which connection served a request.
    struct AccessLogEntry
    {
        qint64 connection = 0;     // nginx's $connection serial number
        int connectionRequest = 0; // $connection_requests
        QString protocol;          // "HTTP/2.0", "HTTP/1.1"
        QString method;
        QString uri;
        int status = 0;
    };

    NginxServer();
    explicit NginxServer(Options options);

    QString docroot() const;
    // Writes a file under the docroot (creating folders) and returns its path.
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;
    // With Options::accessLog: the requests served so far (nginx writes each when it ends).
    QList<AccessLogEntry> accessLog() const;

protected:
    QString programName() const override { return QStringLiteral("nginx"); }
    QStringList arguments(quint16 port) override;
    std::optional<FixtureError> checkPrerequisites() const override;

private:
    Options m_options;
};

} // namespace wb::test
