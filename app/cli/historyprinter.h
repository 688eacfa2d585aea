#pragma once

#include "core/store/historytypes.h"

#include <QString>

namespace wb::cli {

// How history entries look on the terminal.
class HistoryPrinter
{
public:
    // "ID  TIME  METHOD  STATUS  URL  DURATION" on one line.
    static QString summaryLine(const store::HistorySummary &summary);
    // Everything about one entry: each hop's request and response heads, timings, TLS, errors;
    // for a socket session its chunks. `withBody` adds the final response body (or chunk bytes).
    static QString details(const store::HistoryEntry &entry, bool withBody);
};

} // namespace wb::cli
