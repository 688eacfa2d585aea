#include "ui/request/queryparams.h"

namespace wb::ui::queryparams {

namespace {
// [start, end) of the query inside url, without the '?'; start == -1 when there is none.
void locate(const QString &url, qsizetype *queryStart, qsizetype *queryEnd, qsizetype *fragment)
{
    *fragment = url.indexOf(QLatin1Char('#'));
    const qsizetype limit = *fragment < 0 ? url.size() : *fragment;
    const qsizetype q = url.left(limit).indexOf(QLatin1Char('?'));
    *queryStart = q < 0 ? -1 : q + 1;
    *queryEnd = limit;
}
} // namespace

QList<KeyValueTable::Row> parse(const QString &url)
{
    qsizetype start = 0, end = 0, fragment = 0;
    locate(url, &start, &end, &fragment);
    QList<KeyValueTable::Row> rows;
    if (start < 0)
        return rows;
    const QString query = url.mid(start, end - start);
    if (query.isEmpty())
        return rows;
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 0)
            rows.append({pair, QString(), true});
        else
            rows.append({pair.left(eq), pair.mid(eq + 1), true});
    }
    return rows;
}

QString withQuery(const QString &url, const QList<KeyValueTable::Row> &rows)
{
    qsizetype start = 0, end = 0, fragment = 0;
    locate(url, &start, &end, &fragment);
    QStringList pairs;
    bool any = false;
    for (const auto &row : rows) {
        if (!row.enabled)
            continue;
        any = true;
        pairs << (row.value.isEmpty() && !row.name.isEmpty()
                      ? row.name
                      : row.name + QLatin1Char('=') + row.value);
    }
    const QString base = start < 0 ? url.left(end) : url.left(start - 1);
    const QString tail = fragment < 0 ? QString() : url.mid(fragment);
    if (!any)
        return base + tail;
    return base + QLatin1Char('?') + pairs.join(QLatin1Char('&')) + tail;
}

} // namespace wb::ui::queryparams
