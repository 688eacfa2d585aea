#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"

#include <QSslConfiguration>
#include <QString>

namespace wb::tls {

// Turns a request's TLS options (verification, extra CA file, client certificate as PEM or
// PKCS#12) into a QSslConfiguration. Every failure is a sentence the user can act on.
class TlsConfigBuilder
{
public:
    static Result<QSslConfiguration> build(const http::RequestOptions &options);
    // A key that is equal for options that produce the same configuration (for the pool).
    static QString settingsKey(const http::RequestOptions &options);
};

} // namespace wb::tls
