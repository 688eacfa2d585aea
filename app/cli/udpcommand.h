#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

int runUdp(CliContext &context);

} // namespace wb::cli
