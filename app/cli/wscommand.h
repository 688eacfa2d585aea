#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

int runWs(CliContext &context);

} // namespace wb::cli
