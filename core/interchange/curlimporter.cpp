#include "core/interchange/curlimporter.h"

#include "core/common/duration.h"
#include "core/interchange/curlexporter.h"
#include "core/interchange/jsonsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <optional>

namespace wb::interchange {

using wb::http::AuthSpec;
using wb::http::FormField;
using wb::http::HeaderField;
using wb::http::RequestBody;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::interchange", text);
}

// curl's options that take a value, long name first, then the short letter (or 0).
struct OptionInfo
{
    const char *longName;
    char shortName;
};

constexpr OptionInfo valueOptions[] = {
    {"request", 'X'},
    {"header", 'H'},
    {"data", 'd'},
    {"data-ascii", 0},
    {"data-raw", 0},
    {"data-binary", 0},
    {"data-urlencode", 0},
    {"json", 0},
    {"form", 'F'},
    {"form-string", 0},
    {"user", 'u'},
    {"cookie", 'b'},
    {"url", 0},
    {"user-agent", 'A'},
    {"referer", 'e'},
    {"output", 'o'},
    {"write-out", 'w'},
    {"connect-timeout", 0},
    {"max-time", 'm'},
    {"max-redirs", 0},
    {"cacert", 0},
    {"cert", 'E'},
    {"key", 0},
    {"pass", 0},
    {"proxy", 'x'},
    {"cookie-jar", 'c'},
    {"dump-header", 'D'},
    {"retry", 0},
    {"resolve", 0},
    {"oauth2-bearer", 0},
    {"upload-file", 'T'},
    {"range", 'r'},
    {"unix-socket", 0},
    {"cert-type", 0},
    {"key-type", 0},
    {"limit-rate", 0},
    {"interface", 0},
    {"connect-to", 0},
    {"trace", 0},
    {"trace-ascii", 0},
    {"config", 'K'},
    {"proxy-user", 'U'},
    {"aws-sigv4", 0},
    {"netrc-file", 0},
    {"retry-delay", 0},
    {"retry-max-time", 0},
    {"speed-limit", 'Y'},
    {"speed-time", 'y'},
    {"expect100-timeout", 0},
    {"keepalive-time", 0},
    {"time-cond", 'z'},
    {"variable", 0},
    {"url-query", 0},
    {"noproxy", 0},
};

// Options without a value that change nothing in the request.
constexpr const char *harmlessFlags[] = {
    "silent",
    "show-error",
    "verbose",
    "include",
    "fail",
    "fail-with-body",
    "progress-bar",
    "no-progress-meter",
    "globoff",
    "tlsv1",
    "tlsv1.0",
    "tlsv1.1",
    "tlsv1.2",
    "tlsv1.3",
    "no-buffer",
    "raw",
    "remote-name",
    "remote-header-name",
    "no-keepalive",
    "tcp-nodelay",
    "path-as-is",
    "ssl-no-revoke",
    "create-dirs",
    "remote-time",
    "disable",
    "ipv4",
    "ipv6",
    "styled-output",
    "no-styled-output",
    "fail-early",
    "no-alpn",
    "no-npn",
    "junk-session-cookies",
    "location-trusted",
    "anyauth",
    "no-sessionid",
    "post301",
    "post302",
    "post303",
    "proto-default",
    "ssl",
    "ssl-reqd",
    "netrc",
    "netrc-optional",
    "no-netrc",
    "sslv2",
    "sslv3",
};

constexpr struct
{
    char letter;
    const char *longName;
} shortFlags[] = {
    {'s', "silent"},
    {'S', "show-error"},
    {'v', "verbose"},
    {'i', "include"},
    {'f', "fail"},
    {'L', "location"},
    {'k', "insecure"},
    {'G', "get"},
    {'I', "head"},
    {'O', "remote-name"},
    {'J', "remote-header-name"},
    {'g', "globoff"},
    {'N', "no-buffer"},
    {'#', "progress-bar"},
    {'0', "http1.0"},
    {'1', "tlsv1"},
    {'4', "ipv4"},
    {'6', "ipv6"},
    {'q', "disable"},
    {'n', "netrc"},
    {'R', "remote-time"},
    {'j', "junk-session-cookies"},
    {'Z', "parallel"},
};

