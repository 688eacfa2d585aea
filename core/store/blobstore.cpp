#include "core/store/blobstore.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"
#include "core/store/historycodec.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace wb::store {

namespace {

Error ioError(const QString &path, const QString &detail)
{
    return makeError(ErrorCategory::Io,
                     QCoreApplication::translate("wb::store",
                                                 "A body file of the history could not be written "
                                                 "in %1. Check that the disk is not full and the "
                                                 "workspace folder is writable.")
                         .arg(path),
                     detail);
}

bool isHexDigest(const QString &name)
{
    if (name.size() != 64)
        return false;
    for (const QChar c : name) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

BlobStore::BlobStore(QString blobsFolder)
    : m_folder(std::move(blobsFolder))
{}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_folder + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

Result<StoredPayload> BlobStore::store(const http::BodyData &body) const
{
    if (body.isFile())
        return storeFile(body.filePath, body.size);
    return store(body.bytes);
}

Result<StoredPayload> BlobStore::store(const QByteArray &bytes) const
{
    StoredPayload payload;
    payload.size = bytes.size();
    if (bytes.size() <= inlineLimit) {
        if (bytes.size() >= 128) {
            QByteArray packed = HistoryCodec::pack(bytes);
            if (packed.size() < bytes.size()) {
                payload.compressed = true;
                payload.data = std::move(packed);
                return payload;
            }
        }
        payload.data = bytes;
        return payload;
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!QFile::exists(pathFor(sha))) {
        (void)PrivateFiles::makeFolder(m_folder);
        QTemporaryFile temp(m_folder + QStringLiteral("/incoming-XXXXXX"));
        temp.setAutoRemove(false);
        if (!temp.open() || temp.write(bytes) != bytes.size() || !temp.flush()) {
            temp.remove();
            return ioError(m_folder, temp.errorString());
        }
        temp.close();
        if (auto committed = commitTemp(temp.fileName(), sha); !committed)
            return committed.error();
    }
    payload.sha256 = sha;
    return payload;
}

Result<StoredPayload> BlobStore::storeFile(const QString &sourcePath, qint64 size) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return ioError(sourcePath, source.errorString());
    if (source.size() <= inlineLimit)
        return store(source.readAll());
    (void)PrivateFiles::makeFolder(m_folder);
    QTemporaryFile temp(m_folder + QStringLiteral("/incoming-XXXXXX"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return ioError(m_folder, temp.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    while (!source.atEnd()) {
        const QByteArray block = source.read(1 << 20);
        if (block.isEmpty() || temp.write(block) != block.size()) {
            temp.remove();
            return ioError(m_folder, temp.errorString() + source.errorString());
        }
        hash.addData(block);
        copied += block.size();
    }
    temp.flush();
    temp.close();
    const QString sha = QString::fromLatin1(hash.result().toHex());
    auto committed = commitTemp(temp.fileName(), sha);
    if (!committed)
        return committed.error();
    StoredPayload payload;
    payload.size = copied;
    payload.sha256 = sha;
    Q_UNUSED(size);
    return payload;
}

Result<QString> BlobStore::commitTemp(const QString &tempPath, const QString &sha256) const
{
    const QString target = pathFor(sha256);
    if (QFile::exists(target)) {
        QFile::remove(tempPath); // same content already stored
        return target;
    }
    (void)PrivateFiles::makeFolder(m_folder + QLatin1Char('/') + sha256.left(2));
    if (!QFile::rename(tempPath, target)) {
        QFile::remove(tempPath);
        if (QFile::exists(target))
            return target;
        return ioError(target, QStringLiteral("rename failed"));
    }
    return target;
}

Result<http::BodyData> BlobStore::load(const StoredPayload &payload) const
{
    http::BodyData body;
    body.size = payload.size;
    if (payload.isBlob()) {
        body.filePath = pathFor(payload.sha256);
        if (!QFile::exists(body.filePath)) {
            return makeError(ErrorCategory::Io,
                             QCoreApplication::translate(
                                 "wb::store",
                                 "A body file of this history entry is missing (%1). It may "
                                 "have been deleted outside Wirebench.")
                                 .arg(body.filePath));
        }
        return body;
    }
    body.bytes =
        payload.compressed ? HistoryCodec::unpack(payload.data, inlineLimit) : payload.data;
    if (body.bytes.size() != payload.size) {
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate("wb::store",
                                                     "A body of this history entry is damaged. "
                                                     "Delete the entry or clear the history."));
    }
    return body;
}

QByteArray BlobStore::head(const StoredPayload &payload, qint64 limit) const
{
    if (payload.isBlob()) {
        QFile file(pathFor(payload.sha256));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.read(limit);
    }
    if (payload.compressed)
        return HistoryCodec::unpack(payload.data, inlineLimit).left(limit);
    return payload.data.left(limit);
}

Result<int> BlobStore::removeUnreferenced(QSqlDatabase db) const
{
    QStringList unreferenced;
    auto work = [&]() -> Result<void> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT sha256 FROM blobs b WHERE NOT EXISTS "
                                       "(SELECT 1 FROM payloads p WHERE p.sha256 = b.sha256)")))
            return SqlUtil::error(query.lastError(), QStringLiteral("finding unused blobs"));
        while (query.next())
            unreferenced.append(query.value(0).toString());
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"));
        for (const QString &sha : unreferenced) {
            remove.addBindValue(sha);
            if (auto done = SqlUtil::run(remove, QStringLiteral("deleting a blob row")); !done)
                return done;
        }
        return {};
    };
    if (auto done = SqlUtil::transaction(db, work); !done)
        return done.error();
    for (const QString &sha : unreferenced)
        QFile::remove(pathFor(sha));
    return int(unreferenced.size());
}

int BlobStore::sweepOrphanFiles(QSqlDatabase db) const
{
    QSet<QString> known;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sha256 FROM blobs")))
        return 0;
    while (query.next())
        known.insert(query.value(0).toString());
    int removed = 0;
    QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        const bool stray = name.startsWith(QLatin1String("incoming-")) ||
                           (isHexDigest(name) && !known.contains(name));
        if (stray && QFile::remove(path))
            ++removed;
    }
    qCDebug(lcStore) << "removed" << removed << "stray blob files";
    return removed;
}

} // namespace wb::store
