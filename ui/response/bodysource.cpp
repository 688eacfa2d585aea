#include "ui/response/bodysource.h"

#include <QFileInfo>

namespace wb::ui {

BodySource::BodySource(const wb::http::BodyData &body)
    : m_body(body)
{}

BodySource::~BodySource() = default;

qint64 BodySource::size() const
{
    if (!m_body.isFile())
        return m_body.bytes.size();
    if (m_body.size > 0)
        return m_body.size;
    return QFileInfo(m_body.filePath).size();
}

QByteArray BodySource::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0)
        return {};
    if (!m_body.isFile())
        return m_body.bytes.mid(offset, length);
    if (!m_file) {
        m_file = std::make_unique<QFile>(m_body.filePath);
        if (!m_file->open(QIODevice::ReadOnly))
            return {};
    }
    if (!m_file->isOpen() || !m_file->seek(offset))
        return {};
    return m_file->read(length);
}

} // namespace wb::ui
