#include "core/http/secretredaction.h"

#include <QUrl>

namespace wb::http {

namespace {

// Each secret in the forms it can take on the wire.
struct Forms
{
    QStringList text;
    QList<QByteArray> bytes;
};

Forms formsOf(const QStringList &secrets)
{
    Forms forms;
    for (const QString &secret : secrets) {
        if (secret.size() < SecretRedaction::minimumLength || forms.text.contains(secret))
            continue;
        forms.text.append(secret);
        const QByteArray utf8 = secret.toUtf8();
        forms.bytes.append(utf8);
        // Percent-encoded strictly, as a query keeps sub-delimiters, and as forms write spaces.
        const QByteArray strict = QUrl::toPercentEncoding(secret);
        const QByteArray query = QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/?");
        for (const QByteArray &encoded : {strict, query, QByteArray(strict).replace("%20", "+"),
                                          QByteArray(query).replace("%20", "+")}) {
            if (!forms.bytes.contains(encoded))
                forms.bytes.append(encoded);
        }
    }
    // Longest first, so that a secret containing another is masked whole.
    std::sort(forms.text.begin(), forms.text.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    std::sort(forms.bytes.begin(), forms.bytes.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return forms;
}

void maskText(QString &text, const Forms &forms)
{
    for (const QString &secret : forms.text)
        text.replace(secret, SecretRedaction::mask());
    for (const QByteArray &encoded : forms.bytes)
        text.replace(QString::fromLatin1(encoded), SecretRedaction::mask());
}

void maskBytes(QByteArray &bytes, const Forms &forms)
{
    const QByteArray mask = SecretRedaction::mask().toUtf8();
    for (const QByteArray &secret : forms.bytes)
        bytes.replace(secret, mask);
}

void maskBody(BodyData &body, const Forms &forms)
{
    if (body.isFile())
        return;
    maskBytes(body.bytes, forms);
}

void maskSpec(RequestSpec &spec, const Forms &forms)
{
    maskText(spec.url, forms);
    for (auto &header : spec.headers)
        maskText(header.value, forms);
    maskBytes(spec.body.raw, forms);
    for (auto &field : spec.body.fields) {
        if (!field.isFile)
            maskText(field.value, forms);
    }
    for (QString *value :
         {&spec.auth.username, &spec.auth.password, &spec.auth.token, &spec.auth.keyValue})
        maskText(*value, forms);
}

void maskHead(ResponseHead &head, const Forms &forms)
{
    for (auto &header : head.headers)
        maskBytes(header.value, forms);
}

// A Basic credential holding a secret is masked whole: base64 hides the value from the search.
void maskBasicCredential(Exchange &hop, const Forms &forms)
{
    const AuthSpec &auth = hop.spec.auth;
    if (auth.kind != AuthSpec::Kind::Basic)
        return;
    const QString pair = auth.username + QLatin1Char(':') + auth.password;
    const bool holdsSecret = std::any_of(forms.text.cbegin(), forms.text.cend(),
                                         [&](const QString &s) { return pair.contains(s); });
    if (holdsSecret)
        hop.requestHead.replace(pair.toUtf8().toBase64(), SecretRedaction::mask().toUtf8());
}

} // namespace

QString SecretRedaction::mask()
{
    return QStringLiteral("••••••");
}

ExchangeChain SecretRedaction::redacted(const ExchangeChain &chain, const QStringList &secrets)
{
    const Forms forms = formsOf(secrets);
    if (forms.text.isEmpty())
        return chain;
    ExchangeChain out = chain;
    for (Exchange &hop : out.hops) {
        maskBasicCredential(hop, forms); // before the spec's password is masked
        maskSpec(hop.spec, forms);
        maskText(hop.url, forms);
        maskBytes(hop.requestHead, forms);
        maskBody(hop.requestBody, forms);
        for (auto &interim : hop.interim)
            maskHead(interim, forms);
        maskHead(hop.response, forms);
        maskBody(hop.responseWire, forms);
        maskBody(hop.responseBody, forms);
    }
    return out;
}

} // namespace wb::http
