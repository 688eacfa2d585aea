#pragma once

#include "core/http/exchange.h"

#include <QByteArray>
#include <QFile>

#include <memory>

namespace wb::ui {

// Random access to a response body without loading it: views ask only for the bytes they show.
// Reads from memory, or pages from BodyData::filePath when the body spilled to a file.
class BodySource
{
public:
    explicit BodySource(const wb::http::BodyData &body);
    virtual ~BodySource();

    qint64 size() const;
    bool isFile() const { return m_body.isFile(); }
    const wb::http::BodyData &body() const { return m_body; }

    // Up to `length` bytes starting at `offset` (fewer at the end of the body).
    virtual QByteArray read(qint64 offset, qint64 length) const;

private:
    wb::http::BodyData m_body;
    mutable std::unique_ptr<QFile> m_file;
};

using BodySourcePtr = std::shared_ptr<BodySource>;

} // namespace wb::ui
