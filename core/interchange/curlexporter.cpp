#include "core/interchange/curlexporter.h"

#include "core/interchange/shellwords.h"

#include <QStringDecoder>
#include <QUrl>

#include <cstring>

namespace wb::interchange {

using wb::http::AuthSpec;
using wb::http::RequestBody;

QString CurlExporter::quoteBytes(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return ShellWords::quote(text);
    QString out = QStringLiteral("$'");
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u == '\\' || u == '\'')
            out += QLatin1Char('\\'), out += QLatin1Char(c);
        else if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('\'');
}

QString CurlExporter::printfFormat(const QByteArray &bytes)
{
    QString format;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u == '%')
            format += QStringLiteral("%%");
        else if (u == '\\')
            format += QStringLiteral("\\\\");
        else if (u < 0x20 || u >= 0x7f || u == '\'')
            format += QStringLiteral("\\%1").arg(u, 3, 8, QLatin1Char('0'));
        else
            format += QLatin1Char(c);
    }
    return format;
}

QByteArray CurlExporter::decodePrintfFormat(const QString &format)
{
    QByteArray out;
    const QByteArray f = format.toUtf8();
    for (qsizetype i = 0; i < f.size(); ++i) {
        const char c = f.at(i);
        if (c == '%' && i + 1 < f.size() && f.at(i + 1) == '%') {
            out += '%';
            ++i;
        } else if (c == '\\' && i + 1 < f.size()) {
            const char e = f.at(++i);
            if (e >= '0' && e <= '7') {
                int value = 0, n = 0;
                while (n < 3 && i < f.size() && f.at(i) >= '0' && f.at(i) <= '7')
                    value = value * 8 + (f.at(i++) - '0'), ++n;
                --i;
                out += char(value & 0xff);
            } else {
                static const char from[] = "nrtabfv\\\"";
                static const char to[] = "\n\r\t\a\b\f\v\\\"";
                const char *hit = std::strchr(from, e);
                out += hit && e ? to[hit - from] : e;
            }
        } else {
            out += c;
        }
    }
    return out;
}

