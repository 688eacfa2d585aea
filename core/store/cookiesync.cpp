#include "core/store/cookiesync.h"

#include "core/common/logging.h"
#include "core/http/cookiejar.h"
#include "core/store/cookiestore.h"
#include "core/store/database.h"
#include "core/store/workspacestore.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>

namespace wb::store {

namespace {

// Cookies are the same cookie when their name, domain and path are.
bool sameCookie(const QNetworkCookie &a, const QNetworkCookie &b)
{
    return a.name() == b.name() && a.domain() == b.domain() && a.path() == b.path();
}

} // namespace

CookieSync::CookieSync(WorkspaceStore *store, std::shared_ptr<http::CookieJar> jar, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_jar(std::move(jar))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &CookieSync::saveNow);
}

CookieSync::~CookieSync()
{
    if (m_dirty)
        saveNow();
}

void CookieSync::load()
{
    std::shared_ptr<http::CookieJar> jar = m_jar;
    auto count = std::make_shared<std::atomic<int>>(0);
    const quint64 request = m_store->write([jar, count](Database &db) -> Result<void> {
        auto stored = CookieStore(db).load();
        if (!stored)
            return stored.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QNetworkCookie> merged = jar->cookies();
        const qsizetype held = merged.size();
        int loaded = 0;
        for (const StoredCookie &row : stored.value()) {
            if (row.expiresAt.isValid() && row.expiresAt < now)
                continue;
            const QNetworkCookie cookie = row.toNetworkCookie();
            const auto end = merged.cbegin() + held;
            if (std::none_of(merged.cbegin(), end,
                             [&](const QNetworkCookie &c) { return sameCookie(c, cookie); })) {
                merged.append(cookie);
                ++loaded;
            }
        }
        jar->setCookies(merged);
        count->store(loaded);
        return {};
    });
    connect(m_store, &WorkspaceStore::writeFinished, this,
            [this, request, count](quint64 id, const Error &error) {
                if (id != request)
                    return;
                if (error.isError())
                    qCWarning(lcStore) << "loading cookies failed:" << error.detail;
                emit loaded(count->load());
            });
}

void CookieSync::changed()
{
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void CookieSync::saveNow()
{
    m_saveTimer.stop();
    m_dirty = false;
    QList<StoredCookie> rows;
    for (const QNetworkCookie &cookie : m_jar->cookies())
        rows.append(StoredCookie::fromNetworkCookie(cookie));
    m_store->write([rows](Database &db) -> Result<void> {
        auto saved = CookieStore(db).saveAll(rows);
        if (!saved)
            qCWarning(lcStore) << "saving cookies failed:" << saved.error().detail;
        return saved;
    });
}

} // namespace wb::store
