#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>

namespace wb::net {

// A certificate chain (leaf first) with its private key, as a TLS server or client presents it.
struct TlsCredentials
{
    QList<QSslCertificate> chain;
    QSslKey key;

    bool isNull() const { return chain.isEmpty() || key.isNull(); }

    // PEM (or DER) certificate file plus PEM key file; the key may be RSA, EC or DSA.
    static Result<TlsCredentials> fromFiles(const QString &certificatePath, const QString &keyPath,
                                            const QByteArray &passphrase = {});
    // A PKCS#12 bundle (.p12/.pfx).
    static Result<TlsCredentials> fromPkcs12(const QString &path, const QByteArray &password);
    // PEM certificates (a CA bundle), for trusting a private authority.
    static Result<QList<QSslCertificate>> loadCertificates(const QString &path);

    // A certificate in one line: subject, issuer, validity.
    static QString describe(const QSslCertificate &certificate);
    // A verification error as a sentence that explains it and what to do about it.
    static QString explain(const QSslError &error, const QString &host);
};

} // namespace wb::net
