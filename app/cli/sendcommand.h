#pragma once

#include "app/cli/clicommand.h"
#include "core/common/result.h"

namespace wb::cli {

// `wirebench-cli send URL`: one request, curl-like options.
int runSend(CliContext &context);
// The exit code for an error category (see exitcodes.h).
int httpExitCode(const Error &error);

} // namespace wb::cli
