// Fuzzes the cookie jar with Set-Cookie values as servers send them. The first line is the URL of
// the response; every further line is one Set-Cookie value.

#include "core/http/cookiejar.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> lines = bytes.split('\n');
    const QString url = QString::fromUtf8(lines.takeFirst());
    CookieJar jar;
    jar.store(url, lines);
    const QByteArray header = jar.cookieHeaderFor(url);
    if (header.contains('\n') || header.contains('\r'))
        std::abort(); // a Cookie header must stay one line
    (void)jar.cookieHeaderFor(QStringLiteral("https://www.example.com/a/b"));
    const auto all = jar.cookies();
    if (!all.isEmpty() && !jar.remove(all.first()))
        std::abort();
    jar.clear();
    if (jar.count() != 0)
        std::abort();
    return 0;
}
