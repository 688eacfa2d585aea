#pragma once

#include "tests/support/testenv.h"

#include <QTemporaryDir>

#include <optional>

namespace wb::test {

// A throwaway PKI made with the openssl command line: a CA and leaf certificates signed by it.
//   server      CN=127.0.0.1, SAN IP:127.0.0.1 and DNS:localhost, valid now
//   expired     same names, validity ended in 2020
//   wronghost   CN and SAN wrong.example only
//   client      a client certificate (PEM, and PKCS#12 protected by clientP12Password())
class TestCertificates
{
public:
    std::optional<FixtureError> generate();

    QString dir() const { return m_dir.path(); }
    QString caCertificate() const { return path(QStringLiteral("ca.pem")); }
    QString caKey() const { return path(QStringLiteral("ca.key")); }
    QString certificate(const QString &name) const { return path(name + QStringLiteral(".pem")); }
    QString key(const QString &name) const { return path(name + QStringLiteral(".key")); }
    QString clientP12() const { return path(QStringLiteral("client.p12")); }
    static QString clientP12Password() { return QStringLiteral("wirebench-test"); }

    // Signs one more leaf for `subjectAltName` (e.g. "DNS:example.test") with the given validity.
    std::optional<FixtureError> issue(const QString &name, const QString &commonName,
                                      const QString &subjectAltName,
                                      const QString &startDate = {}, const QString &endDate = {});

private:
    QString path(const QString &file) const;
    std::optional<FixtureError> openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_openssl;
};

} // namespace wb::test
