#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

// wirebench-cli export --collection ID|NAME | --environment ID|NAME [--format postman|curl]
//                      [--include-secrets] [--output FILE]
int runExport(CliContext &context);

} // namespace wb::cli
