#include "app/cli/sendargs.h"
#include "app/cli/clitr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace wb::cli {

namespace {

Result<QByteArray> readData(const QString &value, bool binary)
{
    if (!value.startsWith(QLatin1Char('@')))
        return value.toUtf8();
    const QString path = value.mid(1);
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened) {
        return makeError(ErrorCategory::Io,
                         tr("The data file '%1' could not be read: check the path.").arg(path),
                         file.errorString());
    }
    QByteArray data = file.readAll();
    if (!binary)
        data.replace('\r', QByteArray()).replace('\n', QByteArray()); // as curl -d @file
    return data;
}

Result<double> seconds(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0) {
        return makeError(
            ErrorCategory::InvalidInput,
            tr("--%1 needs a number of seconds, not '%2'.").arg(name, parser.value(name)));
    }
    return value;
}

} // namespace

void SendArgs::addRequestOptions(QCommandLineParser &parser, bool shortMaxTime)
{
    QStringList maxTime{QStringLiteral("max-time")};
    if (shortMaxTime)
        maxTime.prepend(QStringLiteral("m"));
    parser.addOptions({
        {{QStringLiteral("X"), QStringLiteral("request")},
         tr("Method to send (any token)."),
         QStringLiteral("method")},
        {{QStringLiteral("H"), QStringLiteral("header")},
         tr("Header line 'Name: value' (repeatable; sent in order and case as given)."),
         QStringLiteral("header")},
        {{QStringLiteral("d"), QStringLiteral("data")},
         tr("Body data, or @file (newlines removed); repeated -d are joined with '&'. Implies "
            "POST and x-www-form-urlencoded."),
         QStringLiteral("data")},
        {QStringLiteral("data-binary"), tr("Body data sent as is, or @file streamed from disk."),
         QStringLiteral("data")},
        {QStringLiteral("json"), tr("JSON body (or @file); sets Content-Type and Accept."),
         QStringLiteral("data")},
        {{QStringLiteral("F"), QStringLiteral("form")},
         tr("Multipart field name=value, or name=@file[;type=mime] (repeatable)."),
         QStringLiteral("field")},
        {{QStringLiteral("u"), QStringLiteral("user")},
         tr("Credentials user:password (Basic)."),
         QStringLiteral("user:password")},
        {QStringLiteral("digest"), tr("Use Digest authentication with -u.")},
        {{QStringLiteral("L"), QStringLiteral("location")}, tr("Follow redirects.")},
        {QStringLiteral("max-redirs"), tr("Most redirects to follow (default 10)."),
         QStringLiteral("n")},
        {{QStringLiteral("k"), QStringLiteral("insecure")},
         tr("Do not verify the server's certificate (errors are still reported with -v).")},
        {QStringLiteral("cacert"), tr("Trust the CA certificates in this PEM file too."),
         QStringLiteral("file")},
        {{QStringLiteral("E"), QStringLiteral("cert")},
         tr("Client certificate: PEM, or PKCS#12 (.p12/.pfx); 'file:password' as curl."),
         QStringLiteral("file")},
        {QStringLiteral("key"), tr("Private key (PEM) of the client certificate."),
         QStringLiteral("file")},
        {QStringLiteral("pass"), tr("Password of the key or PKCS#12 file."),
         QStringLiteral("password")},
        {{QStringLiteral("x"), QStringLiteral("proxy")},
         tr("Proxy http://host:port or socks5://host:port ('none' for none; default: "
            "http_proxy, https_proxy, no_proxy)."),
         QStringLiteral("proxy")},
        {maxTime, tr("Total time limit in seconds."), QStringLiteral("seconds")},
        {QStringLiteral("connect-timeout"), tr("Connect time limit in seconds."),
         QStringLiteral("seconds")},
        {QStringLiteral("idle-timeout"), tr("Longest silence from the server, in seconds."),
         QStringLiteral("seconds")},
        {QStringLiteral("compressed"),
         tr("Ask for a compressed response and decode it (the default).")},
        {QStringLiteral("raw"), tr("Do not decode Content-Encoding.")},
        {QStringLiteral("strict"), tr("Treat tolerated protocol deviations as errors.")},
        {QStringLiteral("http1.1"), tr("Use HTTP/1.1 only (ALPN offers http/1.1 alone).")},
        {QStringLiteral("http2"),
         tr("Use HTTP/2 only: over TLS the server must agree to h2 by ALPN; for http:// URLs "
            "HTTP/2 with prior knowledge (h2c).")},
        {QStringLiteral("http2-prior-knowledge"),
         tr("Speak HTTP/2 at once on cleartext http:// (h2c), without an upgrade.")},
    });
}

