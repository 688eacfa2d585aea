// Fuzzes URL parsing and redirect resolution with what users type and servers send in Location.

#include "core/http/urlparser.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::http;

namespace {

bool allowedOnTheWire(const QByteArray &target)
{
    for (const char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f || c == '#')
            return false;
    }
    return true;
}

void check(const wb::Result<RequestTarget> &target)
{
    if (!target.ok()) {
        if (target.error().message.isEmpty())
            std::abort();
        return;
    }
    if (target->port == 0 || target->host.isEmpty() || target->hostHeader.isEmpty() ||
        !target->originForm.startsWith('/') || !allowedOnTheWire(target->originForm) ||
        !allowedOnTheWire(target->hostHeader) || !allowedOnTheWire(target->authority))
        std::abort();
    // Encoding what is already encoded changes nothing.
    if (UrlParser::encodeTargetBytes(target->originForm) != target->originForm)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(UrlParser::parse(QString::fromUtf8(bytes)));
    // The first line is a base URL, the rest a Location value.
    const qsizetype newline = bytes.indexOf('\n');
    const QString base = newline < 0 ? QStringLiteral("http://example.com/a/b?c")
                                     : QString::fromUtf8(bytes.left(newline));
    const QByteArray location = newline < 0 ? bytes : bytes.mid(newline + 1);
    const auto resolved = UrlParser::resolveRedirect(base, location);
    if (resolved.ok())
        check(UrlParser::parse(resolved.value()));
    else if (resolved.error().message.isEmpty())
        std::abort();
    return 0;
}
