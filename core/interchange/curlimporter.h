#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"
#include "core/interchange/shellwords.h"

#include <QStringList>

namespace wb::interchange {

struct CurlImport
{
    wb::http::RequestSpec spec;
    QStringList warnings; // options that were ignored or only partly understood
};

// Turns a curl command line (as API docs and browsers' "Copy as cURL" write it) into a request.
// Follows curl's own rules: -d implies POST and form encoding, -G moves data into the query,
// redirects are followed only with -L, and several -d are joined with '&'.
class CurlImporter
{
public:
    static Result<CurlImport> parse(const QString &command,
                                    ShellWords::Dialect dialect = ShellWords::Dialect::Auto);
    // `stdinData` is what "@-" reads (null: not known).
    static Result<CurlImport> parseArguments(const QStringList &arguments,
                                             const QByteArray &stdinData = QByteArray());
};

} // namespace wb::interchange
