#include "core/http/digestauth.h"

namespace wb::http {

Result<DigestChallenge> DigestAuth::parseChallenge(const QList<QByteArray> &)
{
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
}

Result<DigestChallenge> DigestAuth::parseChallenge(const QByteArray &headerValue)
{
    return parseChallenge(QList<QByteArray>{headerValue});
}

bool DigestAuth::isSupportedAlgorithm(const QByteArray &)
{
    return false;
}

Result<QByteArray> DigestAuth::authorization(const DigestChallenge &, const QString &,
                                             const QString &, const QByteArray &,
                                             const QByteArray &, quint32, QByteArray)
{
    return makeError(ErrorCategory::Internal, QStringLiteral("Not implemented yet."));
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
    return authorization(m_challenge, m_username, m_password, method, uri, ++m_nonceCount);
}

} // namespace wb::http
