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

// Turns a curl command line (as API docs and browsers' "Copy as cURL" write it) into the request
// curl would send. Follows curl's own rules: -d implies POST and the form content type, -G moves
// data into the query, redirects are followed only with -L, several -d are joined with '&', -b
// cookies go in one header, and file parts get curl's content types. Files named with @ (and
// -F name=<file) are read as curl reads them when it runs: -d and --data-ascii without their line
// breaks, --data-binary and --data-urlencode as they are; a lone --data-binary @file stays a file.
// Options it does not send are listed in one warning.
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
