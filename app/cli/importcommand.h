#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

// wirebench-cli import FILE|- [--format auto|postman|environment|curl|har] [--name NAME]
int runImport(CliContext &context);

} // namespace wb::cli
