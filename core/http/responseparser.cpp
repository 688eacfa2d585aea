#include "core/http/responseparser.h"

#include <QCoreApplication>

#include <cstring>

namespace wb::http {

QString ResponseParser::shown(QByteArrayView bytes)
{
    const QByteArrayView cut = bytes.first(qMin<qsizetype>(60, bytes.size()));
    QString text;
    for (const char c : cut) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            text += QChar(c);
        else
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QChar(u'0'));
    }
    if (bytes.size() > cut.size())
        text += QStringLiteral("…");
    return text;
}

ResponseParser::ResponseParser(Callbacks callbacks, bool strict, Limits limits)
    : m_callbacks(std::move(callbacks))
    , m_strict(strict)
    , m_limits(limits)
{}

void ResponseParser::setRequestMethod(const QByteArray &method)
{
    m_method = method.toUpper();
}

void ResponseParser::reset()
{
    m_state = State::Head;
    m_phase = Phase::StatusLine;
    m_head = {};
    m_trailers.clear();
    m_fieldOffsets.clear();
    m_line.clear();
    m_lineStart = 0;
    m_headBytes = 0;
    m_trailerBytes = 0;
    m_total = 0;
    m_consumed = 0;
    m_remaining = 0;
    m_expectedLength = -1;
    m_bodyBytes = 0;
    m_interimCount = 0;
    m_keepAlive = true;
    m_closeDelimited = false;
    m_chunked = false;
    m_warnedKinds = 0;
    m_error = {};
    m_errorOffset = -1;
    m_warnings.clear();
}

bool ResponseParser::isLinePhase() const
{
    return m_phase == Phase::StatusLine || m_phase == Phase::HeaderLines ||
           m_phase == Phase::ChunkSize || m_phase == Phase::Trailers;
}

qint64 ResponseParser::lineLimit() const
{
    switch (m_phase) {
    case Phase::ChunkSize:
        return m_limits.maxChunkLineBytes;
    case Phase::Trailers:
        return m_limits.maxHeaderBytes - m_trailerBytes;
    default:
        return m_limits.maxHeaderBytes - m_headBytes;
    }
}

