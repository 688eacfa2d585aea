#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace wb::store {
class WorkspaceStore;
}

namespace wb::ui {

// A payload the user saved for the socket console's input, by name.
struct Snippet
{
    QString name;
    QString text;
    bool hex = false;
    int lineEnding = 0; // net::NetSession::LineEnding as int
    bool operator==(const Snippet &other) const = default;
};

// The saved snippets of a workspace. They live in a small JSON file inside the workspace folder
// (socket-snippets.json), read and written on the workspace store's storage thread through
// WorkspaceStore::write(): they travel with the workspace, need no change to the database schema,
// and every change is a read-modify-write there, so two consoles never overwrite each other.
// Without a store (tests, a store that failed to open) they are kept in memory only.
class SnippetStore : public QObject
{
    Q_OBJECT

public:
    static QString fileName();

    explicit SnippetStore(store::WorkspaceStore *store, QObject *parent = nullptr);

    // Reads the file again; changed() follows.
    void reload();
    QList<Snippet> snippets() const { return m_snippets; }
    // Adds the snippet, or replaces the one with the same name.
    void save(const Snippet &snippet);
    void remove(const QString &name);

signals:
    void changed();
    void failed(const wb::Error &error);

private:
    enum class Op { Read, Save, Remove };
    void run(Op op, const Snippet &snippet);
    void onWriteFinished(quint64 requestId, const Error &error);

    QPointer<store::WorkspaceStore> m_store;
    QList<Snippet> m_snippets;
    // Requests on the storage thread, with the list each one fills there.
    QHash<quint64, std::shared_ptr<QList<Snippet>>> m_pending;
};

} // namespace wb::ui
