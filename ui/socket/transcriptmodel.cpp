#include "ui/socket/transcriptmodel.h"

#include "core/store/chunkspool.h"
#include "ui/socket/transcriptspool.h"

#include <QLocale>
#include <QSaveFile>

namespace wb::ui {

namespace {
using Direction = net::TranscriptChunk::Direction;
} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QObject(parent)
    , m_flushTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

TranscriptModel::~TranscriptModel() = default;

void TranscriptModel::setStore(store::WorkspaceStore *store)
{
    delete m_spool;
    m_spool = nullptr;
    if (!store)
        return;
    m_spool = new TranscriptSpool(store, DisplayBytes, this);
    connect(m_spool, &TranscriptSpool::loaded, this, &TranscriptModel::onLoaded);
    connect(m_spool, &TranscriptSpool::failed, this, [this](const QString &reason) {
        m_pagingError = reason;
        if (m_detached) // newer chunks cannot come back either: start again at the end
            followEnd();
        emit pagingChanged();
    });
    connect(m_spool, &TranscriptSpool::exported, this,
            [this](quint64 id, qint64, const Error &error) {
                if (id == m_exportRequest && id != 0) {
                    m_exportRequest = 0;
                    emit exported(m_exportPath, error);
                }
            });
    connect(m_spool, &TranscriptSpool::archived, this,
            [this](quint64 id, const store::HistorySummary &summary, const Error &error) {
                if (id == m_archiveRequest && id != 0)
                    emit archived(summary, error);
            });
}

TranscriptModel::Entry TranscriptModel::makeEntry(const net::TranscriptChunk &chunk, qint64 size,
                                                  quint64 serial)
{
    Entry entry;
    entry.chunk = chunk;
    if (chunk.bytes.size() > DisplayBytes)
        entry.chunk.bytes = chunk.bytes.left(DisplayBytes);
    entry.size = size;
    entry.serial = serial;
    return entry;
}

void TranscriptModel::append(const net::TranscriptChunk &chunk)
{
    const qint64 size = chunk.bytes.size();
    if (chunk.direction == Direction::In)
        m_bytesIn += size;
    else if (chunk.direction == Direction::Out)
        m_bytesOut += size;
    const quint64 serial = m_nextSerial++;
    ++m_chunkCount;
    const bool whole = !m_spool || m_spool->add(serial, chunk);
    if (!m_detached) {
        m_pending.push_back(makeEntry(chunk, size, serial));
        // A loop kept busy must not let the queue grow without bound either.
        if (qsizetype(m_pending.size()) >= MaxChunks)
            flush();
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    if (!whole && !m_cutNoticeShown) {
        m_cutNoticeShown = true;
        append(net::TranscriptChunk::event(
            tr("The workspace is not keeping up with the stream: until it catches up, chunks are "
               "kept cut to %1.")
                .arg(QLocale().formattedDataSize(DisplayBytes))));
    }
}

void TranscriptModel::flush()
{
    m_flushTimer.stop();
    if (m_spool)
        m_spool->submit();
    if (m_pending.empty())
        return;
    const int added = int(m_pending.size());
    if (m_entries.empty())
        m_windowStart = m_pending.front().serial;
    for (Entry &entry : m_pending)
        m_entries.push_back(std::move(entry));
    m_pending.clear();
    if (qsizetype(m_entries.size()) > MaxChunks && !m_following && canPage() && readerNearFront()) {
        emit entriesChanged(added, 0);
        trimBack(); // the reader is far up: keep what is around it, page the rest back later
        return;
    }
    const int dropped = trimFront();
    emit entriesChanged(qMin(added, int(m_entries.size())), dropped);
}

int TranscriptModel::trimFront()
{
    int dropped = 0;
    while (qsizetype(m_entries.size()) > MaxChunks) {
        m_entries.pop_front();
        ++dropped;
    }
    m_windowStart += dropped;
    return dropped;
}

void TranscriptModel::trimBack()
{
    int dropped = 0;
    while (qsizetype(m_entries.size()) > MaxChunks) {
        m_entries.pop_back();
        ++dropped;
    }
    if (dropped == 0)
        return;
    m_detached = true;
    m_pending.clear(); // newer chunks come back from the store
    emit entriesTruncated(dropped);
}

bool TranscriptModel::readerNearFront() const
{
    return m_readingSerial < m_windowStart + MaxChunks / 2;
}

void TranscriptModel::clear()
{
    m_flushTimer.stop();
    if (m_spool)
        m_spool->submit();
    m_pending.clear();
    m_entries.clear();
    m_floor = m_windowStart = m_nextSerial;
    m_detached = false;
    m_request = 0;
    emit cleared();
}

bool TranscriptModel::canPage() const
{
    return m_spool && m_spool->isAvailable();
}

QString TranscriptModel::olderNotice() const
{
    if (!hasOlder())
        return {};
    const quint64 count = m_windowStart - m_floor;
    if (!m_spool)
        return tr("%n older chunk(s) are not held: without a workspace they cannot be loaded "
                  "back.",
                  nullptr, int(qMin<quint64>(count, INT_MAX)));
    if (!m_pagingError.isEmpty())
        return tr("%n older chunk(s) cannot be loaded from the workspace: %1", nullptr,
                  int(qMin<quint64>(count, INT_MAX)))
            .arg(m_pagingError);
    if (m_request && m_requestOlder)
        return tr("Loading older chunks…");
    return tr("%n older chunk(s); scroll up to load them.", nullptr,
              int(qMin<quint64>(count, INT_MAX)));
}

void TranscriptModel::setReadingPosition(quint64 serial, bool following)
{
    m_readingSerial = serial;
    m_following = following;
    if (following && m_detached) {
        followEnd();
        return;
    }
    if (m_request || !canPage())
        return;
    if (hasOlder() && serial < m_windowStart + PageChunks / 2)
        load(true);
    else if (m_detached && serial + PageChunks / 2 >= endSerial())
        load(false);
}

void TranscriptModel::followEnd()
{
    m_following = true;
    if (m_detached)
        restartWindow(m_nextSerial, false); // the view starts at the end; it asks for the rest
}

void TranscriptModel::jumpToStart()
{
    if (!hasOlder() || !canPage() || !m_pagingError.isEmpty())
        return; // the first chunk is held already, or older chunks cannot come back
    flush();    // what is queued goes to the store before the start is read back
    m_following = false;
    m_readingSerial = m_floor;
    restartWindow(m_floor, true); // the newest wait in the store until the reader comes down
    load(false);
}

void TranscriptModel::restartWindow(quint64 serial, bool detached)
{
    m_entries.clear();
    m_pending.clear();
    m_windowStart = serial;
    m_detached = detached;
    m_request = 0;
    emit cleared();
}

void TranscriptModel::load(bool older)
{
    const quint64 from =
        older ? qMax(m_floor, m_windowStart - qMin<quint64>(m_windowStart, PageChunks))
              : endSerial();
    const int count = older ? int(m_windowStart - from) : PageChunks;
    if (count <= 0)
        return;
    m_request = m_spool->load(from, count);
    m_requestOlder = older;
    if (m_request)
        emit pagingChanged();
}

void TranscriptModel::onLoaded(quint64 requestId, const QList<store::SpooledChunk> &chunks,
                               const Error &error)
{
    if (requestId == 0 || requestId != m_request)
        return;
    m_request = 0;
    if (error.isError()) {
        m_pagingError = error.message;
    } else if (m_requestOlder) {
        // Only the run that ends right before the window fits.
        qsizetype start = chunks.size();
        quint64 expected = m_windowStart;
        while (start > 0 && chunks.at(start - 1).serial + 1 == expected &&
               chunks.at(start - 1).serial >= m_floor) {
            --start;
            --expected;
        }
        if (start == chunks.size())
            m_pagingError = tr("the workspace does not have them.");
        else
            prepend(chunks.mid(start));
    } else {
        appendLoaded(chunks);
    }
    emit pagingChanged();
}

void TranscriptModel::prepend(const QList<store::SpooledChunk> &chunks)
{
    for (auto it = chunks.crbegin(); it != chunks.crend(); ++it)
        m_entries.push_front(makeEntry(it->chunk, it->size, it->serial));
    m_windowStart = chunks.first().serial;
    emit entriesPrepended(int(chunks.size()));
    trimBack();
}

void TranscriptModel::appendLoaded(const QList<store::SpooledChunk> &chunks)
{
    int added = 0;
    for (const store::SpooledChunk &c : chunks) {
        if (c.serial != endSerial())
            break;
        m_entries.push_back(makeEntry(c.chunk, c.size, c.serial));
        ++added;
    }
    if (endSerial() >= m_nextSerial)
        m_detached = false; // caught up: new chunks are appended again
    const int dropped = trimFront();
    emit entriesChanged(qMin(added, int(m_entries.size())), dropped);
}

void TranscriptModel::beginSession()
{
    flush();
    m_sessionStart = m_nextSerial;
    m_bytesIn = 0;
    m_bytesOut = 0;
    m_chunkCount = 0;
    m_cutNoticeShown = false;
}

void TranscriptModel::exportTo(const QString &path)
{
    flush();
    if (canPage()) {
        m_exportPath = path;
        m_exportRequest = m_spool->exportText(m_sessionStart, path);
        if (m_exportRequest)
            return;
    }
    const Result<void> written = writeHeld(path);
    QTimer::singleShot(0, this,
                       [this, path, error = written.error()] { emit exported(path, error); });
}

Result<void> TranscriptModel::writeHeld(const QString &path) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (m_windowStart > qMax(m_floor, m_sessionStart))
            file.write(tr("-- %n older chunk(s) of this session were not kept and are left out.\n",
                          nullptr, int(qMin<quint64>(m_windowStart - m_sessionStart, INT_MAX)))
                           .toUtf8());
        for (const Entry &entry : m_entries) {
            if (entry.serial >= m_sessionStart)
                file.write(net::Transcript::formatLine(entry.chunk, entry.size).toUtf8());
        }
        if (file.commit())
            return {};
    }
    return makeError(
        ErrorCategory::Io,
        tr("The transcript could not be written to %1: %2").arg(path, file.errorString()));
}

bool TranscriptModel::archive(const QString &protocol, const QString &target)
{
    flush();
    if (!canPage() || m_nextSerial == m_sessionStart)
        return false;
    m_archiveRequest = m_spool->archive(m_sessionStart, protocol, target);
    return m_archiveRequest != 0;
}

} // namespace wb::ui
