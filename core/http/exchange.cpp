#include "core/http/exchange.h"

#include <QFile>

namespace wb::http {

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray ResponseHead::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (sameName(h.name, name))
            return h.value;
    }
    return {};
}

QList<QByteArray> ResponseHead::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (sameName(h.name, name))
            values.append(h.value);
    }
    return values;
}

TemporaryFileOwner::~TemporaryFileOwner()
{
    QFile::remove(m_path);
}

QByteArray BodyData::head(qint64 limit) const
{
    if (!isFile())
        return bytes.left(limit);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(limit);
}

} // namespace wb::http
