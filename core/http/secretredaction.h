#pragma once

#include "core/http/exchange.h"

#include <QStringList>

namespace wb::http {

// Takes secret values out of an exchange chain before it is kept: every occurrence in the
// request (spec, URL, head, in-memory body) and in the response head and in-memory bodies
// (servers echo what they were sent) becomes a mask — as typed, percent-encoded, and inside a
// Basic credential. Values shorter than minimumLength are left alone: masking "1" everywhere
// would destroy the record without protecting anything. Bodies already spilled to files are not
// rewritten.
class SecretRedaction
{
public:
    static constexpr qsizetype minimumLength = 4;
    static QString mask();

    static ExchangeChain redacted(const ExchangeChain &chain, const QStringList &secrets);
};

} // namespace wb::http