const char *longForShort(char letter, bool *takesValue)
{
    for (const auto &o : valueOptions) {
        if (o.shortName == letter) {
            *takesValue = true;
            return o.longName;
        }
    }
    for (const auto &f : shortFlags) {
        if (f.letter == letter) {
            *takesValue = false;
            return f.longName;
        }
    }
    return nullptr;
}

bool takesValue(const QString &longName)
{
    for (const auto &o : valueOptions) {
        if (longName == QLatin1String(o.longName))
            return true;
    }
    return false;
}

// As curl encodes --data-urlencode and --url-query content: every byte but ALPHA, DIGIT and
// "-._~" percent-encoded in upper case, and a space as '+'.
QString urlEncode(const QByteArray &bytes)
{
    QByteArray encoded = bytes.toPercentEncoding(" ");
    encoded.replace(' ', '+');
    return QString::fromLatin1(encoded);
}

QString urlEncode(const QString &value)
{
    return urlEncode(ShellWords::toBytes(value));
}

// The bytes of a file named in the command (@file), read as curl reads it when it runs: a
// regular file of at most 64 MiB (a device or a larger file is left where it is).
std::optional<QByteArray> readNamedFile(const QString &path)
{
    constexpr qint64 limit = qint64(64) << 20;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || info.size() > limit || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return std::nullopt;
    return bytes;
}

// -d @file and --data-ascii @file: curl drops carriage returns and line feeds.
QByteArray withoutLineBreaks(QByteArray bytes)
{
    bytes.removeIf([](char c) { return c == '\r' || c == '\n'; });
    return bytes;
}

// --data-urlencode's forms: content, =content, name=content, @file, name@file.
QString dataUrlencode(const QString &value, QStringList *warnings)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at >= 0 && (eq < 0 || at < eq)) {
        const QString name = value.left(at);
        const QString path = value.mid(at + 1);
        const QString prefix = at > 0 ? name + QLatin1Char('=') : QString();
        if (const auto bytes = readNamedFile(path))
            return prefix + urlEncode(*bytes); // the whole file, line breaks included
        warnings->append(tr("--data-urlencode %1: the file %2 could not be read, so its path "
                            "was sent as the value.")
                             .arg(value, path));
        return prefix + urlEncode(path);
    }
    if (eq < 0)
        return urlEncode(value);
    if (eq == 0)
        return urlEncode(value.mid(1));
    return value.left(eq) + QLatin1Char('=') + urlEncode(value.mid(eq + 1));
}

// The Content-Type curl gives a file part without ;type=, from the part's file name.
QString curlFileContentType(const QString &fileName)
{
    static const char *const types[][2] = {
        {".gif", "image/gif"},       {".jpg", "image/jpeg"},    {".jpeg", "image/jpeg"},
        {".png", "image/png"},       {".svg", "image/svg+xml"}, {".txt", "text/plain"},
        {".htm", "text/html"},       {".html", "text/html"},    {".pdf", "application/pdf"},
        {".xml", "application/xml"},
    };
    for (const auto &type : types) {
        if (fileName.endsWith(QLatin1String(type[0]), Qt::CaseInsensitive))
            return QLatin1String(type[1]);
    }
    return QStringLiteral("application/octet-stream");
}

