#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace wb::store {

// One connection to a workspace database (workspace.db in the workspace folder), in WAL mode with
// foreign keys and a busy timeout. A connection belongs to the thread that opened it.
//
// The primary open (the storage thread, the CLI) also checks the file: a damaged file or one that
// is not a Wirebench workspace is moved aside as workspace.db.damaged-<UTC timestamp>, a new one
// is created and notice() says so; then it migrates the schema. It keeps the workspace private:
// the folder and the folders below it 0700, the database (and so its -wal and -shm) and the body
// files 0600; looser modes left by an older version or a copy are tightened, and what cannot be
// tightened is reported by privacyError() and notice(). Secondary opens (readers) expect a
// database the primary already prepared.
class Database
{
public:
    enum class Role { Primary, Secondary };

    static constexpr int defaultBusyTimeoutMs = 5000;

    static Result<std::unique_ptr<Database>> open(const QString &folder, Role role = Role::Primary,
                                                  int busyTimeoutMs = defaultBusyTimeoutMs);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString folder() const { return m_folder; }
    QString filePath() const;
    QString blobsFolder() const;
    // Non-empty when a damaged or foreign file was moved aside during open, or when the workspace
    // could not be made private (one paragraph each).
    QString notice() const { return m_notice; }
    // Set when part of the workspace can be read by other users and could not be tightened.
    const Error &privacyError() const { return m_privacyError; }

    // PRAGMA integrity_check: "ok", or what is wrong.
    Result<QString> integrityCheck() const;

    static QString fileName();

private:
    explicit Database(QString folder);
    Result<void> connect(int busyTimeoutMs);
    Result<void> verify();
    void disconnect();
    Result<void> moveAside(const QString &reason);
    void addNotice(const QString &notice);
    // Tightens the folder's modes and creates the database file 0600 when it is missing.
    Result<void> makePrivate();

    QString m_folder;
    QString m_connectionName;
    QString m_notice;
    Error m_privacyError;
};

} // namespace wb::store
