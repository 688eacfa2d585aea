#include "ui/response/curlcommand.h"

#include <QRegularExpression>
#include <QStringList>

namespace wb::ui {

QString shellQuote(const QString &argument)
{
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString curlCommandLine(const wb::http::RequestSpec &spec)
{
    using wb::http::AuthSpec;
    using wb::http::RequestBody;
    QStringList args{QStringLiteral("curl")};
    const auto &body = spec.body;
    const bool hasBody = body.kind != RequestBody::Kind::None;
    // curl sends GET, or POST when given data; anything else needs -X.
    const bool implied = spec.method == QLatin1String(hasBody ? "POST" : "GET");
    if (!implied) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+$"));
        args << QStringLiteral("-X")
             << (plain.match(spec.method).hasMatch() ? spec.method : shellQuote(spec.method));
    }
    QString url = spec.url;
    if (spec.auth.kind == AuthSpec::Kind::ApiKey &&
        spec.auth.keyPlace == AuthSpec::ApiKeyPlace::Query && !spec.auth.keyName.isEmpty()) {
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               spec.auth.keyName + QLatin1Char('=') + spec.auth.keyValue;
    }
    args << shellQuote(url);
    bool hasContentType = false;
    for (const auto &h : spec.headers) {
        if (!h.enabled)
            continue;
        hasContentType |= h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        args << QStringLiteral("-H") << shellQuote(h.name + QStringLiteral(": ") + h.value);
    }
    switch (spec.auth.kind) {
    case AuthSpec::Kind::None:
        break;
    case AuthSpec::Kind::Basic:
        args << QStringLiteral("-u")
             << shellQuote(spec.auth.username + QLatin1Char(':') + spec.auth.password);
        break;
    case AuthSpec::Kind::Digest:
        args << QStringLiteral("--digest") << QStringLiteral("-u")
             << shellQuote(spec.auth.username + QLatin1Char(':') + spec.auth.password);
        break;
    case AuthSpec::Kind::Bearer:
        args << QStringLiteral("-H")
             << shellQuote(QStringLiteral("Authorization: Bearer ") + spec.auth.token);
        break;
    case AuthSpec::Kind::ApiKey:
        if (spec.auth.keyPlace == AuthSpec::ApiKeyPlace::Header && !spec.auth.keyName.isEmpty())
            args << QStringLiteral("-H")
                 << shellQuote(spec.auth.keyName + QStringLiteral(": ") + spec.auth.keyValue);
        break;
    }
    if ((body.kind == RequestBody::Kind::Raw || body.kind == RequestBody::Kind::File) &&
        !hasContentType && !body.contentType.isEmpty())
        args << QStringLiteral("-H")
             << shellQuote(QStringLiteral("Content-Type: ") + body.contentType);
    switch (body.kind) {
    case RequestBody::Kind::None:
        break;
    case RequestBody::Kind::Raw:
        args << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(body.raw));
        break;
    case RequestBody::Kind::File:
        args << QStringLiteral("--data-binary") << shellQuote(QLatin1Char('@') + body.filePath);
        break;
    case RequestBody::Kind::UrlEncoded:
        for (const auto &f : body.fields) {
            if (f.enabled)
                args << QStringLiteral("--data-urlencode")
                     << shellQuote(f.name + QLatin1Char('=') + f.value);
        }
        break;
    case RequestBody::Kind::Multipart:
        for (const auto &f : body.fields) {
            if (!f.enabled)
                continue;
            QString part = f.name + QLatin1Char('=');
            if (f.isFile) {
                part += QLatin1Char('@') + f.value;
                if (!f.fileName.isEmpty())
                    part += QStringLiteral(";filename=") + f.fileName;
            } else {
                part += f.value;
            }
            if (!f.contentType.isEmpty())
                part += QStringLiteral(";type=") + f.contentType;
            args << (f.isFile ? QStringLiteral("-F") : QStringLiteral("--form-string"))
                 << shellQuote(f.isFile ? part : f.name + QLatin1Char('=') + f.value);
        }
        break;
    }
    const auto &o = spec.options;
    if (o.followRedirects)
        args << QStringLiteral("-L") << QStringLiteral("--max-redirs")
             << QString::number(o.maxRedirects);
    if (!o.verifyTls)
        args << QStringLiteral("-k");
    if (!o.caFile.isEmpty())
        args << QStringLiteral("--cacert") << shellQuote(o.caFile);
    if (!o.clientCertificateFile.isEmpty()) {
        const bool p12 =
            o.clientCertificateFile.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) ||
            o.clientCertificateFile.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
        QString cert = o.clientCertificateFile;
        if (!o.clientKeyPassword.isEmpty())
            cert += QLatin1Char(':') + o.clientKeyPassword;
        args << QStringLiteral("--cert") << shellQuote(cert);
        if (p12)
            args << QStringLiteral("--cert-type") << QStringLiteral("P12");
    }
    if (!o.clientKeyFile.isEmpty())
        args << QStringLiteral("--key") << shellQuote(o.clientKeyFile);
    if (o.connectTimeoutMs > 0)
        args << QStringLiteral("--connect-timeout") << QString::number(o.connectTimeoutMs / 1000.0);
    if (o.totalTimeoutMs > 0)
        args << QStringLiteral("--max-time") << QString::number(o.totalTimeoutMs / 1000.0);
    if (o.proxy == QLatin1String("none"))
        args << QStringLiteral("--noproxy") << shellQuote(QStringLiteral("*"));
    else if (!o.proxy.isEmpty())
        args << QStringLiteral("--proxy") << shellQuote(o.proxy);
    if (!o.decodeContent)
        args << QStringLiteral("--raw");
    else
        args << QStringLiteral("--compressed");
    return args.join(QLatin1Char(' '));
}

} // namespace wb::ui
