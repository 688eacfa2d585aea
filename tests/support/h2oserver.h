#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// h2o 2.2 serving docroot() over TLS with HTTP/2 (and HTTP/1.1) by ALPN, or cleartext when no
// certificate is set (HTTP/1.1, and h2c with prior knowledge). Started as root it drops to
// nobody, so the scratch folder is made world-readable.
class H2oServer : public ServerProcess
{
public:
    struct Options
    {
        QString certificateFile; // PEM; empty means cleartext
        QString keyFile;
        // `/echo` sends a request body back (an mruby handler; h2o is built with mruby).
        bool echo = false;
        int maxConcurrentStreams = 0; // http2-max-concurrent-requests-per-connection; 0: default
        int threads = 1;
    };

    explicit H2oServer(Options options);

    QString docroot() const;
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;
    // The access log's lines so far, each "CLIENT_PORT PROTOCOL METHOD PATH STATUS".
    QList<QByteArray> accessLog() const;

protected:
    QString programName() const override { return QStringLiteral("h2o"); }
    QStringList arguments(quint16 port) override;

private:
    Options m_options;
};

} // namespace wb::test