ResponseParser::State ResponseParser::feed(QByteArrayView data)
{
    m_consumed = 0;
    const char *bytes = data.data();
    const qint64 size = data.size();
    qint64 pos = 0;
    const auto advance = [&](qint64 count) {
        pos += count;
        m_total += count;
    };

    while (pos < size && (m_state == State::Head || m_state == State::Body)) {
        if (isLinePhase()) {
            const void *found = std::memchr(bytes + pos, '\n', size_t(size - pos));
            const qint64 end = found ? static_cast<const char *>(found) - bytes + 1 : size;
            const qint64 take = end - pos;
            if (m_line.isEmpty())
                m_lineStart = m_total;
            if (m_phase == Phase::StatusLine) {
                // Not HTTP at all (a TLS port, SSH, ...): fail at the first wrong byte.
                const QByteArrayView prefix("HTTP/");
                const char first = m_line.isEmpty() ? bytes[pos] : m_line.at(0);
                for (qint64 i = m_line.size(); first != '\r' && first != '\n' &&
                                               i < prefix.size() && i - m_line.size() < take;
                     ++i) {
                    const char c = bytes[pos + i - m_line.size()];
                    if (c != prefix.at(i)) {
                        advance(i - m_line.size() + 1);
                        const auto u = static_cast<unsigned char>(c);
                        fail(QCoreApplication::translate(
                                 "wb::http",
                                 "The response does not start with an HTTP status line: byte %1 is "
                                 "0x%2 where \"HTTP/\" was expected. Is this an HTTP server (and "
                                 "not, for example, an https or SSH port)?")
                                 .arg(m_total - 1)
                                 .arg(u, 2, 16, QChar(u'0')),
                             m_total - 1);
                        break;
                    }
                }
                if (m_state == State::Failed)
                    break;
            }
            const qint64 limit = lineLimit();
            if (m_line.size() + take > limit) {
                advance(limit - m_line.size());
                if (m_phase == Phase::ChunkSize)
                    fail(QCoreApplication::translate(
                             "wb::http",
                             "A chunk size line is longer than %1 bytes; stopped at byte %2 of the "
                             "response.")
                             .arg(m_limits.maxChunkLineBytes)
                             .arg(m_total),
                         m_total);
                else
                    fail(QCoreApplication::translate(
                             "wb::http",
                             "The server sent a header section larger than %1 bytes (the limit); "
                             "stopped at byte %2 of the response.")
                             .arg(m_limits.maxHeaderBytes)
                             .arg(m_total),
                         m_total);
                break;
            }
            // A whole line in this buffer is read in place; only a line split across feeds is
            // copied.
            QByteArrayView line(bytes + pos, take);
            if (!m_line.isEmpty() || !found) {
                m_line.append(bytes + pos, take);
                line = m_line;
            }
            advance(take);
            if (!found)
                break;
            const bool goOn = takeLine(&line) && processLine(line);
            m_line.resize(0); // keeps its capacity for the next split line
            if (!goOn)
                break;
            continue;
        }

        switch (m_phase) {
        case Phase::FixedBody:
        case Phase::ChunkData: {
            const qint64 take = qMin(m_remaining, size - pos);
            deliver(bytes + pos, take);
            advance(take);
            m_remaining -= take;
            if (m_remaining == 0) {
                if (m_phase == Phase::FixedBody)
                    complete();
                else
                    m_phase = Phase::ChunkDataEnd;
            }
            break;
        }
        case Phase::ChunkDataEnd: {
            const char c = bytes[pos];
            if (c == '\r' && m_line.isEmpty()) {
                m_line = "\r";
                advance(1);
            } else if (c == '\n') {
                const bool bare = m_line.isEmpty();
                advance(1);
                m_line.clear();
                if (bare && !tolerate(BareLf,
                                      QCoreApplication::translate(
                                          "wb::http",
                                          "A chunk ends with a bare LF instead of CRLF at byte %1.")
                                          .arg(m_total - 1),
                                      m_total - 1))
                    break;
                m_phase = Phase::ChunkSize;
            } else {
                fail(QCoreApplication::translate(
                         "wb::http",
                         "Chunk data is longer than its size line says: CRLF expected at byte %1, "
                         "0x%2 found. The chunked encoding is broken.")
                         .arg(m_total)
                         .arg(static_cast<unsigned char>(c), 2, 16, QChar(u'0')),
                     m_total);
            }
            break;
        }
        case Phase::CloseDelimited: {
            deliver(bytes + pos, size - pos);
            advance(size - pos);
            break;
        }
        default:
            break;
        }
    }
    m_consumed = pos;
    return m_state;
}

// Strips the line ending of *line; bare LF and bare CR are deviations.
bool ResponseParser::takeLine(QByteArrayView *line)
{
    const qint64 lineStart = m_lineStart;
    const qint64 rawSize = line->size();
    if (m_phase == Phase::StatusLine || m_phase == Phase::HeaderLines)
        m_headBytes += rawSize;
    else if (m_phase == Phase::Trailers)
        m_trailerBytes += rawSize;
    *line = line->chopped(1); // '\n'
    if (line->endsWith('\r')) {
        *line = line->chopped(1);
    } else if (!tolerate(BareLf,
                         QCoreApplication::translate(
                             "wb::http", "A line ends with a bare LF instead of CRLF at byte %1.")
                             .arg(lineStart + rawSize - 1),
                         lineStart + rawSize - 1)) {
        return false;
    }
    const qsizetype cr = line->indexOf('\r');
    if (cr >= 0) {
        if (!tolerate(BareCr,
                      QCoreApplication::translate("wb::http", "A line holds a bare CR at byte %1.")
                          .arg(lineStart + cr),
                      lineStart + cr))
            return false;
        m_lineCopy = line->toByteArray();
        m_lineCopy.replace('\r', ' ');
        *line = m_lineCopy;
    }
    return true;
}

bool ResponseParser::processLine(QByteArrayView line)
{
    const qint64 offset = m_lineStart;
    switch (m_phase) {
    case Phase::StatusLine:
        if (line.isEmpty())
            return tolerate(LeadingEmptyLine,
                            QCoreApplication::translate(
                                "wb::http", "An empty line precedes the status line at byte %1.")
                                .arg(offset),
                            offset);
        return handleStatusLine(line);
    case Phase::HeaderLines:
        if (line.isEmpty())
            return finishHead();
        return handleFieldLine(line, &m_head.headers);
    case Phase::ChunkSize:
        return handleChunkSize(line);
    case Phase::Trailers:
        if (line.isEmpty()) {
            if (!m_trailers.isEmpty() && m_callbacks.trailers)
                m_callbacks.trailers(m_trailers);
            complete();
            return false;
        }
        return handleFieldLine(line, &m_trailers);
    default:
        return false;
    }
}

