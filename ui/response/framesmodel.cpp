#include "ui/response/framesmodel.h"

#include "core/http/http2frametext.h"
#include "ui/response/themecolors.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace wb::ui {

using wb::http::Http2Frame;
namespace FrameText = wb::http::Http2FrameText;

FramesModel::FramesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_shownTypes.set();
}

void FramesModel::setFrames(const QList<Http2Frame> &frames)
{
    beginResetModel();
    m_frames = frames;
    m_stream = AllStreams;
    m_shownTypes.set();
    m_rows.clear();
    std::fill(std::begin(m_typeCounts), std::end(m_typeCounts), 0);
    QList<quint32> ids;
    ids.reserve(m_frames.size());
    for (const Http2Frame &f : std::as_const(m_frames)) {
        ids.append(f.streamId);
        ++m_typeCounts[f.type];
    }
    std::sort(ids.begin(), ids.end());
    m_streams.clear();
    m_streamCounts.clear();
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j < ids.size() && ids.at(j) == ids.at(i))
            ++j;
        m_streams.append(ids.at(i));
        m_streamCounts.append(int(j - i));
        i = j;
    }
    m_types.clear();
    for (int t = 0; t < 256; ++t) {
        if (m_typeCounts[t] > 0)
            m_types.append(quint8(t));
    }
    endResetModel();
}

void FramesModel::clear()
{
    setFrames({});
}

int FramesModel::streamFrameCount(quint32 stream) const
{
    const auto it = std::lower_bound(m_streams.cbegin(), m_streams.cend(), stream);
    if (it == m_streams.cend() || *it != stream)
        return 0;
    return m_streamCounts.at(it - m_streams.cbegin());
}

bool FramesModel::filtered() const
{
    return m_stream != AllStreams || !m_shownTypes.all();
}

bool FramesModel::accepts(const Http2Frame &frame) const
{
    return (m_stream == AllStreams || frame.streamId == quint32(m_stream)) &&
           m_shownTypes.test(frame.type);
}

void FramesModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    if (filtered()) {
        for (int i = 0; i < m_frames.size(); ++i) {
            if (accepts(m_frames.at(i)))
                m_rows.append(i);
        }
        m_rows.squeeze();
    }
    endResetModel();
}

void FramesModel::setStreamFilter(qint64 stream)
{
    if (stream == m_stream)
        return;
    m_stream = stream;
    refilter();
}

void FramesModel::setTypeShown(quint8 type, bool shown)
{
    if (m_shownTypes.test(type) == shown)
        return;
    m_shownTypes.set(type, shown);
    refilter();
}

void FramesModel::setAllTypesShown(bool shown)
{
    if (shown ? m_shownTypes.all() : m_shownTypes.none())
        return;
    if (shown)
        m_shownTypes.set();
    else
        m_shownTypes.reset();
    refilter();
}

int FramesModel::frameIndex(int row) const
{
    if (row < 0)
        return -1;
    if (!filtered())
        return row < m_frames.size() ? row : -1;
    return row < m_rows.size() ? m_rows.at(row) : -1;
}

const Http2Frame *FramesModel::frameAt(int row) const
{
    const int index = frameIndex(row);
    return index < 0 ? nullptr : &m_frames.at(index);
}

int FramesModel::rowOfFrame(int index) const
{
    if (index < 0 || index >= m_frames.size())
        return -1;
    if (!filtered())
        return index;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), index);
    return it != m_rows.cend() && *it == index ? int(it - m_rows.cbegin()) : -1;
}

int FramesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(filtered() ? m_rows.size() : m_frames.size());
}

int FramesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FramesModel::timeText(qint64 atUs)
{
    return QLocale().toString(double(atUs) / 1000.0, 'f', 3);
}

QString FramesModel::directionText(bool outgoing)
{
    return outgoing ? tr("→ sent") : tr("← received");
}

QVariant FramesModel::display(const Http2Frame &f, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(f.atUs);
    case DirectionColumn:
        return directionText(f.outgoing);
    case StreamColumn:
        return QString::number(f.streamId);
    case TypeColumn:
        return FrameText::typeName(f.type);
    case FlagsColumn:
        return FrameText::flagNames(f.type, f.flags);
    case LengthColumn:
        return QLocale().toString(f.length);
    case DetailColumn:
        return FrameText::detail(f);
    default:
        return {};
    }
}

QVariant FramesModel::foreground(const Http2Frame &f, int column) const
{
    using themecolors::Role;
    const QPalette palette = QApplication::palette();
    switch (column) {
    case DirectionColumn:
        return themecolors::color(palette, f.outgoing ? Role::Sent : Role::Received);
    case StreamColumn:
        return f.streamId == 0 ? QVariant(themecolors::color(palette, Role::Comment)) : QVariant();
    case TypeColumn:
        if (f.type == quint8(wb::http::Http2FrameType::RstStream) ||
            f.type == quint8(wb::http::Http2FrameType::GoAway)) {
            // Red unless it says NO_ERROR; the code is the payload's last 4 (RST) or bytes 4-7.
            const int at = f.type == quint8(wb::http::Http2FrameType::RstStream) ? 9 : 13;
            const QByteArray code = f.bytes.mid(at, 4);
            if (code.size() == 4 && code != QByteArray(4, '\0'))
                return themecolors::color(palette, Role::ServerError);
        }
        return {};
    case DetailColumn:
        if (!FrameText::problem(f).isEmpty())
            return themecolors::color(palette, Role::ServerError);
        return {};
    default:
        return {};
    }
}

QString FramesModel::toolTip(const Http2Frame &f, int column) const
{
    switch (column) {
    case FlagsColumn:
        return QStringLiteral("0x%1").arg(f.flags, 2, 16, QLatin1Char('0'));
    case DetailColumn: {
        if (f.fields.isEmpty())
            return FrameText::detail(f);
        QStringList lines;
        for (const auto &h : f.fields)
            lines << QString::fromLatin1(h.name) + QStringLiteral(": ") +
                         QString::fromLatin1(h.value).left(200);
        if (lines.size() > 40) {
            const qsizetype more = lines.size() - 40;
            lines = lines.mid(0, 40);
            lines << tr("… and %1 more").arg(more);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case TypeColumn:
    case LengthColumn:
        return tr("%1 bytes on the wire: the 9-byte frame header and a %2-byte payload")
            .arg(QLocale().toString(qint64(f.length) + 9), QLocale().toString(f.length));
    default:
        return {};
    }
}

QVariant FramesModel::data(const QModelIndex &index, int role) const
{
    const Http2Frame *f = index.isValid() ? frameAt(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*f, index.column());
    case Qt::ForegroundRole:
        return foreground(*f, index.column());
    case Qt::ToolTipRole:
        return toolTip(*f, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == StreamColumn ||
            index.column() == LengthColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == DetailColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case FrameIndexRole:
        return frameIndex(index.row());
    case ProblemRole:
        return FrameText::problem(*f);
    default:
        return {};
    }
}

QVariant FramesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section == TimeColumn || section == StreamColumn || section == LengthColumn)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("Milliseconds since this request started; connection frames from before it are "
                  "negative");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case DirectionColumn:
        return tr("Direction");
    case StreamColumn:
        return tr("Stream");
    case TypeColumn:
        return tr("Type");
    case FlagsColumn:
        return tr("Flags");
    case LengthColumn:
        return tr("Length");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace wb::ui
