#include "core/http/bodysink.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>

namespace wb::http {

BodySink::BodySink(qint64 spillThreshold)
    : m_threshold(spillThreshold)
{}

BodySink::~BodySink()
{
    if (m_file && m_removeOnDestroy)
        m_file->remove();
}

Result<void> BodySink::setOutputFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate("wb::http",
                                                     "The file '%1' could not be written: check "
                                                     "the folder exists and is writable.")
                             .arg(path),
                         file->errorString());
    }
    m_file = std::move(file);
    m_removeOnDestroy = false;
    return {};
}

Result<void> BodySink::spill()
{
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/wirebench-body-XXXXXX"));
    file->setAutoRemove(false);
    if (!file->open()) {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate("wb::http",
                                                     "A large body could not be saved to a "
                                                     "temporary file: free some disk space."),
                         file->errorString());
    }
    m_file = std::move(file);
    m_removeOnDestroy = true;
    const QByteArray bytes = std::exchange(m_bytes, {});
    return writeToFile(bytes);
}

Result<void> BodySink::writeToFile(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    if (m_file->write(data.data(), data.size()) != data.size()) {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate("wb::http",
                                                     "Writing the body to '%1' failed: free some "
                                                     "disk space or choose another file.")
                             .arg(m_file->fileName()),
                         m_file->errorString());
    }
    return {};
}

Result<void> BodySink::append(QByteArrayView data)
{
    m_size += data.size();
    if (m_captureLimit >= 0 && m_kept + data.size() > m_captureLimit) {
        data = data.first(qMax<qint64>(0, m_captureLimit - m_kept));
        m_truncated = true;
    }
    m_kept += data.size();
    if (m_file)
        return writeToFile(data);
    m_bytes.append(data);
    if (m_threshold >= 0 && m_bytes.size() > m_threshold)
        return spill();
    return {};
}

BodyData BodySink::take()
{
    BodyData body;
    body.size = m_kept;
    if (m_file) {
        m_file->flush();
        body.filePath = m_file->fileName();
        m_file->close();
        m_file.reset();
        if (m_removeOnDestroy) // a spill file: it goes with the last copy of the body
            body.owner = std::make_shared<const TemporaryFileOwner>(body.filePath);
    } else {
        body.bytes = std::exchange(m_bytes, {});
    }
    m_removeOnDestroy = false;
    m_size = m_kept = 0;
    return body;
}

} // namespace wb::http
