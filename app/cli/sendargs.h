#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"

#include <QCommandLineParser>
#include <QString>

namespace wb::cli {

// The curl-like request options shared by `send` and `load` (-X, -H, -d, --data-binary, --json,
// -F, -u, --digest, -k, --cacert, --cert, --key, -x, --max-time, --connect-timeout, -L).
class SendArgs
{
public:
    static void addRequestOptions(QCommandLineParser &parser);
    // The request the options describe for `url`. Files named with @ are checked here.
    static Result<http::RequestSpec> requestSpec(const QCommandLineParser &parser,
                                                 const QString &url);
};

} // namespace wb::cli
