#include "core/http/digestauth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cstring>
#include <optional>

namespace wb::http {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

struct Challenge
{
    QByteArray scheme;
    QList<QPair<QByteArray, QByteArray>> params; // names lower-cased
};

// RFC 9110 §11.6.1: challenges = 1#( auth-scheme [ 1*SP ( token68 / #auth-param ) ] ).
class ChallengeReader
{
public:
    explicit ChallengeReader(const QByteArray &text)
        : m_text(text)
    {}

    QList<Challenge> readAll()
    {
        QList<Challenge> challenges;
        while (true) {
            skip(" \t,");
            const QByteArray scheme = token();
            if (scheme.isEmpty())
                break;
            Challenge challenge{scheme, {}};
            skip(" \t");
            if (!isParamStart(m_pos)) {
                token68(); // e.g. "Negotiate abc==": not needed here, skipped
                challenges.append(challenge);
                continue;
            }
            while (true) {
                skip(" \t");
                const qsizetype before = m_pos;
                const QByteArray name = token();
                skip(" \t");
                if (name.isEmpty() || atEnd() || peek() != '=') {
                    m_pos = before; // the next challenge's scheme, or the end
                    break;
                }
                ++m_pos; // '='
                skip(" \t");
                const QByteArray value = (!atEnd() && peek() == '"') ? quoted() : token();
                challenge.params.append({name.toLower(), value});
                skip(" \t");
                if (atEnd() || peek() != ',')
                    break;
                while (!atEnd() && (peek() == ',' || peek() == ' ' || peek() == '\t'))
                    ++m_pos;
            }
            challenges.append(challenge);
        }
        return challenges;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text.at(m_pos); }
    void skip(const char *chars)
    {
        while (!atEnd() && std::strchr(chars, peek()) && peek() != '\0')
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTchar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    QByteArray token68()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (isTchar(peek()) || peek() == '/'))
            ++m_pos;
        while (!atEnd() && peek() == '=')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    bool isParamStart(qsizetype at) const
    {
        qsizetype p = at;
        while (p < m_text.size() && isTchar(m_text.at(p)))
            ++p;
        if (p == at)
            return false;
        while (p < m_text.size() && (m_text.at(p) == ' ' || m_text.at(p) == '\t'))
            ++p;
        if (p >= m_text.size() || m_text.at(p) != '=')
            return false;
        ++p;
        while (p < m_text.size() && (m_text.at(p) == ' ' || m_text.at(p) == '\t'))
            ++p;
        return p < m_text.size() && m_text.at(p) != '=' && m_text.at(p) != ',';
    }
    QByteArray quoted()
    {
        QByteArray value;
        ++m_pos; // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            value += peek();
            ++m_pos;
        }
        if (!atEnd())
            ++m_pos; // closing quote
        return value;
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
};

QCryptographicHash::Algorithm hashFor(const QByteArray &algorithm)
{
    return algorithm.toUpper().startsWith("SHA-256") ? QCryptographicHash::Sha256
                                                     : QCryptographicHash::Md5;
}

QByteArray hexHash(QCryptographicHash::Algorithm algorithm, const QByteArray &data)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

QByteArray quote(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    return '"' + out + '"';
}

int strength(const QByteArray &algorithm)
{
    const QByteArray upper = algorithm.toUpper();
    if (upper == "SHA-256" || upper == "SHA-256-SESS")
        return 2;
    if (upper == "MD5" || upper == "MD5-SESS")
        return 1;
    return 0;
}

} // namespace

bool DigestAuth::isSupportedAlgorithm(const QByteArray &algorithm)
{
    return strength(algorithm) > 0;
}

Result<DigestChallenge> DigestAuth::parseChallenge(const QByteArray &headerValue)
{
    return parseChallenge(QList<QByteArray>{headerValue});
}