QString CurlExporter::toCommand(const wb::http::RequestSpec &spec, Layout layout)
{
    QStringList parts{QStringLiteral("curl")};
    auto add = [&](const QString &option, const QString &value) {
        parts << option + QLatin1Char(' ') + ShellWords::quote(value);
    };
    QString url = spec.url;
    if (spec.auth.kind == AuthSpec::Kind::ApiKey &&
        spec.auth.keyPlace == AuthSpec::ApiKeyPlace::Query) {
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QString::fromLatin1(QUrl::toPercentEncoding(spec.auth.keyName)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(spec.auth.keyValue));
    }
    const bool hasBody = spec.body.kind != RequestBody::Kind::None;
    const bool methodImplied = spec.method == QLatin1String(hasBody ? "POST" : "GET");
    if (!methodImplied)
        add(QStringLiteral("-X"), spec.method);
    if (url.startsWith(QLatin1Char('-')))
        add(QStringLiteral("--url"), url); // not taken for an option
    else
        parts << ShellWords::quote(url);
    bool hasContentType = false;
    for (const auto &h : spec.headers) {
        if (!h.enabled)
            continue;
        hasContentType |= h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        add(QStringLiteral("-H"), h.value.isEmpty() ? h.name + QLatin1Char(';')
                                                    : h.name + QStringLiteral(": ") + h.value);
    }
    switch (spec.auth.kind) {
    case AuthSpec::Kind::None:
        break;
    case AuthSpec::Kind::Basic:
    case AuthSpec::Kind::Digest:
        if (spec.auth.kind == AuthSpec::Kind::Digest)
            parts << QStringLiteral("--digest");
        add(QStringLiteral("-u"), spec.auth.username + QLatin1Char(':') + spec.auth.password);
        break;
    case AuthSpec::Kind::Bearer:
        add(QStringLiteral("--oauth2-bearer"), spec.auth.token);
        break;
    case AuthSpec::Kind::ApiKey:
        if (spec.auth.keyPlace == AuthSpec::ApiKeyPlace::Header)
            add(QStringLiteral("-H"),
                spec.auth.keyName + QStringLiteral(": ") + spec.auth.keyValue);
        break;
    }
    const auto &body = spec.body;
    // curl labels -d data as a form; a body with another type says so explicitly.
    if (!hasContentType &&
        (body.kind == RequestBody::Kind::Raw || body.kind == RequestBody::Kind::File)) {
        const QString type = body.contentType.isEmpty() && body.kind == RequestBody::Kind::Raw
                                 ? QString()
                                 : body.contentType;
        if (!type.isEmpty() && type != QLatin1String("application/x-www-form-urlencoded"))
            add(QStringLiteral("-H"), QStringLiteral("Content-Type: ") + type);
        else if (type.isEmpty() && body.kind == RequestBody::Kind::Raw)
            add(QStringLiteral("-H"), QStringLiteral("Content-Type:"));
    }
    switch (body.kind) {
    case RequestBody::Kind::None:
        break;
    case RequestBody::Kind::Raw:
        // A shell word cannot hold NUL: such a body comes from printf on stdin.
        if (body.raw.contains('\0'))
            parts << QStringLiteral("--data-binary @-");
        else
            parts << QStringLiteral("--data-binary ") + quoteBytes(body.raw);
        break;
    case RequestBody::Kind::File:
        add(QStringLiteral("--data-binary"), QLatin1Char('@') + body.filePath);
        break;
    case RequestBody::Kind::UrlEncoded: {
        for (const auto &f : body.fields) {
            if (f.enabled)
                add(QStringLiteral("--data-urlencode"), f.name + QLatin1Char('=') + f.value);
        }
        break;
    }
    case RequestBody::Kind::Multipart:
        for (const auto &f : body.fields) {
            if (!f.enabled)
                continue;
            if (!f.isFile) {
                // --form-string never reads @file or <file, and keeps ';' in the value.
                add(f.contentType.isEmpty() ? QStringLiteral("--form-string")
                                            : QStringLiteral("-F"),
                    f.name + QLatin1Char('=') + f.value +
                        (f.contentType.isEmpty() ? QString()
                                                 : QStringLiteral(";type=") + f.contentType));
                continue;
            }
            QString value = f.name + QStringLiteral("=@\"") + f.value + QLatin1Char('"');
            if (!f.contentType.isEmpty())
                value += QStringLiteral(";type=") + f.contentType;
            if (!f.fileName.isEmpty())
                value += QStringLiteral(";filename=\"") + f.fileName + QLatin1Char('"');
            add(QStringLiteral("-F"), value);
        }
        break;
    }
    const auto &o = spec.options;
    if (o.followRedirects) {
        parts << QStringLiteral("-L");
        if (o.maxRedirects != wb::http::RequestOptions{}.maxRedirects)
            add(QStringLiteral("--max-redirs"), QString::number(o.maxRedirects));
    }
    if (!o.verifyTls)
        parts << QStringLiteral("-k");
    switch (o.protocol) {
    case wb::http::HttpProtocol::Http1:
        parts << QStringLiteral("--http1.1");
        break;
    case wb::http::HttpProtocol::Http2:
        // curl cannot refuse HTTP/1.1 over TLS; on cleartext HTTP/2-only is prior knowledge.
        parts << (spec.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                      ? QStringLiteral("--http2-prior-knowledge")
                      : QStringLiteral("--http2"));
        break;
    case wb::http::HttpProtocol::Http2PriorKnowledge:
        parts << QStringLiteral("--http2-prior-knowledge");
        break;
    case wb::http::HttpProtocol::Auto:
        break;
    }
    if (!o.caFile.isEmpty())
        add(QStringLiteral("--cacert"), o.caFile);
    if (!o.clientCertificateFile.isEmpty())
        add(QStringLiteral("--cert"), o.clientCertificateFile);
    if (!o.clientKeyFile.isEmpty())
        add(QStringLiteral("--key"), o.clientKeyFile);
    if (!o.proxy.isEmpty())
        o.proxy == QLatin1String("none") ? add(QStringLiteral("--noproxy"), QStringLiteral("*"))
                                         : add(QStringLiteral("--proxy"), o.proxy);
    if (o.connectTimeoutMs != wb::http::RequestOptions{}.connectTimeoutMs && o.connectTimeoutMs > 0)
        add(QStringLiteral("--connect-timeout"), QString::number(o.connectTimeoutMs / 1000.0));
    if (o.totalTimeoutMs > 0)
        add(QStringLiteral("--max-time"), QString::number(o.totalTimeoutMs / 1000.0));
    const QString command =
        parts.join(layout == Layout::MultiLine ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
    if (body.kind == RequestBody::Kind::Raw && body.raw.contains('\0'))
        return QStringLiteral("printf ") + ShellWords::quote(printfFormat(body.raw)) +
               QStringLiteral(" | ") + command;
    return command;
}

} // namespace wb::interchange
