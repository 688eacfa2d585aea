#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace wb::store {

// How one body (or transcript) is kept: inline in its row (compressed when that helps), or as a
// content-addressed file blobs/<first two hex digits>/<sha256> beside the database.
struct StoredPayload
{
    qint64 size = 0;
    bool compressed = false;
    QByteArray data; // inline bytes (compressed when `compressed`)
    QString sha256;  // set when the bytes live in a blob file

    bool isBlob() const { return !sha256.isEmpty(); }
};

class BlobStore
{
public:
    // Bodies larger than this go to a blob file.
    static constexpr qint64 inlineLimit = 64 * 1024;

    explicit BlobStore(QString blobsFolder);

    // Stores a body: inline when small, else as a blob file (written once per content).
    Result<StoredPayload> store(const http::BodyData &body) const;
    Result<StoredPayload> store(const QByteArray &bytes) const;
    // The body back: bytes for inline payloads, the blob file's path for large ones.
    Result<http::BodyData> load(const StoredPayload &payload) const;
    // Up to `limit` bytes from the start of a payload.
    QByteArray head(const StoredPayload &payload, qint64 limit) const;

    QString pathFor(const QString &sha256) const;
    const QString &folder() const { return m_folder; }

    // Deletes blob rows no payload refers to any more, then their files. Call after deleting
    // history rows; files go only once the rows are gone for good.
    Result<int> removeUnreferenced(QSqlDatabase db) const;
    // Deletes files in the blobs folder that no row knows (left by an interrupted write).
    int sweepOrphanFiles(QSqlDatabase db) const;

private:
    Result<StoredPayload> storeFile(const QString &sourcePath, qint64 size) const;
    Result<QString> commitTemp(const QString &tempPath, const QString &sha256) const;

    QString m_folder;
};

} // namespace wb::store