Result<DigestChallenge> DigestAuth::parseChallenge(const QList<QByteArray> &headerValues)
{
    QList<QByteArray> offered;
    QList<QByteArray> unsupported;
    std::optional<DigestChallenge> best;
    for (const QByteArray &value : headerValues) {
        for (const Challenge &c : ChallengeReader(value).readAll()) {
            offered.append(c.scheme);
            if (c.scheme.compare("Digest", Qt::CaseInsensitive) != 0)
                continue;
            DigestChallenge challenge;
            for (const auto &[name, v] : c.params) {
                if (name == "realm")
                    challenge.realm = v;
                else if (name == "nonce")
                    challenge.nonce = v;
                else if (name == "opaque")
                    challenge.opaque = v;
                else if (name == "algorithm")
                    challenge.algorithm = v;
                else if (name == "domain")
                    challenge.domain = v;
                else if (name == "stale")
                    challenge.stale = v.compare("true", Qt::CaseInsensitive) == 0;
                else if (name == "userhash")
                    challenge.userhash = v.compare("true", Qt::CaseInsensitive) == 0;
                else if (name == "qop") {
                    for (const QByteArray &q : v.split(','))
                        if (!q.trimmed().isEmpty())
                            challenge.qop.append(q.trimmed().toLower());
                }
            }
            const bool qopOk = challenge.qop.isEmpty() || challenge.qop.contains("auth");
            if (!isSupportedAlgorithm(challenge.algorithm) || !qopOk || challenge.nonce.isEmpty()) {
                unsupported.append(challenge.algorithm +
                                   (qopOk ? QByteArray() : " qop=" + challenge.qop.join(',')));
                continue;
            }
            if (!best || strength(challenge.algorithm) > strength(best->algorithm))
                best = challenge;
        }
    }
    if (best)
        return *best;
    if (!unsupported.isEmpty())
        return makeError(ErrorCategory::Protocol,
                         QCoreApplication::translate(
                             "wb::http",
                             "The server asks for Digest authentication with %1, which is not "
                             "supported (MD5 and SHA-256 with qop=auth are).")
                             .arg(QString::fromLatin1(unsupported.join(", "))));
    return makeError(ErrorCategory::Protocol,
                     QCoreApplication::translate(
                         "wb::http",
                         "The server did not offer Digest authentication (it offered: %1); "
                         "choose another kind of authentication.")
                         .arg(offered.isEmpty() ? QCoreApplication::translate("wb::http", "nothing")
                                                : QString::fromLatin1(offered.join(", "))));
}

Result<QByteArray> DigestAuth::authorization(const DigestChallenge &challenge,
                                             const QString &username, const QString &password,
                                             const QByteArray &method, const QByteArray &uri,
                                             quint32 nonceCount, QByteArray cnonce)
{
    if (!isSupportedAlgorithm(challenge.algorithm))
        return makeError(
            ErrorCategory::Protocol,
            QCoreApplication::translate(
                "wb::http", "The Digest algorithm \"%1\" is not supported (MD5 and SHA-256 are).")
                .arg(QString::fromLatin1(challenge.algorithm)));
    const auto algorithm = hashFor(challenge.algorithm);
    const bool session = challenge.algorithm.toLower().endsWith("-sess");
    const bool useQop = !challenge.qop.isEmpty();
    if (cnonce.isEmpty()) {
        QByteArray random(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
        cnonce = random.toHex();
    }
    const QByteArray user = username.toUtf8();
    const QByteArray nc = QByteArray::number(nonceCount, 16).rightJustified(8, '0');

    QByteArray ha1 = hexHash(algorithm, user + ':' + challenge.realm + ':' + password.toUtf8());
    if (session)
        ha1 = hexHash(algorithm, ha1 + ':' + challenge.nonce + ':' + cnonce);
    const QByteArray ha2 = hexHash(algorithm, method + ':' + uri);
    const QByteArray response = useQop
                                    ? hexHash(algorithm, ha1 + ':' + challenge.nonce + ':' + nc +
                                                             ':' + cnonce + ":auth:" + ha2)
                                    : hexHash(algorithm, ha1 + ':' + challenge.nonce + ':' + ha2);

    QByteArray header = "Digest ";
    bool ascii = true;
    for (const char c : user)
        ascii =
            ascii && static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f;
    if (challenge.userhash)
        header += "username=" + quote(hexHash(algorithm, user + ':' + challenge.realm));
    else if (ascii)
        header += "username=" + quote(user);
    else
        header += "username*=UTF-8''" + user.toPercentEncoding();
    header += ", realm=" + quote(challenge.realm);
    header += ", nonce=" + quote(challenge.nonce);
    header += ", uri=" + quote(uri);
    header += ", algorithm=" + challenge.algorithm;
    header += ", response=" + quote(response);
    if (!challenge.opaque.isEmpty())
        header += ", opaque=" + quote(challenge.opaque);
    if (useQop)
        header += ", qop=auth, nc=" + nc + ", cnonce=" + quote(cnonce);
    if (challenge.userhash)
        header += ", userhash=true";
    return header;
}

DigestAuth::DigestAuth(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{}

Result<void> DigestAuth::setChallenge(const QList<QByteArray> &headerValues)
{
    auto parsed = parseChallenge(headerValues);
    if (!parsed)
        return parsed.error();
    m_challenge = parsed.value();
    m_hasChallenge = true;
    m_nonceCount = 0;
    return {};
}

bool DigestAuth::hasChallenge() const
{
    return m_hasChallenge;
}

Result<QByteArray> DigestAuth::next(const QByteArray &method, const QByteArray &uri)
{
    if (!m_hasChallenge)
        return makeError(
            ErrorCategory::Internal,
            QCoreApplication::translate(
                "wb::http", "No Digest challenge has been received yet for this request."));
    return authorization(m_challenge, m_username, m_password, method, uri, ++m_nonceCount);
}

} // namespace wb::http
