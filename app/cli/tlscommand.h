#pragma once

#include "app/cli/clicommand.h"
#include "core/net/tlscredentials.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace wb::cli {

// Options of a TLS client (tls and ws with wss://).
struct TlsClientOptions
{
    QCommandLineOption ca{QStringLiteral("ca"), QString(), QStringLiteral("file")};
    QCommandLineOption insecure{{QStringLiteral("k"), QStringLiteral("insecure")}, QString()};
    QCommandLineOption cert{QStringLiteral("cert"), QString(), QStringLiteral("file")};
    QCommandLineOption key{QStringLiteral("key"), QString(), QStringLiteral("file")};
    QCommandLineOption serverName{QStringLiteral("servername"), QString(), QStringLiteral("name")};

    TlsClientOptions();
    void addTo(QCommandLineParser &parser) const;
};

struct TlsClientSettings
{
    QList<QSslCertificate> authorities;
    net::TlsCredentials client;
    bool insecure = false;
    QString serverName;
};

// Loads the files the options name; returns ExitOk, or an exit code after printing why.
int readTlsClientOptions(CliContext &context, const QCommandLineParser &parser,
                         const TlsClientOptions &options, TlsClientSettings &settings);

int runTls(CliContext &context);

} // namespace wb::cli