void ResponseParser::deliver(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    m_bodyBytes += size;
    if (m_callbacks.body)
        m_callbacks.body(QByteArrayView(data, size));
}

void ResponseParser::complete()
{
    m_state = State::Complete;
    m_phase = Phase::Done;
}

void ResponseParser::fail(const QString &message, qint64 offset)
{
    m_state = State::Failed;
    m_phase = Phase::Done;
    m_keepAlive = false;
    m_error = makeError(ErrorCategory::Protocol, message);
    m_errorOffset = offset;
}

bool ResponseParser::tolerate(int kind, const QString &message, qint64 offset)
{
    if (m_strict) {
        fail(message + u' ' +
                 QCoreApplication::translate("wb::http", "(Strict mode treats this as an error.)"),
             offset);
        return false;
    }
    const quint32 bit = 1u << kind;
    if (!(m_warnedKinds & bit)) {
        m_warnedKinds |= bit;
        m_warnings.append(message);
    }
    return true;
}

ResponseParser::State ResponseParser::finish()
{
    if (m_state == State::Complete || m_state == State::Failed)
        return m_state;
    switch (m_phase) {
    case Phase::CloseDelimited:
        complete();
        break;
    case Phase::StatusLine:
        if (m_total == 0 && m_interimCount == 0)
            fail(QCoreApplication::translate(
                     "wb::http", "The connection closed before any response byte arrived."),
                 0);
        else
            fail(QCoreApplication::translate(
                     "wb::http",
                     "The connection closed in the middle of the response head, after %1 bytes.")
                     .arg(m_total),
                 m_total);
        break;
    case Phase::HeaderLines:
        fail(QCoreApplication::translate(
                 "wb::http",
                 "The connection closed in the middle of the response head, after %1 bytes.")
                 .arg(m_total),
             m_total);
        break;
    case Phase::FixedBody:
        fail(QCoreApplication::translate("wb::http",
                                         "The connection closed after %1 of %2 body bytes.")
                 .arg(m_bodyBytes)
                 .arg(m_expectedLength),
             m_total);
        break;
    case Phase::Trailers:
        if (m_line.isEmpty() &&
            tolerate(UnterminatedTrailers,
                     QCoreApplication::translate(
                         "wb::http",
                         "The connection closed before the empty line that ends a chunked "
                         "body, at byte %1.")
                         .arg(m_total),
                     m_total)) {
            if (!m_trailers.isEmpty() && m_callbacks.trailers)
                m_callbacks.trailers(m_trailers);
            complete();
            m_keepAlive = false;
            break;
        }
        if (m_state == State::Failed)
            break;
        [[fallthrough]];
    default:
        fail(QCoreApplication::translate(
                 "wb::http",
                 "The connection closed in the middle of a chunked body after %1 body bytes: the "
                 "last chunk never came.")
                 .arg(m_bodyBytes),
             m_total);
        break;
    }
    return m_state;
}

qint64 ResponseParser::consumed() const
{
    return m_consumed;
}

qint64 ResponseParser::totalBytes() const
{
    return m_total;
}

ResponseParser::State ResponseParser::state() const
{
    return m_state;
}

const Error &ResponseParser::error() const
{
    return m_error;
}

qint64 ResponseParser::errorOffset() const
{
    return m_errorOffset;
}

QStringList ResponseParser::warnings() const
{
    return m_warnings;
}

bool ResponseParser::keepAlive() const
{
    return m_keepAlive && m_state != State::Failed;
}

bool ResponseParser::bodyIsCloseDelimited() const
{
    return m_closeDelimited;
}

const ResponseHead &ResponseParser::head() const
{
    return m_head;
}

qint64 ResponseParser::expectedBodyLength() const
{
    return m_expectedLength;
}

qint64 ResponseParser::bodyBytes() const
{
    return m_bodyBytes;
}

} // namespace wb::http
