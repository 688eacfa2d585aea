#pragma once

#include "core/http/exchange.h"

#include <QAbstractTableModel>
#include <QList>

#include <bitset>

namespace wb::ui {

// The HTTP/2 frames of one exchange as a table, in wire order, filtered by stream and by type.
// The filter is a list of frame indices rebuilt in one pass, and each cell's text is made only
// when a view asks for it, so 100,000 frames cost a list of ints and a repaint of the rows shown.
class FramesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        StreamColumn,
        TypeColumn,
        FlagsColumn,
        LengthColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        FrameIndexRole = Qt::UserRole + 1, // int: the frame's index in frames()
        ProblemRole,                       // QString: Http2FrameText::problem, empty if none
    };
    static constexpr qint64 AllStreams = -1;

    explicit FramesModel(QObject *parent = nullptr);

    void setFrames(const QList<wb::http::Http2Frame> &frames);
    void clear();
    const QList<wb::http::Http2Frame> &frames() const { return m_frames; }

    // The streams and types present, ascending, and how many frames each has.
    QList<quint32> streams() const { return m_streams; }
    QList<quint8> types() const { return m_types; }
    int streamFrameCount(quint32 stream) const;
    int typeFrameCount(quint8 type) const { return m_typeCounts[type]; }

    // Only frames of `stream` (AllStreams: every stream) and of the types shown.
    void setStreamFilter(qint64 stream);
    qint64 streamFilter() const { return m_stream; }
    void setTypeShown(quint8 type, bool shown);
    void setAllTypesShown(bool shown);
    bool isTypeShown(quint8 type) const { return m_shownTypes.test(type); }

    // The frame at `row` of the filtered table, or nullptr.
    const wb::http::Http2Frame *frameAt(int row) const;
    int frameIndex(int row) const;
    // The row of frame `index`, or -1 when the filter hides it.
    int rowOfFrame(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString timeText(qint64 atUs);
    static QString directionText(bool outgoing);

private:
    bool filtered() const;
    bool accepts(const wb::http::Http2Frame &frame) const;
    void refilter();
    QVariant display(const wb::http::Http2Frame &frame, int column) const;
    QVariant foreground(const wb::http::Http2Frame &frame, int column) const;
    QString toolTip(const wb::http::Http2Frame &frame, int column) const;

    QList<wb::http::Http2Frame> m_frames;
    QList<int> m_rows; // frame indices shown, ascending; unused when nothing is filtered
    QList<quint32> m_streams;
    QList<int> m_streamCounts; // parallel to m_streams
    QList<quint8> m_types;
    int m_typeCounts[256] = {};
    qint64 m_stream = AllStreams;
    std::bitset<256> m_shownTypes;
};

} // namespace wb::ui
