#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace wb::http {
class CookieJar;
}

namespace wb::store {

class WorkspaceStore;

// Keeps an HTTP cookie jar in the workspace database: load() fills the jar from it (cookies the
// jar already holds win), changed() (connected to HttpEngine::cookiesChanged) writes the jar
// back a moment later, and the destructor writes what is still unsaved. Reads and writes run on
// the store's storage thread; the jar is thread-safe.
class CookieSync : public QObject
{
    Q_OBJECT

public:
    CookieSync(WorkspaceStore *store, std::shared_ptr<http::CookieJar> jar,
               QObject *parent = nullptr);
    ~CookieSync() override;

    void load();
    // The jar may have changed (a response set cookies); saves within a second.
    void changed();
    void saveNow();

signals:
    // The jar holds what the workspace had (count: cookies loaded).
    void loaded(int count);

private:
    WorkspaceStore *m_store = nullptr;
    std::shared_ptr<http::CookieJar> m_jar;
    QTimer m_saveTimer;
    bool m_dirty = false;
};

} // namespace wb::store
