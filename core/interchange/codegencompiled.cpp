// Go net/http, C# HttpClient and C++ Qt Network generators of CodeGenerator.

#include "core/interchange/codegenerator.h"
#include "core/interchange/codeliterals.h"

#include <QFileInfo>
#include <QSet>

namespace wb::interchange {

using wb::http::RequestBody;

namespace {

QString fileName(const wb::http::FormField &f)
{
    return f.fileName.isEmpty() ? QFileInfo(f.value).fileName() : f.fileName;
}

QString goString(const QString &text)
{
    return CodeLiterals::go(text.toUtf8());
}

bool isContentHeader(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("content-type"),
        QStringLiteral("content-length"),
        QStringLiteral("content-encoding"),
        QStringLiteral("content-language"),
        QStringLiteral("content-disposition"),
        QStringLiteral("content-location"),
        QStringLiteral("content-md5"),
        QStringLiteral("content-range"),
        QStringLiteral("expires"),
        QStringLiteral("last-modified"),
    };
    return names.contains(name.toLower());
}

QString csBytes(const QByteArray &bytes)
{
    if (CodeLiterals::isText(bytes))
        return QStringLiteral("Encoding.UTF8.GetBytes(%1)")
            .arg(CodeLiterals::cSharp(QString::fromUtf8(bytes)));
    QStringList list;
    for (const char c : bytes)
        list << QStringLiteral("0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("new byte[] { %1 }").arg(list.join(QStringLiteral(", ")));
}

QString cppBytes(const QByteArray &bytes)
{
    return QStringLiteral("QByteArray(%1, %2)").arg(CodeLiterals::cpp(bytes)).arg(bytes.size());
}

} // namespace

QString CodeGenerator::go(const GeneratedRequest &r)
{
    QSet<QString> imports{QStringLiteral("fmt"), QStringLiteral("io"), QStringLiteral("net/http")};
    QString setup, bodyExpr = QStringLiteral("nil"), afterRequest;
    switch (r.bodyKind) {
    case RequestBody::Kind::None:
    case RequestBody::Kind::UrlEncoded:
        break;
    case RequestBody::Kind::Raw:
        imports << QStringLiteral("bytes");
        setup +=
            QStringLiteral("\tbody := bytes.NewReader([]byte(%1))\n").arg(CodeLiterals::go(r.body));
        bodyExpr = QStringLiteral("body");
        break;
    case RequestBody::Kind::File:
        imports << QStringLiteral("os");
        setup +=
            QStringLiteral("\tbody, err := os.Open(%1)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n"
                           "\tdefer body.Close()\n")
                .arg(goString(r.filePath));
        bodyExpr = QStringLiteral("body");
        break;
    case RequestBody::Kind::Multipart:
        imports << QStringLiteral("bytes") << QStringLiteral("mime/multipart")
                << QStringLiteral("net/textproto");
        setup += QStringLiteral("\tvar body bytes.Buffer\n\tform := multipart.NewWriter(&body)\n");
        for (const auto &f : r.fields) {
            QString disposition = QStringLiteral("form-data; name=\"%1\"").arg(f.name);
            if (f.isFile)
                disposition += QStringLiteral("; filename=\"%1\"").arg(fileName(f));
            setup += QStringLiteral("\t{\n\t\theader := textproto.MIMEHeader{}\n"
                                    "\t\theader.Set(\"Content-Disposition\", %1)\n")
                         .arg(goString(disposition));
            const QString type = f.contentType.isEmpty() && f.isFile
                                     ? QStringLiteral("application/octet-stream")
                                     : f.contentType;
            if (!type.isEmpty())
                setup +=
                    QStringLiteral("\t\theader.Set(\"Content-Type\", %1)\n").arg(goString(type));
            setup += QStringLiteral("\t\tpart, err := form.CreatePart(header)\n"
                                    "\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n");
            if (f.isFile) {
                imports << QStringLiteral("os");
                setup += QStringLiteral("\t\tcontent, err := os.ReadFile(%1)\n"
                                        "\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n"
                                        "\t\tpart.Write(content)\n")
                             .arg(goString(f.value));
            } else {
                setup += QStringLiteral("\t\tpart.Write([]byte(%1))\n").arg(goString(f.value));
            }
            setup += QStringLiteral("\t}\n");
        }
        setup += QStringLiteral("\tform.Close()\n");
        bodyExpr = QStringLiteral("&body");
        afterRequest +=
            QStringLiteral("\treq.Header.Set(\"Content-Type\", form.FormDataContentType())\n");
        break;
    }
    QString client = QStringLiteral("\tclient := &http.Client{}\n");
    if (!r.followRedirects)
        client +=
            QStringLiteral("\tclient.CheckRedirect = func(*http.Request, []*http.Request) error "
                           "{\n\t\treturn http.ErrUseLastResponse\n\t}\n");
    if (!r.verifyTls) {
        imports << QStringLiteral("crypto/tls");
        client += QStringLiteral("\tclient.Transport = &http.Transport{TLSClientConfig: "
                                 "&tls.Config{InsecureSkipVerify: true}}\n");
    }
    if (r.totalTimeoutMs > 0) {
        imports << QStringLiteral("time");
        client +=
            QStringLiteral("\tclient.Timeout = %1 * time.Millisecond\n").arg(r.totalTimeoutMs);
    }
    QStringList sorted(imports.cbegin(), imports.cend());
    sorted.sort();
    QString code = QStringLiteral("package main\n\nimport (\n");
    for (const QString &i : sorted)
        code += QStringLiteral("\t\"%1\"\n").arg(i);
    code += QStringLiteral(")\n\nfunc main() {\n") + setup;
    code +=
        QStringLiteral(
            "\treq, err := http.NewRequest(%1, %2, %3)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n")
            .arg(goString(r.method), goString(r.url), bodyExpr);
    for (const auto &h : r.headers) {
        if (h.first.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0)
            code += QStringLiteral("\treq.Host = %1\n").arg(goString(h.second));
        else // assigning the map keeps the name's case as written
            code += QStringLiteral("\treq.Header[%1] = append(req.Header[%1], %2)\n")
                        .arg(goString(h.first), goString(h.second));
    }
    code += afterRequest;
    if (r.digest)
        code += QStringLiteral("\t// net/http has no Digest authentication; user %1.\n")
                    .arg(goString(r.username));
    code += client;
    code += QStringLiteral("\tresp, err := client.Do(req)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n"
                           "\tdefer resp.Body.Close()\n\tdata, err := io.ReadAll(resp.Body)\n"
                           "\tif err != nil {\n\t\tpanic(err)\n\t}\n"
                           "\tfmt.Println(resp.StatusCode)\n\tfmt.Println(string(data))\n}\n");
    return code;
}

QString CodeGenerator::cSharp(const GeneratedRequest &r)
{
    QString code = QStringLiteral("using System;\nusing System.IO;\nusing System.Net;\nusing "
                                  "System.Net.Http;\nusing System.Net.Http.Headers;\nusing "
                                  "System.Text;\n\n");
    code += QStringLiteral("var handler = new HttpClientHandler { AllowAutoRedirect = %1 };\n")
                .arg(r.followRedirects ? QStringLiteral("true") : QStringLiteral("false"));
    if (!r.verifyTls)
        code +=
            QStringLiteral("handler.ServerCertificateCustomValidationCallback =\n"
                           "    HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;\n");
    if (r.digest)
        code += QStringLiteral("handler.Credentials = new NetworkCredential(%1, %2);\n")
                    .arg(CodeLiterals::cSharp(r.username), CodeLiterals::cSharp(r.password));
    code += QStringLiteral("using var client = new HttpClient(handler);\n");
    if (r.totalTimeoutMs > 0)
        code += QStringLiteral("client.Timeout = TimeSpan.FromMilliseconds(%1);\n")
                    .arg(r.totalTimeoutMs);
    code += QStringLiteral("using var request = new HttpRequestMessage(new HttpMethod(%1), %2);\n")
                .arg(CodeLiterals::cSharp(r.method), CodeLiterals::cSharp(r.url));
    switch (r.bodyKind) {
    case RequestBody::Kind::None:
    case RequestBody::Kind::UrlEncoded:
        break;
    case RequestBody::Kind::Raw:
        code +=
            QStringLiteral("request.Content = new ByteArrayContent(%1);\n").arg(csBytes(r.body));
        break;
    case RequestBody::Kind::File:
        code += QStringLiteral("request.Content = new StreamContent(File.OpenRead(%1));\n")
                    .arg(CodeLiterals::cSharp(r.filePath));
        break;
    case RequestBody::Kind::Multipart:
        code += QStringLiteral("var form = new MultipartFormDataContent();\n");
        for (const auto &f : r.fields) {
            code += QStringLiteral("{\n    var part = new ByteArrayContent(%1);\n")
                        .arg(f.isFile ? QStringLiteral("File.ReadAllBytes(%1)")
                                            .arg(CodeLiterals::cSharp(f.value))
                                      : csBytes(f.value.toUtf8()));
            if (!f.contentType.isEmpty())
                code += QStringLiteral(
                            "    part.Headers.ContentType = MediaTypeHeaderValue.Parse(%1);\n")
                            .arg(CodeLiterals::cSharp(f.contentType));
            if (f.isFile)
                code += QStringLiteral("    form.Add(part, %1, %2);\n}\n")
                            .arg(CodeLiterals::cSharp(f.name), CodeLiterals::cSharp(fileName(f)));
            else
                code += QStringLiteral("    form.Add(part, %1);\n}\n")
                            .arg(CodeLiterals::cSharp(f.name));
        }
        code += QStringLiteral("request.Content = form;\n");
        break;
    }
    for (const auto &h : r.headers) {
        if (isContentHeader(h.first)) {
            code +=
                QStringLiteral("request.Content ??= new ByteArrayContent(Array.Empty<byte>());\n"
                               "request.Content.Headers.Remove(%1);\n"
                               "request.Content.Headers.TryAddWithoutValidation(%1, %2);\n")
                    .arg(CodeLiterals::cSharp(h.first), CodeLiterals::cSharp(h.second));
        } else {
            code += QStringLiteral("request.Headers.TryAddWithoutValidation(%1, %2);\n")
                        .arg(CodeLiterals::cSharp(h.first), CodeLiterals::cSharp(h.second));
        }
    }
    code += QStringLiteral("using var response = await client.SendAsync(request);\n"
                           "Console.WriteLine((int)response.StatusCode);\n"
                           "Console.WriteLine(await response.Content.ReadAsStringAsync());\n");
    return code;
}

QString CodeGenerator::cppQt(const GeneratedRequest &r)
{
    QString code = QStringLiteral(
        "#include <QAuthenticator>\n#include <QCoreApplication>\n#include <QFile>\n"
        "#include <QHttpMultiPart>\n#include <QNetworkAccessManager>\n#include <QNetworkReply>\n"
        "#include <QNetworkRequest>\n#include <QUrl>\n\n#include <cstdio>\n\n"
        "int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n"
        "    QNetworkAccessManager manager;\n");
    code += QStringLiteral("    QNetworkRequest request(QUrl::fromEncoded(%1));\n")
                .arg(cppBytes(r.url.toUtf8()));
    for (const auto &h : r.headers)
        code += QStringLiteral("    request.setRawHeader(%1, %2);\n")
                    .arg(cppBytes(h.first.toUtf8()), cppBytes(h.second.toUtf8()));
    code += QStringLiteral("    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,\n"
                           "                         QNetworkRequest::%1);\n")
                .arg(r.followRedirects ? QStringLiteral("NoLessSafeRedirectPolicy")
                                       : QStringLiteral("ManualRedirectPolicy"));
    if (r.totalTimeoutMs > 0)
        code += QStringLiteral("    request.setTransferTimeout(%1);\n").arg(r.totalTimeoutMs);
    const QString method = cppBytes(r.method.toUtf8());
    switch (r.bodyKind) {
    case RequestBody::Kind::None:
    case RequestBody::Kind::UrlEncoded:
        code +=
            QStringLiteral("    QNetworkReply *reply = manager.sendCustomRequest(request, %1);\n")
                .arg(method);
        break;
    case RequestBody::Kind::Raw:
        code += QStringLiteral(
                    "    const QByteArray body = %1;\n"
                    "    QNetworkReply *reply = manager.sendCustomRequest(request, %2, body);\n")
                    .arg(cppBytes(r.body), method);
        break;
    case RequestBody::Kind::File:
        code += QStringLiteral(
                    "    auto *file = new QFile(QString::fromUtf8(%1), &app);\n"
                    "    if (!file->open(QIODevice::ReadOnly))\n        return 1;\n"
                    "    QNetworkReply *reply = manager.sendCustomRequest(request, %2, file);\n")
                    .arg(CodeLiterals::cpp(r.filePath.toUtf8()), method);
        break;
    case RequestBody::Kind::Multipart:
        code += QStringLiteral(
            "    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType, &app);\n");
        for (const auto &f : r.fields) {
            QString disposition = QStringLiteral("form-data; name=\"%1\"").arg(f.name);
            if (f.isFile)
                disposition += QStringLiteral("; filename=\"%1\"").arg(fileName(f));
            code += QStringLiteral("    {\n        QHttpPart part;\n"
                                   "        part.setRawHeader(\"Content-Disposition\", %1);\n")
                        .arg(cppBytes(disposition.toUtf8()));
            if (!f.contentType.isEmpty())
                code += QStringLiteral("        part.setRawHeader(\"Content-Type\", %1);\n")
                            .arg(cppBytes(f.contentType.toUtf8()));
            if (f.isFile)
                code += QStringLiteral(
                            "        auto *file = new QFile(QString::fromUtf8(%1), form);\n"
                            "        if (!file->open(QIODevice::ReadOnly))\n            return 1;\n"
                            "        part.setBodyDevice(file);\n")
                            .arg(CodeLiterals::cpp(f.value.toUtf8()));
            else
                code +=
                    QStringLiteral("        part.setBody(%1);\n").arg(cppBytes(f.value.toUtf8()));
            code += QStringLiteral("        form->append(part);\n    }\n");
        }
        code += QStringLiteral(
                    "    QNetworkReply *reply = manager.sendCustomRequest(request, %1, form);\n")
                    .arg(method);
        break;
    }
    if (!r.verifyTls)
        code += QStringLiteral("    QObject::connect(reply, &QNetworkReply::sslErrors, reply,\n"
                               "                     [reply] { reply->ignoreSslErrors(); });\n");
    if (r.digest)
        code +=
            QStringLiteral(
                "    QObject::connect(&manager, &QNetworkAccessManager::authenticationRequired,\n"
                "                     [](QNetworkReply *, QAuthenticator *auth) {\n"
                "                         auth->setUser(QString::fromUtf8(%1));\n"
                "                         auth->setPassword(QString::fromUtf8(%2));\n"
                "                     });\n")
                .arg(CodeLiterals::cpp(r.username.toUtf8()),
                     CodeLiterals::cpp(r.password.toUtf8()));
    code += QStringLiteral(
        "    QObject::connect(reply, &QNetworkReply::finished, &app, [&app, reply] {\n"
        "        std::printf(\"%d\\n\", "
        "reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());\n"
        "        const QByteArray data = reply->readAll();\n"
        "        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);\n"
        "        std::printf(\"\\n\");\n"
        "        app.exit(reply->error() == QNetworkReply::NoError ? 0 : 1);\n"
        "    });\n    return app.exec();\n}\n");
    return code;
}

} // namespace wb::interchange
