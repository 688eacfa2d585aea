#pragma once

#include "core/http/exchange.h"
#include "core/store/sockettranscript.h"

namespace wb::test {

// Deterministic history content for the store tests: the same `n` always gives the same exchange.
http::ExchangeChain sampleExchange(int n, const QByteArray &responseBody = {});
// A redirect (302) followed by the final 200 response, with TLS details on both hops.
http::ExchangeChain sampleRedirectChain();
store::SocketSession sampleSession(int n);

} // namespace wb::test
