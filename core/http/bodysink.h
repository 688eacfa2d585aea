#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <memory>

namespace wb::http {

// Collects a body as it arrives: in memory while small, spilled to a temporary file once it
// passes a threshold (or written straight to a chosen file), so memory stays flat however large
// the body is. Bytes beyond an optional capture limit are counted but not kept.
class BodySink
{
public:
    static constexpr qint64 defaultSpillThreshold = 4 * 1024 * 1024;

    explicit BodySink(qint64 spillThreshold = defaultSpillThreshold);
    ~BodySink();
    BodySink(const BodySink &) = delete;
    BodySink &operator=(const BodySink &) = delete;

    // Writes everything to `path` (for example "-o file" or /dev/null) instead of memory.
    Result<void> setOutputFile(const QString &path);
    // Keeps only the first `limit` bytes (-1: everything).
    void setCaptureLimit(qint64 limit) { m_captureLimit = limit; }

    Result<void> append(QByteArrayView data);
    qint64 size() const { return m_size; }
    bool truncated() const { return m_truncated; }
    // The collected body; the sink is empty afterwards.
    BodyData take();

private:
    Result<void> spill();
    Result<void> writeToFile(QByteArrayView data);

    qint64 m_threshold;
    qint64 m_captureLimit = -1;
    qint64 m_size = 0;
    qint64 m_kept = 0;
    bool m_truncated = false;
    bool m_removeOnDestroy = false;
    QByteArray m_bytes;
    std::unique_ptr<QFile> m_file;
};

} // namespace wb::http
