#pragma once

#include "core/http/requestspec.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace wb::interchange {

// The request as generated code must send it: auth turned into headers or URL parameters,
// form bodies encoded, the body's Content-Type made explicit.
struct GeneratedRequest
{
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers; // in order, duplicates kept
    wb::http::RequestBody::Kind bodyKind = wb::http::RequestBody::Kind::None;
    QByteArray body;                   // Raw and UrlEncoded (encoded)
    QString filePath;                  // File
    QList<wb::http::FormField> fields; // Multipart (enabled fields only)
    bool digest = false;               // Digest auth with username/password
    QString username;
    QString password;
    bool followRedirects = true;
    bool verifyTls = true;
    int totalTimeoutMs = 0;

    bool hasHeader(const QString &name) const;
};

// Source code that sends a request: cURL, HTTPie, Python requests, JavaScript fetch, Go
// net/http, C# HttpClient, C++ with Qt Network. Each program prints the status and the body.
class CodeGenerator
{
public:
    enum class Language {
        Curl,
        HttPie,
        PythonRequests,
        JavaScriptFetch,
        GoNetHttp,
        CSharpHttpClient,
        CppQtNetwork
    };

    static QString generate(const wb::http::RequestSpec &spec, Language language);
    static GeneratedRequest prepare(const wb::http::RequestSpec &spec);
    static QList<Language> languages();
    static QString displayName(Language language);
    static QString fileSuffix(Language language);

private:
    static QString httpie(const GeneratedRequest &r);
    static QString python(const GeneratedRequest &r);
    static QString javaScript(const GeneratedRequest &r);
    static QString go(const GeneratedRequest &r);
    static QString cSharp(const GeneratedRequest &r);
    static QString cppQt(const GeneratedRequest &r);
};

} // namespace wb::interchange
