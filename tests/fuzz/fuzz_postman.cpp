// Fuzzes the Postman collection and environment importers; whatever imports must export, import
// again, and export to the same JSON (export is idempotent).

#include "core/interchange/postmancollectionreader.h"
#include "core/interchange/postmancollectionwriter.h"
#include "core/interchange/postmanenvironment.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::interchange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto collection = PostmanCollectionReader::read(bytes);
    if (collection.ok()) {
        (void)PostmanCollectionReader::notes(collection.value());
        const QJsonObject once = PostmanCollectionWriter::write(collection.value(), true);
        const auto again = PostmanCollectionReader::read(once);
        if (!again.ok() || PostmanCollectionWriter::write(again.value(), true) != once)
            std::abort();
    } else if (collection.error().message.isEmpty()) {
        std::abort();
    }
    const auto environment = PostmanEnvironment::read(bytes);
    if (environment.ok()) {
        const auto again =
            PostmanEnvironment::read(PostmanEnvironment::write(environment.value(), true));
        if (!again.ok() || again->variables != environment->variables)
            std::abort();
    }
    return 0;
}