Result<http::RequestSpec> SendArgs::requestSpec(const QCommandLineParser &parser,
                                                const QString &url)
{
    http::RequestSpec spec;
    spec.url = url;
    spec.options.followRedirects = parser.isSet(QStringLiteral("location"));
    if (auto headers = SendArgs::headers(parser); headers)
        spec.headers = headers.value();
    else
        return headers.error();
    auto hasHeader = [&spec](const QString &name) {
        for (const auto &h : spec.headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString defaultMethod = QStringLiteral("GET");
    if (parser.isSet(QStringLiteral("data"))) {
        QByteArrayList parts;
        for (const QString &value : parser.values(QStringLiteral("data"))) {
            auto data = readData(value, false);
            if (!data)
                return data.error();
            parts.append(data.value());
        }
        spec.body.kind = http::RequestBody::Kind::Raw;
        spec.body.raw = parts.join('&');
        spec.body.contentType = QStringLiteral("application/x-www-form-urlencoded");
        defaultMethod = QStringLiteral("POST");
    }
    if (parser.isSet(QStringLiteral("data-binary"))) {
        const QString value = parser.value(QStringLiteral("data-binary"));
        if (value.startsWith(QLatin1Char('@')) && value != QLatin1String("@-")) {
            const QString path = value.mid(1);
            if (!QFileInfo(path).isReadable()) {
                return makeError(
                    ErrorCategory::Io,
                    tr("The data file '%1' could not be read: check the path.").arg(path));
            }
            spec.body.kind = http::RequestBody::Kind::File;
            spec.body.filePath = path;
        } else {
            auto data = readData(value, true);
            if (!data)
                return data.error();
            spec.body.kind = http::RequestBody::Kind::Raw;
            spec.body.raw = data.value();
        }
        spec.body.contentType = QStringLiteral("application/x-www-form-urlencoded");
        defaultMethod = QStringLiteral("POST");
    }
    if (parser.isSet(QStringLiteral("json"))) {
        auto data = readData(parser.value(QStringLiteral("json")), true);
        if (!data)
            return data.error();
        spec.body.kind = http::RequestBody::Kind::Raw;
        spec.body.raw = data.value();
        spec.body.contentType = QStringLiteral("application/json");
        if (!hasHeader(QStringLiteral("Accept")))
            spec.headers.append(
                {QStringLiteral("Accept"), QStringLiteral("application/json"), true});
        defaultMethod = QStringLiteral("POST");
    }
    if (parser.isSet(QStringLiteral("form"))) {
        spec.body = {};
        spec.body.kind = http::RequestBody::Kind::Multipart;
        for (const QString &item : parser.values(QStringLiteral("form"))) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                return makeError(ErrorCategory::InvalidInput,
                                 tr("The form field '%1' needs the form name=value or "
                                    "name=@file.")
                                     .arg(item));
            }
            http::FormField field;
            field.name = item.left(eq);
            QString value = item.mid(eq + 1);
            if (value.startsWith(QLatin1Char('@'))) {
                QStringList parts = value.mid(1).split(QLatin1Char(';'));
                field.isFile = true;
                field.value = parts.takeFirst();
                for (const QString &part : parts) {
                    if (part.startsWith(QLatin1String("type=")))
                        field.contentType = part.mid(5);
                    else if (part.startsWith(QLatin1String("filename=")))
                        field.fileName = part.mid(9);
                }
                if (!QFileInfo(field.value).isReadable()) {
                    return makeError(ErrorCategory::Io,
                                     tr("The form file '%1' could not be read: check the path.")
                                         .arg(field.value));
                }
            } else {
                field.value = value;
            }
            spec.body.fields.append(field);
        }
        defaultMethod = QStringLiteral("POST");
    }
    spec.method = parser.isSet(QStringLiteral("request")) ? parser.value(QStringLiteral("request"))
                                                          : defaultMethod;
    if (parser.isSet(QStringLiteral("user"))) {
        const QString user = parser.value(QStringLiteral("user"));
        const qsizetype colon = user.indexOf(QLatin1Char(':'));
        spec.auth.kind = parser.isSet(QStringLiteral("digest")) ? http::AuthSpec::Kind::Digest
                                                                : http::AuthSpec::Kind::Basic;
        spec.auth.username = colon < 0 ? user : user.left(colon);
        spec.auth.password = colon < 0 ? QString() : user.mid(colon + 1);
    }
    if (auto applied = SendArgs::applyOptions(parser, spec.options); !applied)
        return applied.error();
    return spec;
}

