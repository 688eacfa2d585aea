// Python requests and JavaScript fetch generators of CodeGenerator.

#include "core/interchange/codegenerator.h"
#include "core/interchange/codeliterals.h"

#include <QFileInfo>

namespace wb::interchange {

using wb::http::RequestBody;

namespace {

QString fileName(const wb::http::FormField &f)
{
    return f.fileName.isEmpty() ? QFileInfo(f.value).fileName() : f.fileName;
}

} // namespace

QString CodeGenerator::python(const GeneratedRequest &r)
{
    QString code = QStringLiteral("import requests\n");
    if (r.digest)
        code += QStringLiteral("from requests.auth import HTTPDigestAuth\n");
    code += QStringLiteral("\nurl = %1\n").arg(CodeLiterals::python(r.url));
    // requests takes a mapping: a repeated header name keeps its last value.
    code += QStringLiteral("headers = {\n");
    for (const auto &h : r.headers)
        code += QStringLiteral("    %1: %2,\n")
                    .arg(CodeLiterals::python(h.first), CodeLiterals::python(h.second));
    code += QStringLiteral("}\n");
    QStringList arguments{CodeLiterals::python(r.method), QStringLiteral("url"),
                          QStringLiteral("headers=headers")};
    switch (r.bodyKind) {
    case RequestBody::Kind::None:
    case RequestBody::Kind::UrlEncoded:
        break;
    case RequestBody::Kind::Raw:
        code += QStringLiteral("data = %1\n")
                    .arg(CodeLiterals::isText(r.body)
                             ? CodeLiterals::python(QString::fromUtf8(r.body)) +
                                   QStringLiteral(".encode(\"utf-8\")")
                             : CodeLiterals::pythonBytes(r.body));
        arguments << QStringLiteral("data=data");
        break;
    case RequestBody::Kind::File:
        code += QStringLiteral("data = open(%1, \"rb\")\n").arg(CodeLiterals::python(r.filePath));
        arguments << QStringLiteral("data=data");
        break;
    case RequestBody::Kind::Multipart:
        // A list keeps the order of the parts; (None, value) makes a plain field.
        code += QStringLiteral("files = [\n");
        for (const auto &f : r.fields) {
            if (f.isFile)
                code += QStringLiteral("    (%1, (%2, open(%3, \"rb\")%4)),\n")
                            .arg(CodeLiterals::python(f.name), CodeLiterals::python(fileName(f)),
                                 CodeLiterals::python(f.value),
                                 f.contentType.isEmpty()
                                     ? QString()
                                     : QStringLiteral(", ") + CodeLiterals::python(f.contentType));
            else
                code +=
                    QStringLiteral("    (%1, (None, %2%3)),\n")
                        .arg(CodeLiterals::python(f.name),
                             CodeLiterals::python(f.value) + QStringLiteral(".encode(\"utf-8\")"),
                             f.contentType.isEmpty()
                                 ? QString()
                                 : QStringLiteral(", ") + CodeLiterals::python(f.contentType));
        }
        code += QStringLiteral("]\n");
        arguments << QStringLiteral("files=files");
        break;
    }
    if (r.digest)
        arguments << QStringLiteral("auth=HTTPDigestAuth(%1, %2)")
                         .arg(CodeLiterals::python(r.username), CodeLiterals::python(r.password));
    arguments << QStringLiteral("allow_redirects=%1")
                     .arg(r.followRedirects ? QStringLiteral("True") : QStringLiteral("False"));
    if (!r.verifyTls)
        arguments << QStringLiteral("verify=False");
    if (r.totalTimeoutMs > 0)
        arguments << QStringLiteral("timeout=%1").arg(r.totalTimeoutMs / 1000.0);
    code += QStringLiteral("\nresponse = requests.request(\n    %1,\n)\n")
                .arg(arguments.join(QStringLiteral(",\n    ")));
    code += QStringLiteral("print(response.status_code)\nprint(response.text)\n");
    return code;
}

QString CodeGenerator::javaScript(const GeneratedRequest &r)
{
    QString code;
    const bool files = std::any_of(r.fields.cbegin(), r.fields.cend(),
                                   [](const wb::http::FormField &f) { return f.isFile; });
    if (r.bodyKind == RequestBody::Kind::File || files)
        code += QStringLiteral("import { readFile } from \"node:fs/promises\";\n\n");
    if (r.digest)
        code +=
            QStringLiteral("// fetch has no Digest authentication: add the Authorization header "
                           "it needs for user %1.\n")
                .arg(CodeLiterals::javaScript(r.username));
    if (!r.verifyTls)
        code += QStringLiteral("// Certificate checks are off: run with "
                               "NODE_TLS_REJECT_UNAUTHORIZED=0.\n");
    QString body;
    switch (r.bodyKind) {
    case RequestBody::Kind::None:
    case RequestBody::Kind::UrlEncoded:
        break;
    case RequestBody::Kind::Raw:
        if (CodeLiterals::isText(r.body)) {
            body = CodeLiterals::javaScript(QString::fromUtf8(r.body));
        } else {
            QStringList bytes;
            for (const char c : r.body)
                bytes << QString::number(uchar(c));
            body = QStringLiteral("new Uint8Array([%1])").arg(bytes.join(QStringLiteral(", ")));
        }
        break;
    case RequestBody::Kind::File:
        body = QStringLiteral("await readFile(%1)").arg(CodeLiterals::javaScript(r.filePath));
        break;
    case RequestBody::Kind::Multipart:
        code += QStringLiteral("const form = new FormData();\n");
        for (const auto &f : r.fields) {
            if (f.isFile)
                code +=
                    QStringLiteral("form.append(%1, new Blob([await readFile(%2)], { type: %3 }), "
                                   "%4);\n")
                        .arg(CodeLiterals::javaScript(f.name), CodeLiterals::javaScript(f.value),
                             CodeLiterals::javaScript(f.contentType),
                             CodeLiterals::javaScript(fileName(f)));
            else
                code +=
                    QStringLiteral("form.append(%1, %2);\n")
                        .arg(CodeLiterals::javaScript(f.name), CodeLiterals::javaScript(f.value));
        }
        body = QStringLiteral("form");
        break;
    }
    // Node's fetch refuses to send headers that belong to the connection.
    static const QStringList refused{QStringLiteral("connection"), QStringLiteral("keep-alive"),
                                     QStringLiteral("transfer-encoding"), QStringLiteral("upgrade"),
                                     QStringLiteral("expect")};
    QList<QPair<QString, QString>> headers;
    QStringList left;
    for (const auto &h : r.headers) {
        if (refused.contains(h.first.toLower()))
            left << h.first;
        else
            headers << h;
    }
    if (!left.isEmpty())
        code += QStringLiteral("// fetch manages %1 itself; the request's values are left out.\n")
                    .arg(left.join(QStringLiteral(", ")));
    code +=
        QStringLiteral("const response = await fetch(%1, {\n").arg(CodeLiterals::javaScript(r.url));
    code += QStringLiteral("  method: %1,\n").arg(CodeLiterals::javaScript(r.method));
    // Pairs keep the order and repeated names.
    code += QStringLiteral("  headers: [\n");
    for (const auto &h : headers)
        code += QStringLiteral("    [%1, %2],\n")
                    .arg(CodeLiterals::javaScript(h.first), CodeLiterals::javaScript(h.second));
    code += QStringLiteral("  ],\n");
    if (!body.isEmpty())
        code += QStringLiteral("  body: %1,\n").arg(body);
    code +=
        QStringLiteral("  redirect: %1,\n")
            .arg(r.followRedirects ? QStringLiteral("\"follow\"") : QStringLiteral("\"manual\""));
    if (r.totalTimeoutMs > 0)
        code += QStringLiteral("  signal: AbortSignal.timeout(%1),\n").arg(r.totalTimeoutMs);
    code +=
        QStringLiteral("});\nconsole.log(response.status);\nconsole.log(await response.text());\n");
    return code;
}

} // namespace wb::interchange
