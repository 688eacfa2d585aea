#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::http {

// A Digest challenge from a WWW-Authenticate (or Proxy-Authenticate) header (RFC 7616).
struct DigestChallenge
{
    QByteArray realm;
    QByteArray nonce;
    QByteArray opaque;
    QByteArray algorithm = "MD5"; // MD5, MD5-sess, SHA-256, SHA-256-sess (as sent)
    QList<QByteArray> qop;        // offered qop values; empty for RFC 2069 servers
    QByteArray domain;
    bool stale = false;
    bool userhash = false;
};

// Digest access authentication: parses challenges and builds Authorization values.
class DigestAuth
{
public:
    // The strongest supported Digest challenge among header values that may each hold several
    // challenges ("Basic realm=x, Digest realm=y, ..."): SHA-256 preferred over MD5.
    static Result<DigestChallenge> parseChallenge(const QList<QByteArray> &headerValues);
    static Result<DigestChallenge> parseChallenge(const QByteArray &headerValue);
    static bool isSupportedAlgorithm(const QByteArray &algorithm);

    // The Authorization value for one request. `uri` is the request target as sent,
    // `nonceCount` starts at 1 for each new nonce, `cnonce` empty => random.
    static Result<QByteArray> authorization(const DigestChallenge &challenge,
                                            const QString &username, const QString &password,
                                            const QByteArray &method, const QByteArray &uri,
                                            quint32 nonceCount, QByteArray cnonce = {});

    // Stateful use: remembers the challenge and counts nonces.
    DigestAuth() = default;
    DigestAuth(QString username, QString password);
    Result<void> setChallenge(const QList<QByteArray> &headerValues);
    bool hasChallenge() const;
    Result<QByteArray> next(const QByteArray &method, const QByteArray &uri);

private:
    QString m_username;
    QString m_password;
    DigestChallenge m_challenge;
    bool m_hasChallenge = false;
    quint32 m_nonceCount = 0;
};

} // namespace wb::http
