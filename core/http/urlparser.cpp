#include "core/http/urlparser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <cctype>

namespace wb::http {

namespace {

Error invalidUrl(const QString &message, const QString &url)
{
    return makeError(ErrorCategory::InvalidInput, message, url);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 3986 appendix B, applied to the bytes of a URI reference.
struct UriParts
{
    QByteArray scheme;
    QByteArray authority;
    QByteArray path;
    QByteArray query;
    QByteArray fragment;
    bool hasScheme = false;
    bool hasAuthority = false;
    bool hasQuery = false;
    bool hasFragment = false;
};

UriParts splitUri(const QByteArray &ref)
{
    UriParts parts;
    qsizetype pos = 0;
    // scheme ":" only when what precedes the first ':' has no '/', '?' or '#'.
    const qsizetype colon = ref.indexOf(':');
    if (colon > 0) {
        bool schemeChars = true;
        for (qsizetype i = 0; i < colon; ++i) {
            const char c = ref.at(i);
            if (c == '/' || c == '?' || c == '#') {
                schemeChars = false;
                break;
            }
        }
        if (schemeChars) {
            parts.scheme = ref.left(colon);
            parts.hasScheme = true;
            pos = colon + 1;
        }
    }
    if (ref.mid(pos, 2) == "//") {
        pos += 2;
        qsizetype end = pos;
        while (end < ref.size() && ref.at(end) != '/' && ref.at(end) != '?' && ref.at(end) != '#')
            ++end;
        parts.authority = ref.mid(pos, end - pos);
        parts.hasAuthority = true;
        pos = end;
    }
    qsizetype end = pos;
    while (end < ref.size() && ref.at(end) != '?' && ref.at(end) != '#')
        ++end;
    parts.path = ref.mid(pos, end - pos);
    pos = end;
    if (pos < ref.size() && ref.at(pos) == '?') {
        end = ref.indexOf('#', pos);
        if (end < 0)
            end = ref.size();
        parts.query = ref.mid(pos + 1, end - pos - 1);
        parts.hasQuery = true;
        pos = end;
    }
    if (pos < ref.size() && ref.at(pos) == '#') {
        parts.fragment = ref.mid(pos + 1);
        parts.hasFragment = true;
    }
    return parts;
}

QByteArray joinUri(const UriParts &p)
{
    QByteArray out;
    if (p.hasScheme)
        out += p.scheme + ':';
    if (p.hasAuthority)
        out += "//" + p.authority;
    out += p.path;
    if (p.hasQuery)
        out += '?' + p.query;
    if (p.hasFragment)
        out += '#' + p.fragment;
    return out;
}

// RFC 3986 §5.2.4.
QByteArray removeDotSegments(QByteArray input)
{
    QByteArray output;
    while (!input.isEmpty()) {
        if (input.startsWith("../")) {
            input.remove(0, 3);
        } else if (input.startsWith("./")) {
            input.remove(0, 2);
        } else if (input.startsWith("/./")) {
            input.remove(0, 2);
        } else if (input == "/.") {
            input = "/";
        } else if (input.startsWith("/../") || input == "/..") {
            input = input.size() == 3 ? QByteArray("/") : input.mid(3);
            const qsizetype slash = output.lastIndexOf('/');
            output.truncate(slash < 0 ? 0 : slash);
        } else if (input == "." || input == "..") {
            input.clear();
        } else {
            qsizetype next = input.indexOf('/', input.startsWith('/') ? 1 : 0);
            if (next < 0)
                next = input.size();
            output += input.left(next);
            input.remove(0, next);
        }
    }
    return output;
}

// RFC 3986 §5.2.3.
QByteArray mergePaths(const UriParts &base, const QByteArray &refPath)
{
    if (base.hasAuthority && base.path.isEmpty())
        return '/' + refPath;
    const qsizetype slash = base.path.lastIndexOf('/');
    return base.path.left(slash + 1) + refPath;
}

bool hasSchemePrefix(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return re.match(url).hasMatch();
}

Result<QString> parseHost(const QByteArray &rawHost, bool *ipv6)
{
    *ipv6 = false;
    if (rawHost.startsWith('[')) {
        if (!rawHost.endsWith(']'))
            return invalidUrl(QCoreApplication::translate(
                                  "wb::http", "The IPv6 address in the URL lacks its closing ']'."),
                              QString::fromUtf8(rawHost));
        QByteArray literal = rawHost.mid(1, rawHost.size() - 2);
        // A zone identifier is written "%25zone" in URLs (RFC 6874), of unreserved characters.
        literal.replace("%25", "%");
        const qsizetype zone = literal.indexOf('%');
        if (zone >= 0) {
            bool valid = zone + 1 < literal.size();
            for (const char c : literal.mid(zone + 1))
                valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
                                  c == '.' || c == '_' || c == '~');
            if (!valid)
                return invalidUrl(QCoreApplication::translate(
                                      "wb::http",
                                      "The zone of the IPv6 address \"%1\" may hold only letters, "
                                      "digits and -._~.")
                                      .arg(QString::fromUtf8(literal)),
                                  QString::fromUtf8(rawHost));
        }
        bool addressChars = true;
        for (const char c : literal.left(zone < 0 ? literal.size() : zone))
            addressChars = addressChars &&
                           (std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.');
        QHostAddress address;
        if (!addressChars || !address.setAddress(QString::fromLatin1(literal)) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return invalidUrl(
                QCoreApplication::translate("wb::http", "\"%1\" is not a valid IPv6 address.")
                    .arg(QString::fromUtf8(literal)),
                QString::fromUtf8(rawHost));
        *ipv6 = true;
        return QString::fromLatin1(literal).toLower();
    }
    const QString decoded = QUrl::fromPercentEncoding(rawHost);
    if (decoded.isEmpty())
        return invalidUrl(QCoreApplication::translate("wb::http", "The URL has no host name."),
                          QString());
    for (const QChar c : decoded) {
        if (c.isSpace() || c == u'/' || c == u'\\' || c == u'@' || c == u'[' || c == u']' ||
            c == u'<' || c == u'>' || c == u'^' || c == u'|' || c == u'%' || c.unicode() < 0x20)
            return invalidUrl(QCoreApplication::translate(
                                  "wb::http",
                                  "The host name \"%1\" contains the character '%2', which host "
                                  "names cannot hold.")
                                  .arg(decoded, c),
                              decoded);
    }
    const QByteArray ace = QUrl::toAce(decoded);
    if (ace.isEmpty())
        return invalidUrl(QCoreApplication::translate(
                              "wb::http", "The host name \"%1\" is not a valid domain name.")
                              .arg(decoded),
                          decoded);
    return QString::fromLatin1(ace).toLower();
}

} // namespace

QByteArray UrlParser::encodeTargetBytes(const QByteArray &typed)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const auto c = static_cast<unsigned char>(typed.at(i));
        bool escape = c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' ||
                      c == '^' || c == '`' || c == '{' || c == '|' || c == '}';
        if (c == '%')
            escape = !(i + 2 < typed.size() && isHex(typed.at(i + 1)) && isHex(typed.at(i + 2)));
        if (escape) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += char(c);
        }
    }
    return out;
}

