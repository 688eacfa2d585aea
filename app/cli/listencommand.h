#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

int runListen(CliContext &context);

} // namespace wb::cli
