// Fuzzes the HAR importer; whatever imports must write as HAR and import again.

#include "core/interchange/harreader.h"
#include "core/interchange/harwriter.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::interchange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto exchanges = HarReader::read(bytes);
    if (!exchanges.ok())
        return 0;
    QList<wb::http::ExchangeChain> chains;
    for (const auto &ex : exchanges.value())
        chains.append(wb::http::ExchangeChain{{ex}});
    const auto again = HarReader::read(HarWriter::toHar(chains));
    if (!again.ok() || again->size() != exchanges->size())
        std::abort();
    return 0;
}
