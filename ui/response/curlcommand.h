#pragma once

#include "core/http/requestspec.h"

#include <QString>

namespace wb::ui {

// A POSIX shell command line that makes `spec` with curl. Every argument is single-quoted, with
// embedded quotes written as '\''.
QString curlCommandLine(const wb::http::RequestSpec &spec);
QString shellQuote(const QString &argument);

} // namespace wb::ui