Result<QList<http::HeaderField>> SendArgs::headers(const QCommandLineParser &parser)
{
    QList<http::HeaderField> headers;
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return makeError(
                ErrorCategory::InvalidInput,
                tr("The header '%1' has no name: write it as 'Name: value'.").arg(line));
        }
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
    }
    return headers;
}

Result<void> SendArgs::applyOptions(const QCommandLineParser &parser, http::RequestOptions &options)
{
    if (parser.isSet(QStringLiteral("location")))
        options.followRedirects = true;
    if (parser.isSet(QStringLiteral("max-redirs")))
        options.maxRedirects = parser.value(QStringLiteral("max-redirs")).toInt();
    if (parser.isSet(QStringLiteral("insecure")))
        options.verifyTls = false;
    if (parser.isSet(QStringLiteral("cacert")))
        options.caFile = parser.value(QStringLiteral("cacert"));
    QString cert = parser.value(QStringLiteral("cert"));
    if (parser.isSet(QStringLiteral("pass")))
        options.clientKeyPassword = parser.value(QStringLiteral("pass"));
    if (const qsizetype colon = cert.lastIndexOf(QLatin1Char(':')); colon > 1) {
        if (!QFileInfo::exists(cert)) { // curl's "file:password"
            options.clientKeyPassword = cert.mid(colon + 1);
            cert = cert.left(colon);
        }
    }
    if (!cert.isEmpty())
        options.clientCertificateFile = cert;
    if (parser.isSet(QStringLiteral("key")))
        options.clientKeyFile = parser.value(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("proxy")))
        options.proxy = parser.value(QStringLiteral("proxy"));
    if (parser.isSet(QStringLiteral("raw")))
        options.decodeContent = false;
    if (parser.isSet(QStringLiteral("strict")))
        options.strict = true;
    const int protocolFlags = int(parser.isSet(QStringLiteral("http1.1"))) +
                              int(parser.isSet(QStringLiteral("http2"))) +
                              int(parser.isSet(QStringLiteral("http2-prior-knowledge")));
    if (protocolFlags > 1)
        return makeError(ErrorCategory::InvalidInput,
                         tr("Give only one of --http1.1, --http2 and --http2-prior-knowledge."));
    if (parser.isSet(QStringLiteral("http1.1")))
        options.protocol = http::HttpProtocol::Http1;
    else if (parser.isSet(QStringLiteral("http2")))
        options.protocol = http::HttpProtocol::Http2;
    else if (parser.isSet(QStringLiteral("http2-prior-knowledge")))
        options.protocol = http::HttpProtocol::Http2PriorKnowledge;
    for (const auto &[name, field] :
         {std::pair{QStringLiteral("max-time"), &http::RequestOptions::totalTimeoutMs},
          std::pair{QStringLiteral("connect-timeout"), &http::RequestOptions::connectTimeoutMs},
          std::pair{QStringLiteral("idle-timeout"), &http::RequestOptions::idleTimeoutMs}}) {
        if (!parser.isSet(name))
            continue;
        const auto value = seconds(parser, name);
        if (!value)
            return value.error();
        options.*field = qMax(1, int(value.value() * 1000));
    }
    return {};
}

} // namespace wb::cli
