#pragma once

namespace wb::cli {

// wirebench-cli's exit codes, documented in README.md. Stable: scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,         // the operation ran and failed (for example an HTTP error with --fail)
    ExitUsage = 2,           // the command line could not be understood
    ExitNetwork = 3,         // DNS, connect, reset or protocol error
    ExitTimeout = 4,         // a timeout expired
    ExitTls = 5,             // TLS handshake or certificate verification failed
    ExitIo = 6,              // a local file could not be read or written
    ExitWorkspace = 7,       // the workspace could not be opened
};

} // namespace wb::cli