Result<RequestTarget> UrlParser::parse(const QString &url)
{
    QString typed = url.trimmed();
    if (typed.isEmpty())
        return invalidUrl(
            QCoreApplication::translate(
                "wb::http", "The URL is empty: type an address such as https://example.com/."),
            url);
    if (!hasSchemePrefix(typed)) {
        if (typed.startsWith(QLatin1String("//")))
            typed.prepend(QLatin1String("http:"));
        else
            typed.prepend(QLatin1String("http://"));
    }
    const UriParts parts = splitUri(typed.toUtf8());
    RequestTarget target;
    target.scheme = QString::fromLatin1(parts.scheme).toLower();
    if (target.scheme != QLatin1String("http") && target.scheme != QLatin1String("https"))
        return invalidUrl(
            QCoreApplication::translate(
                "wb::http", "The scheme \"%1\" is not supported: use http:// or https://.")
                .arg(QString::fromLatin1(parts.scheme)),
            url);

    QByteArray authority = parts.authority;
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0) {
        const QByteArray userinfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userinfo.indexOf(':');
        target.username =
            QUrl::fromPercentEncoding(userinfo.left(colon < 0 ? userinfo.size() : colon));
        if (colon >= 0)
            target.password = QUrl::fromPercentEncoding(userinfo.mid(colon + 1));
        target.hasUserInfo = true;
    }

    QByteArray rawHost = authority;
    QByteArray rawPort;
    const qsizetype bracket = authority.lastIndexOf(']');
    const qsizetype portColon = authority.lastIndexOf(':');
    if (portColon >= 0 && portColon > bracket) {
        if (!authority.startsWith('[') && authority.indexOf(':') != portColon)
            return invalidUrl(QCoreApplication::translate(
                                  "wb::http",
                                  "The host \"%1\" looks like an IPv6 address: write it in "
                                  "brackets, as in http://[::1]:8080/.")
                                  .arg(QString::fromUtf8(authority)),
                              url);
        rawHost = authority.left(portColon);
        rawPort = authority.mid(portColon + 1);
    }
    if (rawHost.isEmpty())
        return invalidUrl(QCoreApplication::translate(
                              "wb::http", "The URL has no host name: type one after \"%1://\".")
                              .arg(target.scheme),
                          url);
    const quint16 defaultPort = target.isTls() ? 443 : 80;
    target.port = defaultPort;
    if (!rawPort.isEmpty()) {
        bool ok = false;
        const uint port = rawPort.toUInt(&ok, 10);
        bool digits = true;
        for (const char c : rawPort)
            digits = digits && c >= '0' && c <= '9';
        if (!ok || !digits || port == 0 || port > 65535)
            return invalidUrl(QCoreApplication::translate(
                                  "wb::http", "The port \"%1\" is not a number from 1 to 65535.")
                                  .arg(QString::fromUtf8(rawPort)),
                              url);
        target.port = quint16(port);
    }
    bool ipv6 = false;
    auto host = parseHost(rawHost, &ipv6);
    if (!host)
        return host.error();
    target.host = host.value();

    // The zone of a link-local IPv6 address only matters to this machine: it is not sent.
    const QByteArray hostPart =
        ipv6 ? '[' + target.host.toLatin1().split('%').first() + ']' : target.host.toLatin1();
    target.authority = hostPart + ':' + QByteArray::number(target.port);
    target.hostHeader = hostPart;
    if (target.port != defaultPort)
        target.hostHeader += ':' + QByteArray::number(target.port);

    QByteArray origin = parts.path.isEmpty() ? QByteArray("/") : parts.path;
    if (!origin.startsWith('/'))
        origin.prepend('/');
    if (parts.hasQuery)
        origin += '?' + parts.query;
    target.originForm = encodeTargetBytes(origin);
    return target;
}

