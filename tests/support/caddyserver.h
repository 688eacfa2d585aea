#pragma once

#include "tests/support/serverprocess.h"

#include <QJsonObject>
#include <QList>

namespace wb::test {

// Caddy 2 serving docroot() over TLS on one TCP port with HTTP/1.1 and HTTP/2 (ALPN), admin API
// and automatic HTTPS off, its state (XDG_DATA_HOME, XDG_CONFIG_HOME, HOME) in the scratch folder,
// and a JSON access log that names each request's protocol and client port.
class CaddyServer : public ServerProcess
{
public:
    struct Options
    {
        QString certificateFile; // PEM (required: Caddy serves https here)
        QString keyFile;
        QString protocols = QStringLiteral("h1 h2"); // "h1 h2 h3" adds HTTP/3 on the UDP port
        // Extra directives inside the site block, e.g. "reverse_proxy /echo h2c://127.0.0.1:P".
        QString siteDirectives;
    };

    explicit CaddyServer(Options options);

    QString docroot() const;
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;
    // The access log's entries so far ("request": {"proto", "remote_port", "method", "uri"},
    // "status", ...).
    QList<QJsonObject> accessLog() const;

protected:
    QString programName() const override { return QStringLiteral("caddy"); }
    QStringList arguments(quint16 port) override;
    QProcessEnvironment environment() const override;

private:
    Options m_options;
};

} // namespace wb::test
