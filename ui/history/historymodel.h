#pragma once

#include "core/store/historytypes.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

namespace wb::ui {

// The loaded part of the history as a two-level tree: days (newest first) at the top, their
// entries (newest first) below. It holds only what the panel fetched, page by page, plus the
// entries appended since; it never reads the database itself.
class HistoryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64; 0 on a day row
        SummaryRole,                    // wb::store::HistorySummary (entries)
        DayRole,                        // QDate (both levels)
        LocationRole,                   // QString: host and path (entries)
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // Adds entries in any order; ones already shown are skipped. Each goes under its local day.
    void addEntries(const QList<store::HistorySummary> &entries);
    void removeEntries(const QList<qint64> &ids);
    void clear();

    int entryCount() const { return int(m_dayOf.size()); }
    bool contains(qint64 id) const { return m_dayOf.contains(id); }
    qint64 newestId() const;
    QModelIndex indexOfEntry(qint64 id) const;
    QModelIndex dayIndex(const QDate &day) const;
    // The entry at `index`; a default summary (id 0) for a day row.
    store::HistorySummary summary(const QModelIndex &index) const;

    // "Today", "Yesterday", else the date in the locale's long format.
    static QString dayLabel(const QDate &day, const QDate &today);
    // Host, port when given, and path of an HTTP URL; the target of a socket session.
    static QString location(const store::HistorySummary &summary);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        store::HistorySummary summary;
        QString location;
    };
    struct Day
    {
        QDate date;
        QList<Entry> entries; // newest (highest id) first
    };

    static QDate localDay(const store::HistorySummary &summary);
    // The row of `date` among m_days, or where it would go (with *found false).
    int dayRow(const QDate &date, bool *found = nullptr) const;
    // The row in `day` of the first entry older than `id` (where `id` would go).
    static int entryRow(const Day &day, qint64 id);
    void insertRun(const QDate &date, const QList<Entry> &run);

    QList<Day> m_days;            // newest first
    QHash<qint64, QDate> m_dayOf; // every entry shown, with its day
};

} // namespace wb::ui
