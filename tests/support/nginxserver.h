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
    };

    NginxServer();
    explicit NginxServer(Options options);

    QString docroot() const;
    // Writes a file under the docroot (creating folders) and returns its path.
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;

protected:
    QString programName() const override { return QStringLiteral("nginx"); }
    QStringList arguments(quint16 port) override;

private:
    Options m_options;
};

} // namespace wb::test
