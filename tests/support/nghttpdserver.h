#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// nghttpd, the HTTP/2 server of nghttp2: TLS with h2 by ALPN, or h2c with prior knowledge.
class NghttpdServer : public ServerProcess
{
public:
    // With empty certificate and key, runs --no-tls (h2c).
    NghttpdServer(QString certificateFile = {}, QString keyFile = {});

    QString docroot() const;
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    QString baseUrl() const;

protected:
    QString programName() const override { return QStringLiteral("nghttpd"); }
    QStringList arguments(quint16 port) override;

private:
    QString m_certificateFile;
    QString m_keyFile;
};

} // namespace wb::test
