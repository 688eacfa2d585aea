// ResponseParser: status line, field lines, message body length (RFC 9112 §4, §5, §6.3, §7.1).
#include "core/http/responseparser.h"

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <string_view>

namespace wb::http {

namespace {

constexpr int maxInterimResponses = 100;

// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" /
// "_" / "`" / "|" / "~" / DIGIT / ALPHA. A table: header names are checked byte by byte.
constexpr std::array<bool, 256> tcharTable = [] {
    std::array<bool, 256> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = table[c - 'a' + 'A'] = true;
    for (const char c : std::string_view("!#$%&'*+-.^_`|~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool isTchar(char c)
{
    return tcharTable[static_cast<unsigned char>(c)];
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QByteArrayView trimOws(QByteArrayView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isOws(value.at(begin)))
        ++begin;
    while (end > begin && isOws(value.at(end - 1)))
        --end;
    return value.sliced(begin, end - begin);
}

QList<QByteArray> listMembers(const QList<QByteArray> &values)
{
    QList<QByteArray> members;
    for (const QByteArray &value : values) {
        for (const QByteArray &member : value.split(',')) {
            const QByteArray trimmed = trimOws(member).toByteArray().toLower();
            if (!trimmed.isEmpty())
                members.append(trimmed);
        }
    }
    return members;
}

// A field name as a QByteArray. Common names, spelled as servers send them, share static data
// (no allocation per header); any other spelling is copied, so the wire's case is always kept.
QByteArray fieldName(QByteArrayView name)
{
    static const QByteArray common[] = {
        QByteArrayLiteral("Server"),
        QByteArrayLiteral("Date"),
        QByteArrayLiteral("Content-Type"),
        QByteArrayLiteral("Content-Length"),
        QByteArrayLiteral("Connection"),
        QByteArrayLiteral("Last-Modified"),
        QByteArrayLiteral("ETag"),
        QByteArrayLiteral("Accept-Ranges"),
        QByteArrayLiteral("Cache-Control"),
        QByteArrayLiteral("Content-Encoding"),
        QByteArrayLiteral("Transfer-Encoding"),
        QByteArrayLiteral("Vary"),
        QByteArrayLiteral("Set-Cookie"),
        QByteArrayLiteral("Location"),
        QByteArrayLiteral("Expires"),
        QByteArrayLiteral("Keep-Alive"),
        QByteArrayLiteral("Access-Control-Allow-Origin"),
        QByteArrayLiteral("Access-Control-Allow-Credentials"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("date"),
        QByteArrayLiteral("server"),
    };
    for (const QByteArray &candidate : common) {
        if (candidate.size() == name.size() &&
            std::memcmp(candidate.constData(), name.data(), size_t(name.size())) == 0)
            return candidate;
    }
    return name.toByteArray();
}

// Whether the comma-separated list header `name` (all its fields) names `token`, compared
// case-insensitively; allocates nothing.
bool listHasToken(const QList<WireHeader> &headers, QByteArrayView name, QByteArrayView token)
{
    for (const auto &header : headers) {
        if (header.name.size() != name.size() ||
            QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArrayView rest = header.value;
        while (!rest.isEmpty()) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView member = trimOws(comma < 0 ? rest : rest.first(comma));
            if (member.compare(token, Qt::CaseInsensitive) == 0)
                return true;
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
    }
    return false;
}

} // namespace

bool ResponseParser::handleStatusLine(QByteArrayView line)
{
    const qint64 offset = m_lineStart;
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView version = space < 0 ? line : line.first(space);
    const bool versionOk = version.size() == 8 && version.startsWith("HTTP/") &&
                           isDigit(version.at(5)) && version.at(6) == '.' && isDigit(version.at(7));
    if (!versionOk) {
        fail(QCoreApplication::translate(
                 "wb::http",
                 "The status line \"%1\" at byte %2 does not start with an HTTP version such as "
                 "HTTP/1.1.")
                 .arg(shown(line))
                 .arg(offset),
             offset);
        return false;
    }
    if (version.at(5) != '1') {
        fail(
            QCoreApplication::translate(
                "wb::http", "The server answered with %1 at byte %2; only HTTP/1.x is spoken here.")
                .arg(QString::fromLatin1(version))
                .arg(offset),
            offset);
        return false;
    }
    qsizetype pos = space < 0 ? line.size() : space + 1;
    if (pos < line.size() && line.at(pos) == ' ') {
        if (!tolerate(
                StatusLineShape,
                QCoreApplication::translate("wb::http", "The status line \"%1\" has extra spaces.")
                    .arg(shown(line)),
                offset))
            return false;
        while (pos < line.size() && line.at(pos) == ' ')
            ++pos;
    }
    const QByteArrayView rest = line.sliced(pos);
    if (rest.size() < 3 || !isDigit(rest.at(0)) || !isDigit(rest.at(1)) || !isDigit(rest.at(2)) ||
        (rest.size() > 3 && rest.at(3) != ' ')) {
        fail(QCoreApplication::translate(
                 "wb::http",
                 "The status line \"%1\" at byte %2 has no valid three-digit status code.")
                 .arg(shown(line))
                 .arg(offset),
             offset);
        return false;
    }
    const int status = rest.first(3).toInt();
    if (status < 100) {
        fail(QCoreApplication::translate(
                 "wb::http",
                 "The status code %1 at byte %2 is not a valid HTTP status (100 to 999).")
                 .arg(status)
                 .arg(offset + pos),
             offset + pos);
        return false;
    }
    if (rest.size() == 3 &&
        !tolerate(
            StatusLineShape,
            QCoreApplication::translate(
                "wb::http", "The status line \"%1\" lacks the space before the reason phrase.")
                .arg(shown(line)),
            offset + line.size()))
        return false;
    m_head.version = version.toByteArray();
    m_head.status = status;
    m_head.headers.reserve(16); // typical responses carry fewer: no regrowth while parsing
    m_fieldOffsets.reserve(16);
    m_head.reason = rest.size() > 4 ? rest.sliced(4).toByteArray() : QByteArray();
    m_phase = Phase::HeaderLines;
    return true;
}

bool ResponseParser::handleFieldLine(QByteArrayView line, QList<WireHeader> *into)
{
    const qint64 offset = m_lineStart;
    if (isOws(line.at(0))) {
        if (into->isEmpty()) {
            fail(QCoreApplication::translate(
                     "wb::http",
                     "The header line at byte %1 starts with whitespace, but no header precedes "
                     "it.")
                     .arg(offset),
                 offset);
            return false;
        }
        if (!tolerate(
                ObsFold,
                QCoreApplication::translate(
                    "wb::http", "A header value continues on a folded line (obs-fold) at byte %1.")
                    .arg(offset),
                offset))
            return false;
        QByteArray &value = into->last().value;
        const QByteArrayView more = trimOws(line);
        if (!more.isEmpty()) {
            if (!value.isEmpty())
                value += ' ';
            value += more;
        }
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return tolerate(
            LineWithoutColon,
            QCoreApplication::translate(
                "wb::http", "The header line \"%1\" at byte %2 has no colon and was ignored.")
                .arg(shown(line))
                .arg(offset),
            offset);
    QByteArrayView name = line.first(colon);
    if (!name.isEmpty() && isOws(name.back())) {
        if (!tolerate(SpaceBeforeColon,
                      QCoreApplication::translate(
                          "wb::http",
                          "The header name \"%1\" at byte %2 is followed by whitespace before its "
                          "colon.")
                          .arg(shown(name.trimmed()))
                          .arg(offset),
                      offset + colon))
            return false;
        name = trimOws(name);
    }
    bool valid = !name.isEmpty();
    for (const char c : name)
        valid = valid && isTchar(c);
    if (!valid) {
        fail(QCoreApplication::translate("wb::http",
                                         "The header name \"%1\" at byte %2 is not a valid token.")
                 .arg(shown(name))
                 .arg(offset),
             offset);
        return false;
    }
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value.at(i));
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            if (!tolerate(ControlInValue,
                          QCoreApplication::translate(
                              "wb::http",
                              "The value of header \"%1\" holds a control character at byte %2.")
                              .arg(QString::fromLatin1(name))
                              .arg(offset + colon + 1 + i),
                          offset + colon + 1 + i))
                return false;
            break;
        }
    }
    if (into->size() >= m_limits.maxHeaderCount) {
        fail(QCoreApplication::translate(
                 "wb::http", "The server sent more than %1 header fields; stopped at byte %2.")
                 .arg(m_limits.maxHeaderCount)
                 .arg(offset),
             offset);
        return false;
    }
    into->append(WireHeader{fieldName(name), value.toByteArray()});
    if (into == &m_head.headers)
        m_fieldOffsets.append(offset);
    return true;
}

qint64 ResponseParser::fieldOffset(const QByteArray &name) const
{
    for (qsizetype i = 0; i < m_head.headers.size() && i < m_fieldOffsets.size(); ++i) {
        if (m_head.headers.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return m_fieldOffsets.at(i);
    }
    return m_total;
}

bool ResponseParser::finishHead()
{
    const int status = m_head.status;
    if (status >= 100 && status < 200 && status != 101) {
        if (++m_interimCount > maxInterimResponses) {
            fail(QCoreApplication::translate(
                     "wb::http", "The server sent more than %1 interim (1xx) responses.")
                     .arg(maxInterimResponses),
                 m_lineStart);
            return false;
        }
        if (m_callbacks.interim)
            m_callbacks.interim(m_head);
        m_head = {};
        m_fieldOffsets.clear();
        m_headBytes = 0;
        m_phase = Phase::StatusLine;
        return true;
    }
    if (m_head.version == "HTTP/1.0")
        m_keepAlive = listHasToken(m_head.headers, "Connection", "keep-alive");
    else
        m_keepAlive = !listHasToken(m_head.headers, "Connection", "close");
    if (!decideBody())
        return false;
    m_state = State::Body;
    if (m_callbacks.head)
        m_callbacks.head(m_head);
    if (m_phase == Phase::Done) {
        complete();
        return false;
    }
    return true;
}

bool ResponseParser::decideBody()
{
    const int status = m_head.status;
    if (status == 101 || (m_method == "CONNECT" && status >= 200 && status < 300)) {
        // The connection now carries another protocol or a tunnel: no HTTP body, no reuse.
        m_keepAlive = false;
        m_phase = Phase::Done;
        return true;
    }
    if (m_method == "HEAD" || status == 204 || status == 304) {
        m_phase = Phase::Done;
        return true;
    }
    const QList<QByteArray> te = m_head.headerValues("Transfer-Encoding");
    const QList<QByteArray> cl = m_head.headerValues("Content-Length");
    if (!te.isEmpty()) {
        const qint64 teOffset = fieldOffset("Transfer-Encoding");
        if (!cl.isEmpty()) {
            if (!tolerate(TransferEncodingAndLength,
                          QCoreApplication::translate(
                              "wb::http",
                              "The response has both Transfer-Encoding and Content-Length (byte "
                              "%1); Transfer-Encoding was used and the connection is not reused.")
                              .arg(teOffset),
                          teOffset))
                return false;
            m_keepAlive = false;
        }
        if (m_head.version == "HTTP/1.0")
            m_keepAlive = false;
        const QList<QByteArray> codings = listMembers(te);
        const qsizetype chunkedCount = codings.count("chunked");
        if (!codings.isEmpty() && codings.last() == "chunked") {
            if (chunkedCount > 1) {
                fail(QCoreApplication::translate(
                         "wb::http",
                         "The Transfer-Encoding header at byte %1 applies chunked more than once.")
                         .arg(teOffset),
                     teOffset);
                return false;
            }
            for (const QByteArray &coding : codings) {
                if (coding != "chunked" && coding != "identity" &&
                    !tolerate(
                        UnknownTransferCoding,
                        QCoreApplication::translate(
                            "wb::http", "The transfer coding \"%1\" (byte %2) is not decoded.")
                            .arg(QString::fromLatin1(coding))
                            .arg(teOffset),
                        teOffset))
                    return false;
            }
            m_chunked = true;
            m_phase = Phase::ChunkSize;
            return true;
        }
        // RFC 9112 §6.3: a response whose final transfer coding is not chunked is read until
        // the connection closes.
        if (chunkedCount > 0 &&
            !tolerate(UnknownTransferCoding,
                      QCoreApplication::translate(
                          "wb::http",
                          "The Transfer-Encoding header at byte %1 does not end with chunked; "
                          "the body is read until the connection closes.")
                          .arg(teOffset),
                      teOffset))
            return false;
        m_closeDelimited = true;
        m_keepAlive = false;
        m_phase = Phase::CloseDelimited;
        return true;
    }
    if (!cl.isEmpty()) {
        const qint64 clOffset = fieldOffset("Content-Length");
        qint64 length = -1;
        int members = 0;
        for (const QByteArray &value : cl) {
            // Each comma-separated member, read in place.
            for (QByteArrayView rest = value, member;; rest = rest.sliced(member.size() + 1)) {
                const qsizetype comma = rest.indexOf(',');
                member = comma < 0 ? rest : rest.first(comma);
                const QByteArrayView digits = trimOws(member);
                bool valid = !digits.isEmpty() && digits.size() <= 18;
                for (const char c : digits)
                    valid = valid && isDigit(c);
                if (!valid) {
                    fail(QCoreApplication::translate(
                             "wb::http",
                             "The Content-Length value \"%1\" at byte %2 is not a number.")
                             .arg(shown(value))
                             .arg(clOffset),
                         clOffset);
                    return false;
                }
                const qint64 parsed = digits.toLongLong();
                if (length >= 0 && parsed != length) {
                    fail(QCoreApplication::translate(
                             "wb::http",
                             "The response has conflicting Content-Length values %1 and %2 (byte "
                             "%3); its length cannot be known.")
                             .arg(length)
                             .arg(parsed)
                             .arg(clOffset),
                         clOffset);
                    return false;
                }
                length = parsed;
                ++members;
                if (comma < 0)
                    break;
            }
        }
        if (members > 1 &&
            !tolerate(
                DuplicateContentLength,
                QCoreApplication::translate(
                    "wb::http", "Content-Length is given %1 times with the same value (byte %2).")
                    .arg(members)
                    .arg(clOffset),
                clOffset))
            return false;
        m_expectedLength = length;
        m_remaining = length;
        m_phase = length == 0 ? Phase::Done : Phase::FixedBody;
        return true;
    }
    m_closeDelimited = true;
    m_keepAlive = false;
    m_phase = Phase::CloseDelimited;
    return true;
}

bool ResponseParser::handleChunkSize(QByteArrayView line)
{
    const qint64 offset = m_lineStart;
    qsizetype digits = 0;
    while (digits < line.size() && isHex(line.at(digits)))
        ++digits;
    const QByteArrayView rest = line.sliced(digits);
    const QByteArrayView restTrimmed = trimOws(rest);
    if (digits == 0 || (!restTrimmed.isEmpty() && restTrimmed.at(0) != ';')) {
        fail(QCoreApplication::translate(
                 "wb::http", "The chunk size line \"%1\" at byte %2 is not a hexadecimal number.")
                 .arg(shown(line))
                 .arg(offset),
             offset);
        return false;
    }
    if (digits > 15) {
        fail(QCoreApplication::translate("wb::http",
                                         "The chunk size \"%1\" at byte %2 is too large.")
                 .arg(shown(line))
                 .arg(offset),
             offset);
        return false;
    }
    if (!rest.isEmpty() && restTrimmed.isEmpty() &&
        !tolerate(ChunkSizeWhitespace,
                  QCoreApplication::translate(
                      "wb::http", "The chunk size line at byte %1 ends with whitespace.")
                      .arg(offset),
                  offset))
        return false;
    bool ok = false;
    const qint64 size = line.first(digits).toLongLong(&ok, 16);
    if (size == 0) {
        m_phase = Phase::Trailers;
    } else {
        m_remaining = size;
        m_phase = Phase::ChunkData;
    }
    return true;
}

} // namespace wb::http
