#pragma once

#include "tests/support/serverprocess.h"

#include <QSet>

namespace wb::test {

// nghttpd, the HTTP/2 server of nghttp2: TLS with h2 by ALPN, or h2c with prior knowledge.
class NghttpdServer : public ServerProcess
{
public:
    struct Options
    {
        QString certificateFile; // PEM; empty means --no-tls (h2c)
        QString keyFile;
        int maxConcurrentStreams = 0; // -m; 0 leaves nghttpd's default (100)
        int windowBits = 0;           // -w: stream window 2^N-1 for what clients upload; 0: default
        int connectionWindowBits = 0; // -W: the same for the connection
        QStringList trailers;         // --trailer 'name: value', sent after every body
        bool echoUpload = false;      // --echo-upload: POST and PUT bodies come back
        bool verbose = false;         // -v: frames on stdout, [id=N] per connection (sessionIds())
        QStringList extraArguments;
    };

    // With empty certificate and key, runs --no-tls (h2c).
    NghttpdServer(QString certificateFile = {}, QString keyFile = {});
    explicit NghttpdServer(Options options);

    QString docroot() const;
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;
    // With verbose: the ids of the HTTP/2 sessions (one per TCP connection) that received frames.
    QSet<int> sessionIds() const;

protected:
    // With verbose, nghttpd runs under `stdbuf -oL`: piped, its stdout is otherwise block-buffered
    // and nothing of the frame log arrives before it exits.
    QString programName() const override;
    QStringList arguments(quint16 port) override;
    std::optional<FixtureError> checkPrerequisites() const override;

private:
    Options m_options;
};

} // namespace wb::test
