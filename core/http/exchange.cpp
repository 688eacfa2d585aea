#include "core/http/exchange.h"

#include <QFile>

namespace wb::http {

QByteArray ResponseHead::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QList<QByteArray> ResponseHead::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
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
