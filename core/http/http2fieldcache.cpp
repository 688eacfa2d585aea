#include "core/http/http2fieldcache.h"

#include <cstring>

namespace wb::http {

namespace {

// Names as HTTP/2 spells them (lower case, RFC 9113 §8.2.1), most frequent first.
const std::array<QByteArray, 24> &commonNames()
{
    static const std::array<QByteArray, 24> names{
        QByteArrayLiteral("server"),
        QByteArrayLiteral("date"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("last-modified"),
        QByteArrayLiteral("etag"),
        QByteArrayLiteral("accept-ranges"),
        QByteArrayLiteral("cache-control"),
        QByteArrayLiteral("content-encoding"),
        QByteArrayLiteral("vary"),
        QByteArrayLiteral("set-cookie"),
        QByteArrayLiteral("location"),
        QByteArrayLiteral("expires"),
        QByteArrayLiteral("age"),
        QByteArrayLiteral("via"),
        QByteArrayLiteral("x-content-type-options"),
        QByteArrayLiteral("strict-transport-security"),
        QByteArrayLiteral("access-control-allow-origin"),
        QByteArrayLiteral("access-control-allow-credentials"),
        QByteArrayLiteral("alt-svc"),
        QByteArrayLiteral("x-frame-options"),
        QByteArrayLiteral("content-security-policy"),
        QByteArrayLiteral("referrer-policy"),
        QByteArrayLiteral("link"),
    };
    return names;
}

bool same(const QByteArray &bytes, QByteArrayView view)
{
    return bytes.size() == view.size() &&
           std::memcmp(bytes.constData(), view.data(), size_t(view.size())) == 0;
}

} // namespace

int Http2FieldCache::commonIndex(QByteArrayView name)
{
    const auto &names = commonNames();
    static_assert(std::tuple_size_v<std::decay_t<decltype(names)>> == commonCount);
    for (int i = 0; i < commonCount; ++i) {
        if (same(names[size_t(i)], name))
            return i;
    }
    return -1;
}

WireHeader Http2FieldCache::field(QByteArrayView name, QByteArrayView value)
{
    const int index = commonIndex(name);
    if (index < 0)
        return {name.toByteArray(), value.toByteArray()};
    QByteArray &last = m_lastValues[size_t(index)];
    if (!same(last, value) || last.isNull())
        last = value.toByteArray();
    return {commonNames()[size_t(index)], last};
}

} // namespace wb::http
