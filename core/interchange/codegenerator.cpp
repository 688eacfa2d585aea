#include "core/interchange/codegenerator.h"

#include "core/interchange/codeliterals.h"
#include "core/interchange/curlexporter.h"
#include "core/interchange/shellwords.h"

#include <QUrl>

namespace wb::interchange {

using wb::http::AuthSpec;
using wb::http::RequestBody;
using wb::http::RequestSpec;

bool GeneratedRequest::hasHeader(const QString &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

GeneratedRequest CodeGenerator::prepare(const RequestSpec &spec)
{
    GeneratedRequest r;
    r.method = spec.method;
    r.url = spec.url;
    r.followRedirects = spec.options.followRedirects;
    r.verifyTls = spec.options.verifyTls;
    r.totalTimeoutMs = spec.options.totalTimeoutMs;
    for (const auto &h : spec.headers) {
        if (h.enabled)
            r.headers.append({h.name, h.value});
    }
    const auto &a = spec.auth;
    const QString authorization = QStringLiteral("Authorization");
    switch (a.kind) {
    case AuthSpec::Kind::None:
        break;
    case AuthSpec::Kind::Basic:
        if (!r.hasHeader(authorization))
            r.headers.append(
                {authorization,
                 QStringLiteral("Basic ") +
                     QString::fromLatin1(
                         (a.username + QLatin1Char(':') + a.password).toUtf8().toBase64())});
        break;
    case AuthSpec::Kind::Bearer:
        if (!r.hasHeader(authorization))
            r.headers.append({authorization, QStringLiteral("Bearer ") + a.token});
        break;
    case AuthSpec::Kind::ApiKey:
        if (a.keyPlace == AuthSpec::ApiKeyPlace::Header) {
            r.headers.append({a.keyName, a.keyValue});
        } else {
            r.url += (r.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                     QString::fromLatin1(QUrl::toPercentEncoding(a.keyName)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(a.keyValue));
        }
        break;
    case AuthSpec::Kind::Digest:
        r.digest = true;
        r.username = a.username;
        r.password = a.password;
        break;
    }
    const auto &b = spec.body;
    r.bodyKind = b.kind;
    const QString contentType = QStringLiteral("Content-Type");
    switch (b.kind) {
    case RequestBody::Kind::None:
        break;
    case RequestBody::Kind::Raw:
    case RequestBody::Kind::File:
        r.body = b.raw;
        r.filePath = b.filePath;
        if (!b.contentType.isEmpty() && !r.hasHeader(contentType))
            r.headers.append({contentType, b.contentType});
        break;
    case RequestBody::Kind::UrlEncoded: {
        QByteArrayList pairs;
        for (const auto &f : b.fields) {
            if (f.enabled)
                pairs << QUrl::toPercentEncoding(f.name) + '=' + QUrl::toPercentEncoding(f.value);
        }
        r.bodyKind = RequestBody::Kind::Raw;
        r.body = pairs.join('&');
        if (!r.hasHeader(contentType))
            r.headers.append({contentType, QStringLiteral("application/x-www-form-urlencoded")});
        break;
    }
    case RequestBody::Kind::Multipart:
        // The library writes Content-Type with its boundary.
        r.headers.removeIf([&](const QPair<QString, QString> &h) {
            return h.first.compare(contentType, Qt::CaseInsensitive) == 0;
        });
        for (const auto &f : b.fields) {
            if (f.enabled)
                r.fields.append(f);
        }
        break;
    }
    return r;
}

QList<CodeGenerator::Language> CodeGenerator::languages()
{
    return {Language::Curl,           Language::HttPie,
            Language::PythonRequests, Language::JavaScriptFetch,
            Language::GoNetHttp,      Language::CSharpHttpClient,
            Language::CppQtNetwork};
}

QString CodeGenerator::displayName(Language language)
{
    switch (language) {
    case Language::Curl:
        return QStringLiteral("cURL");
    case Language::HttPie:
        return QStringLiteral("HTTPie");
    case Language::PythonRequests:
        return QStringLiteral("Python (requests)");
    case Language::JavaScriptFetch:
        return QStringLiteral("JavaScript (fetch)");
    case Language::GoNetHttp:
        return QStringLiteral("Go (net/http)");
    case Language::CSharpHttpClient:
        return QStringLiteral("C# (HttpClient)");
    case Language::CppQtNetwork:
        return QStringLiteral("C++ (Qt Network)");
    }
    return {};
}

QString CodeGenerator::fileSuffix(Language language)
{
    switch (language) {
    case Language::Curl:
    case Language::HttPie:
        return QStringLiteral("sh");
    case Language::PythonRequests:
        return QStringLiteral("py");
    case Language::JavaScriptFetch:
        return QStringLiteral("mjs");
    case Language::GoNetHttp:
        return QStringLiteral("go");
    case Language::CSharpHttpClient:
        return QStringLiteral("cs");
    case Language::CppQtNetwork:
        return QStringLiteral("cpp");
    }
    return {};
}

QString CodeGenerator::generate(const RequestSpec &spec, Language language)
{
    if (language == Language::Curl)
        return CurlExporter::toCommand(spec) + QLatin1Char('\n');
    const GeneratedRequest r = prepare(spec);
    switch (language) {
    case Language::Curl:
        break;
    case Language::HttPie:
        return httpie(r);
    case Language::PythonRequests:
        return python(r);
    case Language::JavaScriptFetch:
        return javaScript(r);
    case Language::GoNetHttp:
        return go(r);
    case Language::CSharpHttpClient:
        return cSharp(r);
    case Language::CppQtNetwork:
        return cppQt(r);
    }
    return {};
}

QString CodeGenerator::httpie(const GeneratedRequest &r)
{
    QStringList args{QStringLiteral("http")};
    QString prefix, suffix;
    const bool binary = r.bodyKind == RequestBody::Kind::Raw && !CodeLiterals::isText(r.body);
    if (binary) {
        // printf writes any bytes from octal escapes; HTTPie sends stdin as the body.
        prefix = QStringLiteral("printf ") + ShellWords::quote(CurlExporter::printfFormat(r.body)) +
                 QStringLiteral(" | ");
    } else if (r.bodyKind == RequestBody::Kind::File) {
        suffix = QStringLiteral(" < ") + ShellWords::quote(r.filePath);
    } else {
        args << QStringLiteral("--ignore-stdin");
    }
    if (r.followRedirects)
        args << QStringLiteral("--follow");
    if (!r.verifyTls)
        args << QStringLiteral("--verify=no");
    if (r.totalTimeoutMs > 0)
        args << QStringLiteral("--timeout=%1").arg(r.totalTimeoutMs / 1000.0);
    if (r.digest)
        args << QStringLiteral("-A digest -a ") +
                    ShellWords::quote(r.username + QLatin1Char(':') + r.password);
    if (r.bodyKind == RequestBody::Kind::Raw && !binary)
        args << QStringLiteral("--raw ") + ShellWords::quote(QString::fromUtf8(r.body));
    if (r.bodyKind == RequestBody::Kind::Multipart)
        args << QStringLiteral("--multipart");
    args << ShellWords::quote(r.method) << ShellWords::quote(r.url);
    for (const auto &h : r.headers)
        args << ShellWords::quote(h.second.isEmpty() ? h.first + QLatin1Char(';')
                                                     : h.first + QLatin1Char(':') + h.second);
    auto itemName = [](QString name) {
        for (const char *special : {"\\", ":", "=", "@"})
            name.replace(QLatin1String(special), QLatin1Char('\\') + QLatin1String(special));
        return name;
    };
    for (const auto &f : r.fields) {
        if (f.isFile)
            args << ShellWords::quote(
                itemName(f.name) + QLatin1Char('@') + f.value +
                (f.contentType.isEmpty() ? QString() : QStringLiteral(";type=") + f.contentType));
        else
            args << ShellWords::quote(itemName(f.name) + QLatin1Char('=') + f.value);
    }
    return prefix + args.join(QStringLiteral(" \\\n  ")) + suffix + QLatin1Char('\n');
}

} // namespace wb::interchange
