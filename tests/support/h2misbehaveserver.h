#pragma once

#include "tests/support/serverprocess.h"

#include <QHash>
#include <QList>

namespace wb::test {

// tests/support/h2misbehave.py (Debian's python3-h2 under /usr/bin/python3): an HTTP/2 server
// that breaks the protocol the way `scenario` says (see the script's help for the list), h2c with
// prior knowledge, or h2 over TLS when a certificate is set. Ends by itself after `lifetimeS`.
class H2MisbehaveServer : public ServerProcess
{
public:
    struct Options
    {
        QString scenario = QStringLiteral("ok");
        QString certificateFile; // PEM; empty means h2c
        QString keyFile;
        int lifetimeS = 60;
        int goawayStreams = 3; // goaway-low: requests to wait for before the GOAWAY
    };

    // What the script printed: "event NAME conn=N key=value ...".
    struct Event
    {
        QString name;
        int connection = 0;
        QHash<QString, QString> fields;
    };

    explicit H2MisbehaveServer(QString scenario);
    explicit H2MisbehaveServer(Options options);

    QString baseUrl() const;
    QString url(const QString &path = QStringLiteral("/")) const { return baseUrl() + path; }
    QList<Event> events() const;
    // The events named `name` (e.g. "request", "goaway-received").
    QList<Event> events(const QString &name) const;
    // TCP connections that carried an HTTP/2 client preface (readiness probes do not count).
    int connections() const { return int(events(QStringLiteral("preface")).size()); }

protected:
    QString programName() const override { return QStringLiteral("/usr/bin/python3"); }
    QStringList arguments(quint16 port) override;
    std::optional<FixtureError> checkPrerequisites() const override;

private:
    Options m_options;
};

} // namespace wb::test