// -F's forms: name=value, name=@file[;type=..][;filename=..], name=<file.
FormField formField(const QString &value, bool literal, QStringList *warnings)
{
    FormField f;
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    f.name = eq < 0 ? value : value.left(eq);
    QString content = eq < 0 ? QString() : value.mid(eq + 1);
    if (literal) {
        f.value = content;
        return f;
    }
    if (content.startsWith(QLatin1Char('@')) || content.startsWith(QLatin1Char('<'))) {
        const bool asText = content.startsWith(QLatin1Char('<'));
        QStringList parts = content.mid(1).split(QLatin1Char(';'));
        QString path = parts.takeFirst();
        if (path.startsWith(QLatin1Char('"')) && path.endsWith(QLatin1Char('"')) && path.size() > 1)
            path = path.mid(1, path.size() - 2);
        f.isFile = true;
        f.value = path;
        for (const QString &p : parts) {
            if (p.startsWith(QLatin1String("type=")))
                f.contentType = p.mid(5);
            else if (p.startsWith(QLatin1String("filename=")))
                f.fileName = p.mid(9).remove(QLatin1Char('"'));
        }
        if (asText) {
            if (const auto bytes = readNamedFile(path)) {
                f.isFile = false;
                f.value = ShellWords::fromBytes(*bytes);
                f.fileName.clear();
                return f;
            }
            warnings->append(tr("-F %1=<%2: the file could not be read, so it is sent as a file "
                                "part when it is there.")
                                 .arg(f.name, path));
        }
        if (f.contentType.isEmpty())
            f.contentType =
                curlFileContentType(f.fileName.isEmpty() ? QFileInfo(path).fileName() : f.fileName);
        return f;
    }
    const qsizetype semi = content.indexOf(QLatin1String(";type="));
    if (semi >= 0) {
        f.contentType = content.mid(semi + 6);
        content.truncate(semi);
    }
    f.value = content;
    return f;
}