Result<QString> UrlParser::resolveRedirect(const QString &base, const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return makeError(
            ErrorCategory::Protocol,
            QCoreApplication::translate(
                "wb::http", "The server answered with a redirect whose Location header is empty."));
    // Location bytes are usually ASCII; anything else is taken as UTF-8 and percent-encoded.
    const QByteArray ref = encodeTargetBytes(QString::fromUtf8(trimmed).toUtf8());
    QString baseUrl = base.trimmed();
    if (!hasSchemePrefix(baseUrl))
        baseUrl.prepend(baseUrl.startsWith(QLatin1String("//")) ? QLatin1String("http:")
                                                                : QLatin1String("http://"));
    const UriParts b = splitUri(baseUrl.toUtf8());
    const UriParts r = splitUri(ref);
    UriParts t;
    if (r.hasScheme) {
        t = r;
        t.path = removeDotSegments(r.path);
    } else {
        if (r.hasAuthority) {
            t.authority = r.authority;
            t.hasAuthority = true;
            t.path = removeDotSegments(r.path);
            t.query = r.query;
            t.hasQuery = r.hasQuery;
        } else {
            if (r.path.isEmpty()) {
                t.path = b.path;
                t.query = r.hasQuery ? r.query : b.query;
                t.hasQuery = r.hasQuery || b.hasQuery;
            } else {
                t.path = r.path.startsWith('/') ? removeDotSegments(r.path)
                                                : removeDotSegments(mergePaths(b, r.path));
                t.query = r.query;
                t.hasQuery = r.hasQuery;
            }
            t.authority = b.authority;
            t.hasAuthority = b.hasAuthority;
        }
        t.scheme = b.scheme;
        t.hasScheme = true;
    }
    // RFC 9110 §10.2.2: a redirect without a fragment inherits the original one.
    if (r.hasFragment) {
        t.fragment = r.fragment;
        t.hasFragment = true;
    } else {
        t.fragment = b.fragment;
        t.hasFragment = b.hasFragment;
    }
    const QString resolved = QString::fromUtf8(joinUri(t));
    auto check = parse(resolved);
    if (!check)
        return makeError(
            ErrorCategory::Protocol,
            QCoreApplication::translate(
                "wb::http", "The server redirected to \"%1\", which cannot be followed: %2")
                .arg(QString::fromUtf8(trimmed), check.error().message));
    return resolved;
}

} // namespace wb::http
