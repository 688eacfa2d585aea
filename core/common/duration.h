#pragma once

namespace wb {

// Seconds as typed by a user or found in a file (fractions allowed) as whole milliseconds for a
// timeout: 0 (no limit) for what is not a positive number, NaN included; at most INT_MAX (about
// 24 days) however large the number, so the conversion never overflows.
int secondsToMs(double seconds);

} // namespace wb