bool hasHeader(const QList<HeaderField> &headers, const QString &name)
{
    for (const auto &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

Result<CurlImport> CurlImporter::parse(const QString &command, ShellWords::Dialect dialect)
{
    QString text = command.trimmed();
    if (text.startsWith(QLatin1String("$ ")))
        text = text.mid(2);
    const auto words = ShellWords::split(text, dialect);
    if (!words)
        return words.error();
    // "printf FORMAT | curl ... --data-binary @-" sends bytes a shell word cannot hold.
    const QStringList &w = words.value();
    if (w.size() > 3 && w.at(0) == QLatin1String("printf") && w.at(2) == QLatin1String("|"))
        return parseArguments(w.mid(3), CurlExporter::decodePrintfFormat(w.at(1)));
    return parseArguments(w);
}

Result<CurlImport> CurlImporter::parseArguments(const QStringList &args,
                                                const QByteArray &stdinData)
{
    const QString what = tr("curl command");
    if (args.isEmpty() ||
        !(args.first() == QLatin1String("curl") || args.first().endsWith(QLatin1String("/curl")) ||
          args.first().endsWith(QLatin1String("curl.exe"))))
        return JsonSource::importError(what, tr("word 1"), tr("the command must start with curl"));

    CurlImport result;
    auto &spec = result.spec;
    auto &warnings = result.warnings;
    spec.options.followRedirects = false; // curl follows redirects only with -L
    QString method;
    // The -d pieces in order, joined with '&'; a --data-binary or --json @file stays a file when
    // it is the only piece (sent byte for byte from the file, as curl does).
    struct DataPiece
    {
        QString text;
        QString binaryFile;
    };
    QList<DataPiece> data;
    bool getData = false, head = false, digest = false, compressed = false, json = false;
    bool hasData = false;
    QString uploadFile, user;
    QStringList cookies;     // -b name=value, sent as one Cookie header as curl does
    qsizetype cookieAt = -1; // where it goes among the headers
    QStringList notImported; // options curl knows (or not) that change nothing here
    QList<FormField> form;
    QStringList urls;
    QStringList removed;  // headers removed with -H "Name:"
    QStringList urlQuery; // --url-query, encoded like --data-urlencode

    // Expand "-sSL", "-XPOST", "--opt=value" into (name, value) pairs.
    bool endOfOptions = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString arg = args.at(i);
        QString name, value;
        bool hasValue = false;
        if (endOfOptions || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            urls << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            endOfOptions = true;
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            name = arg.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq > 0 && takesValue(name.left(eq))) {
                value = name.mid(eq + 1);
                name.truncate(eq);
                hasValue = true;
            }
            if (takesValue(name) && !hasValue) {
                if (i + 1 >= args.size())
                    return JsonSource::importError(what, tr("word %1").arg(i + 1),
                                                   tr("%1 needs a value").arg(arg));
                value = args.at(++i);
            }
        } else {
            // Short options: flags may be grouped; a value option takes the rest or the next word.
            bool handled = false;
            for (qsizetype k = 1; k < arg.size(); ++k) {
                bool needsValue = false;
                const char *longName = longForShort(char(arg.at(k).toLatin1()), &needsValue);
                if (!longName) {
                    notImported << QStringLiteral("-") + arg.at(k);
                    continue;
                }
                name = QLatin1String(longName);
                if (needsValue) {
                    if (k + 1 < arg.size()) {
                        value = arg.mid(k + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.at(++i);
                    } else {
                        return JsonSource::importError(what, tr("word %1").arg(i + 1),
                                                       tr("-%1 needs a value").arg(arg.at(k)));
                    }
                    break;
                }
                if (k + 1 < arg.size()) {
                    // A grouped flag: apply it now through the same path as a long flag.
                    if (name == QLatin1String("location"))
                        spec.options.followRedirects = true;
                    else if (name == QLatin1String("insecure"))
                        spec.options.verifyTls = false;
                    else if (name == QLatin1String("get"))
                        getData = true;
                    else if (name == QLatin1String("head"))
                        head = true;
                    handled = true;
                    name.clear();
                }
            }
            if (name.isEmpty() && handled)
                continue;
            if (name.isEmpty())
                continue;
        }

        if (name == QLatin1String("request")) {
            method = value;
        } else if (name == QLatin1String("header")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon < 0 && value.endsWith(QLatin1Char(';'))) {
                spec.headers.append({value.chopped(1).trimmed(), QString()});
            } else if (colon > 0) {
                const QString v = value.mid(colon + 1).trimmed();
                if (v.isEmpty())
                    removed << value.left(colon).trimmed().toLower();
                else
                    spec.headers.append({value.left(colon).trimmed(), v});
            } else {
                warnings << tr("-H \"%1\" is not a header line and was ignored.").arg(value);
            }
        } else if (name == QLatin1String("data") || name == QLatin1String("data-ascii") ||
                   name == QLatin1String("data-binary") || name == QLatin1String("json")) {
            hasData = true;
            json |= name == QLatin1String("json");
            // -d and --data-ascii read a file without its line breaks; the others as it is.
            const bool binary =
                name == QLatin1String("data-binary") || name == QLatin1String("json");
            if (value == QLatin1String("@-") && !stdinData.isNull()) {
                data.append(
                    {ShellWords::fromBytes(binary ? stdinData : withoutLineBreaks(stdinData)), {}});
            } else if (value.startsWith(QLatin1Char('@'))) {
                const QString path = value.mid(1);
                if (binary) {
                    data.append({{}, path});
                } else if (const auto bytes = readNamedFile(path)) {
                    data.append({ShellWords::fromBytes(withoutLineBreaks(*bytes)), {}});
                } else {
                    // Sent from the file when it is there, but with its line breaks.
                    data.append({{}, path});
                    warnings << tr("The file %1 could not be read: curl sends it without its "
                                   "line breaks, and Wirebench will send it as it is.")
                                    .arg(path);
                }
            } else {
                data.append({value, {}});
            }
        } else if (name == QLatin1String("data-raw")) {
            hasData = true;
            data.append({value, {}});
        } else if (name == QLatin1String("url-query")) {
            // "+name=value" is appended as it is; other forms are encoded as --data-urlencode.
            urlQuery << (value.startsWith(QLatin1Char('+')) ? value.mid(1)
                                                            : dataUrlencode(value, &warnings));
        } else if (name == QLatin1String("data-urlencode")) {
            hasData = true;
            data.append({dataUrlencode(value, &warnings), {}});
        } else if (name == QLatin1String("form") || name == QLatin1String("form-string")) {
            form.append(formField(value, name == QLatin1String("form-string"), &warnings));
        } else if (name == QLatin1String("user")) {
            user = value;
            if (!value.contains(QLatin1Char(':'))) {
                warnings << tr("-u %1 gives no password: curl asks for it when it runs (and "
                               "sends an empty one without a terminal). It was imported empty; "
                               "set it in the request's authorization.")
                                .arg(value);
            }
        } else if (name == QLatin1String("digest")) {
            digest = true;
        } else if (name == QLatin1String("basic")) {
            digest = false;
        } else if (name == QLatin1String("oauth2-bearer")) {
            spec.auth.kind = AuthSpec::Kind::Bearer;
            spec.auth.token = value;
        } else if (name == QLatin1String("cookie")) {
            if (value.contains(QLatin1Char('='))) {
                if (cookieAt < 0)
                    cookieAt = spec.headers.size();
                cookies << value;
            } else {
                warnings << tr("-b %1 reads cookies from a file; it was ignored.").arg(value);
            }
        } else if (name == QLatin1String("http1.1")) {
            spec.options.protocol = http::HttpProtocol::Http1;
        } else if (name == QLatin1String("http2")) {
            spec.options.protocol =
                http::HttpProtocol::Auto; // curl's --http2: h2 by ALPN, else 1.1
        } else if (name == QLatin1String("http2-prior-knowledge")) {
            spec.options.protocol = http::HttpProtocol::Http2PriorKnowledge;
        } else if (name == QLatin1String("compressed")) {
            compressed = true;
        } else if (name == QLatin1String("insecure")) {
            spec.options.verifyTls = false;
        } else if (name == QLatin1String("location")) {
            spec.options.followRedirects = true;
        } else if (name == QLatin1String("max-redirs")) {
            spec.options.maxRedirects = value.toInt();
        } else if (name == QLatin1String("url")) {
            urls << value;
        } else if (name == QLatin1String("get")) {
            getData = true;
        } else if (name == QLatin1String("head")) {
            head = true;
        } else if (name == QLatin1String("user-agent")) {
            spec.headers.append({QStringLiteral("User-Agent"), value});
        } else if (name == QLatin1String("referer")) {
            spec.headers.append({QStringLiteral("Referer"), value});
        } else if (name == QLatin1String("connect-timeout")) {
            spec.options.connectTimeoutMs = secondsToMs(value.toDouble());
        } else if (name == QLatin1String("max-time")) {
            spec.options.totalTimeoutMs = secondsToMs(value.toDouble());
        } else if (name == QLatin1String("cacert")) {
            spec.options.caFile = value;
        } else if (name == QLatin1String("cert")) {
            spec.options.clientCertificateFile = value;
        } else if (name == QLatin1String("key")) {
            spec.options.clientKeyFile = value;
        } else if (name == QLatin1String("pass")) {
            spec.options.clientKeyPassword = value;
        } else if (name == QLatin1String("proxy")) {
            spec.options.proxy = value;
        } else if (name == QLatin1String("noproxy")) {
            spec.options.proxy = QStringLiteral("none");
        } else if (name == QLatin1String("upload-file")) {
            uploadFile = value;
        } else if (name == QLatin1String("range")) {
            spec.headers.append({QStringLiteral("Range"), QStringLiteral("bytes=") + value});
        } else if (name == QLatin1String("output") || name == QLatin1String("write-out") ||
                   name == QLatin1String("cookie-jar") || name == QLatin1String("dump-header") ||
                   name == QLatin1String("retry") || name == QLatin1String("retry-delay") ||
                   name == QLatin1String("retry-max-time") || name == QLatin1String("limit-rate") ||
                   name == QLatin1String("trace") || name == QLatin1String("trace-ascii")) {
            // Local output and retry policy: nothing to do with the request itself.
        } else if (takesValue(name)) {
            notImported << QStringLiteral("--%1 %2").arg(name, ShellWords::quote(value));
        } else {
            bool harmless = false;
            for (const char *flag : harmlessFlags)
                harmless |= name == QLatin1String(flag);
            if (!harmless)
                notImported << QStringLiteral("--") + name;
        }
    }
    if (!notImported.isEmpty()) {
        warnings << tr("Not imported (unknown, or nothing Wirebench sends): %1.")
                        .arg(notImported.join(QStringLiteral(", ")));
    }
    // curl sends every -b in one header, joined with ';'.
    if (!cookies.isEmpty())
        spec.headers.insert(cookieAt, {QStringLiteral("Cookie"), cookies.join(QLatin1Char(';'))});

    if (urls.isEmpty())
        return JsonSource::importError(what, tr("the end"), tr("the command has no URL"));
    if (urls.size() > 1)
        warnings
            << tr("The command has %1 URLs; only the first one was imported.").arg(urls.size());
    spec.url = urls.first();
    if (!spec.url.contains(QLatin1String("://")) && !spec.url.startsWith(QLatin1Char('{')))
        spec.url.prepend(QStringLiteral("http://"));

    if (!user.isEmpty()) {
        const qsizetype colon = user.indexOf(QLatin1Char(':'));
        spec.auth.kind = digest ? AuthSpec::Kind::Digest : AuthSpec::Kind::Basic;
        spec.auth.username = colon < 0 ? user : user.left(colon);
        spec.auth.password = colon < 0 ? QString() : user.mid(colon + 1);
    }
    if (compressed && !hasHeader(spec.headers, QStringLiteral("Accept-Encoding")))
        spec.headers.append(
            {QStringLiteral("Accept-Encoding"), QStringLiteral("deflate, gzip, br, zstd")});

    if (!urlQuery.isEmpty())
        spec.url += (spec.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                    urlQuery.join(QLatin1Char('&'));
    QString defaultMethod = QStringLiteral("GET");
    // A lone --data-binary @file is sent from the file; otherwise every piece is text.
    QString dataFile;
    if (data.size() == 1 && !data.first().binaryFile.isEmpty() && !getData) {
        dataFile = data.first().binaryFile;
    }
    QStringList pieces;
    for (const DataPiece &piece : std::as_const(data)) {
        if (piece.binaryFile.isEmpty()) {
            pieces << piece.text;
        } else if (dataFile.isEmpty()) {
            if (const auto bytes = readNamedFile(piece.binaryFile))
                pieces << ShellWords::fromBytes(*bytes);
            else
                warnings << tr("The file %1 could not be read and was left out of the data: "
                               "Wirebench sends one body, from text or from a file.")
                                .arg(piece.binaryFile);
        }
    }
    const QString joined = pieces.join(QLatin1Char('&'));
    const bool dataFromFile = !dataFile.isEmpty();
    if (getData) {
        if (!joined.isEmpty())
            spec.url +=
                (spec.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                joined;
    } else if (!form.isEmpty()) {
        spec.body.kind = RequestBody::Kind::Multipart;
        spec.body.fields = form;
        defaultMethod = QStringLiteral("POST");
    } else if (dataFromFile) {
        spec.body.kind = RequestBody::Kind::File;
        spec.body.filePath = dataFile;
        defaultMethod = QStringLiteral("POST");
    } else if (hasData) {
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = ShellWords::toBytes(joined);
        defaultMethod = QStringLiteral("POST");
    } else if (!uploadFile.isEmpty()) {
        spec.body.kind = RequestBody::Kind::File;
        spec.body.filePath = uploadFile;
        defaultMethod = QStringLiteral("PUT");
    }
    if (spec.body.kind == RequestBody::Kind::Raw || spec.body.kind == RequestBody::Kind::File) {
        // Every -d form implies the form content type, as curl sends it; -T implies none.
        spec.body.contentType = json ? QStringLiteral("application/json")
                                     : (spec.body.kind == RequestBody::Kind::Raw || dataFromFile
                                            ? QStringLiteral("application/x-www-form-urlencoded")
                                            : QString());
        if ((!uploadFile.isEmpty() && !dataFromFile) ||
            removed.contains(QLatin1String("content-type")))
            spec.body.contentType.clear();
        for (const auto &h : spec.headers) {
            if (h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                spec.body.contentType = h.value;
        }
    }
    // The engine adds these itself (as curl does, but without a way to leave them out).
    static const QStringList ownHeaders{QStringLiteral("host"), QStringLiteral("user-agent"),
                                        QStringLiteral("accept"),
                                        QStringLiteral("accept-encoding")};
    for (const QString &name : removed) {
        if (name == QLatin1String("content-type"))
            continue;
        if (ownHeaders.contains(name))
            warnings << tr("-H \"%1:\" makes curl send no %1 header; Wirebench still sends its "
                           "own.")
                            .arg(name);
        else
            warnings << tr("-H \"%1:\" removes a header curl adds by itself; Wirebench does not "
                           "add it either.")
                            .arg(name);
    }
    if (json && !hasHeader(spec.headers, QStringLiteral("Accept")))
        spec.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    if (head)
        defaultMethod = QStringLiteral("HEAD");
    spec.method = method.isEmpty() ? defaultMethod : method;
    return result;
}

} // namespace wb::interchange
