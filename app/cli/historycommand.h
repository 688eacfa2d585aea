#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

// wirebench-cli history list|search|show|export --har FILE|clear
int runHistory(CliContext &context);

} // namespace wb::cli
