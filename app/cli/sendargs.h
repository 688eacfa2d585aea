#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"

#include <QCommandLineParser>
#include <QString>

namespace wb::cli {

// The curl-like request options shared by `send` and `load` (-X, -H, -d, --data-binary, --json,
// -F, -u, --digest, -k, --cacert, --cert, --key, -x, --max-time, --connect-timeout, -L, --http1.1,
// --http2,
// --http2-prior-knowledge).
class SendArgs
{
public:
    // `shortMaxTime`: -m is --max-time (curl's spelling); `load` keeps -m for --streams.
    static void addRequestOptions(QCommandLineParser &parser, bool shortMaxTime = true);
    // The request the options describe for `url`. Files named with @ are checked here.
    static Result<http::RequestSpec> requestSpec(const QCommandLineParser &parser,
                                                 const QString &url);
    // The -H lines as header fields, in order.
    static Result<QList<http::HeaderField>> headers(const QCommandLineParser &parser);
    // Sets the connection options that were given (-L, -k, --cacert, -E, -x, timeouts...) and
    // leaves the others as they are.
    static Result<void> applyOptions(const QCommandLineParser &parser,
                                     http::RequestOptions &options);
};

} // namespace wb::cli
