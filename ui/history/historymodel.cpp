#include "ui/history/historymodel.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace wb::ui {

// Day rows carry internal id 0; entry rows carry the Julian day of their day, which finds the
// parent row even after days were inserted above it.

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QDate HistoryModel::localDay(const store::HistorySummary &summary)
{
    const QDate day = summary.createdAt.toLocalTime().date();
    return day.isValid() ? day : QDate(1970, 1, 1);
}

QString HistoryModel::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString HistoryModel::location(const store::HistorySummary &summary)
{
    if (summary.kind == store::HistoryKind::Socket)
        return summary.url;
    const QUrl url(summary.url);
    if (!url.isValid() || url.host().isEmpty())
        return summary.url;
    QString text = url.host();
    if (url.port() >= 0)
        text += QLatin1Char(':') + QString::number(url.port());
    text += url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        text += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return text;
}

int HistoryModel::dayRow(const QDate &date, bool *found) const
{
    // m_days is sorted newest first.
    auto it = std::lower_bound(m_days.cbegin(), m_days.cend(), date,
                               [](const Day &day, const QDate &d) { return day.date > d; });
    if (found)
        *found = it != m_days.cend() && it->date == date;
    return int(it - m_days.cbegin());
}

int HistoryModel::entryRow(const Day &day, qint64 id)
{
    auto it = std::lower_bound(day.entries.cbegin(), day.entries.cend(), id,
                               [](const Entry &e, qint64 v) { return e.summary.id > v; });
    return int(it - day.entries.cbegin());
}

void HistoryModel::addEntries(const QList<store::HistorySummary> &entries)
{
    QList<store::HistorySummary> fresh;
    for (const store::HistorySummary &s : entries) {
        if (s.id > 0 && !m_dayOf.contains(s.id))
            fresh.append(s);
    }
    std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
    fresh.erase(std::unique(fresh.begin(), fresh.end(),
                            [](const auto &a, const auto &b) { return a.id == b.id; }),
                fresh.end());
    // Runs of neighbours on the same day go in with one insertion each.
    QList<Entry> run;
    QDate runDay;
    for (const store::HistorySummary &s : std::as_const(fresh)) {
        const QDate day = localDay(s);
        if (!run.isEmpty() && day != runDay) {
            insertRun(runDay, run);
            run.clear();
        }
        runDay = day;
        run.append({s, location(s)});
    }
    if (!run.isEmpty())
        insertRun(runDay, run);
}

void HistoryModel::insertRun(const QDate &date, const QList<Entry> &run)
{
    bool found = false;
    const int row = dayRow(date, &found);
    if (!found) {
        beginInsertRows({}, row, row);
        m_days.insert(row, Day{date, run});
        for (const Entry &e : run)
            m_dayOf.insert(e.summary.id, date);
        endInsertRows();
        return;
    }
    Day &day = m_days[row];
    const QModelIndex parent = createIndex(row, 0, quintptr(0));
    const int at = entryRow(day, run.first().summary.id);
    // The run fits as one block when no shown entry lies between its newest and oldest.
    if (at == day.entries.size() || day.entries.at(at).summary.id < run.last().summary.id) {
        beginInsertRows(parent, at, at + int(run.size()) - 1);
        for (int i = 0; i < run.size(); ++i) {
            day.entries.insert(at + i, run.at(i));
            m_dayOf.insert(run.at(i).summary.id, date);
        }
        endInsertRows();
        return;
    }
    for (const Entry &e : run) {
        const int r = entryRow(day, e.summary.id);
        beginInsertRows(parent, r, r);
        day.entries.insert(r, e);
        m_dayOf.insert(e.summary.id, date);
        endInsertRows();
    }
}

void HistoryModel::removeEntries(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto where = m_dayOf.constFind(id);
        if (where == m_dayOf.cend())
            continue;
        const int row = dayRow(where.value());
        Day &day = m_days[row];
        m_dayOf.erase(where);
        if (day.entries.size() == 1) {
            beginRemoveRows({}, row, row);
            m_days.removeAt(row);
            endRemoveRows();
            continue;
        }
        const int r = entryRow(day, id);
        beginRemoveRows(createIndex(row, 0, quintptr(0)), r, r);
        day.entries.removeAt(r);
        endRemoveRows();
    }
}

void HistoryModel::clear()
{
    beginResetModel();
    m_days.clear();
    m_dayOf.clear();
    endResetModel();
}

qint64 HistoryModel::newestId() const
{
    qint64 newest = 0;
    for (const Day &day : m_days)
        newest = std::max(newest, day.entries.isEmpty() ? 0 : day.entries.first().summary.id);
    return newest;
}

QModelIndex HistoryModel::dayIndex(const QDate &date) const
{
    bool found = false;
    const int row = dayRow(date, &found);
    return found ? createIndex(row, 0, quintptr(0)) : QModelIndex();
}

QModelIndex HistoryModel::indexOfEntry(qint64 id) const
{
    const auto where = m_dayOf.constFind(id);
    if (where == m_dayOf.cend())
        return {};
    const Day &day = m_days.at(dayRow(where.value()));
    return createIndex(entryRow(day, id), 0, quintptr(day.date.toJulianDay()));
}

store::HistorySummary HistoryModel::summary(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return {};
    const QModelIndex day = parent(index);
    if (!day.isValid())
        return {};
    return m_days.at(day.row()).entries.value(index.row()).summary;
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_days.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_days.size())
        return {};
    const Day &day = m_days.at(parent.row());
    if (row >= day.entries.size())
        return {};
    return createIndex(row, 0, quintptr(day.date.toJulianDay()));
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    bool found = false;
    const int row = dayRow(QDate::fromJulianDay(qint64(child.internalId())), &found);
    return found ? createIndex(row, 0, quintptr(0)) : QModelIndex();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.internalId() != 0 || parent.row() >= m_days.size())
        return 0;
    return int(m_days.at(parent.row()).entries.size());
}

int HistoryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_days.size())
            return {};
        const QDate date = m_days.at(index.row()).date;
        switch (role) {
        case Qt::DisplayRole:
            return dayLabel(date, QDate::currentDate());
        case DayRole:
            return date;
        case EntryIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const QModelIndex day = parent(index);
    if (!day.isValid() || index.row() >= m_days.at(day.row()).entries.size())
        return {};
    const Entry &entry = m_days.at(day.row()).entries.at(index.row());
    const store::HistorySummary &s = entry.summary;
    switch (role) {
    case Qt::DisplayRole:
        return s.status > 0 ? QStringLiteral("%1 %2 %3").arg(s.method, entry.location).arg(s.status)
                            : QStringLiteral("%1 %2").arg(s.method, entry.location);
    case Qt::ToolTipRole: {
        QString tip = s.method + QLatin1Char(' ') + s.url + QLatin1Char('\n') +
                      QLocale().toString(s.createdAt.toLocalTime(), QLocale::LongFormat);
        if (!s.protocol.isEmpty())
            tip += QLatin1Char('\n') + QString::fromLatin1(s.protocol);
        if (!s.error.isEmpty())
            tip += QLatin1Char('\n') + s.error;
        return tip;
    }
    case EntryIdRole:
        return s.id;
    case SummaryRole:
        return QVariant::fromValue(s);
    case DayRole:
        return m_days.at(day.row()).date;
    case LocationRole:
        return entry.location;
    default:
        return {};
    }
}

} // namespace wb::ui
