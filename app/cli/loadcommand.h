#pragma once

#include "app/cli/clicommand.h"

namespace wb::cli {

// `wirebench-cli load URL -n N -c C`: N requests over C keep-alive connections; prints requests
// per second, latency percentiles, status counts and errors.
int runLoad(CliContext &context);

} // namespace wb::cli
