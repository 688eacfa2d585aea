#pragma once

#include "core/common/result.h"
#include "core/http/exchange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <functional>

namespace wb::http {

// Size limits of ResponseParser (declared outside the class so that `Limits limits = {}` can be a
// default argument of its constructor).
struct ResponseParserLimits
{
    qint64 maxHeaderBytes = 256 * 1024;
    int maxHeaderCount = 500;
    qint64 maxChunkLineBytes = 4096;
};

// Incremental HTTP/1.1 response parser (RFC 9112). Any split of the input gives the same result.
class ResponseParser
{
public:
    using Limits = ResponseParserLimits;
    struct Callbacks
    {
        std::function<void(const ResponseHead &)> interim; // each 1xx (101 is final: see below)
        std::function<void(const ResponseHead &)> head;    // the final head
        std::function<void(QByteArrayView)> body; // de-chunked body bytes (still content-encoded)
        std::function<void(const QList<WireHeader> &)> trailers;
    };
    enum class State { Head, Body, Complete, Failed };

    ResponseParser(Callbacks callbacks, bool strict = false, Limits limits = {});

    void setRequestMethod(const QByteArray &method); // HEAD => no body; CONNECT 2xx => no body
    // Feeds the next bytes received. Returns the state after consuming; bytes after Complete are
    // left unconsumed (see consumed()) — they belong to the next response on a keep-alive
    // connection.
    State feed(QByteArrayView data);
    // The peer closed the connection: completes a close-delimited body, or fails with a clear
    // error (e.g. "The connection closed after 1234 of 5000 body bytes").
    State finish();
    qint64 consumed() const;   // bytes of the last feed() that belonged to this response
    qint64 totalBytes() const; // bytes of this response seen so far
    State state() const;
    const Error &error() const;   // category Protocol, message says what and where
    qint64 errorOffset() const;   // offset in this response's bytes where the violation was found
    QStringList warnings() const; // deviations tolerated in lenient mode (bare LF, obs-fold, ...)
    bool keepAlive() const;       // whether the connection may be reused after Complete
    bool bodyIsCloseDelimited() const;
    // Ready for the next response on the same connection (the request method is kept: set it
    // again for each request).
    void reset();

    // The final head once parsed (status 0 before).
    const ResponseHead &head() const;
    // Body length announced by Content-Length, or -1 (chunked, close-delimited, none).
    qint64 expectedBodyLength() const;
    // Decoded body bytes delivered so far.
    qint64 bodyBytes() const;

private:
    enum class Phase {
        StatusLine,
        HeaderLines,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        CloseDelimited,
        Done,
    };

    // Kinds of tolerated deviations, each warned about once per response.
    enum Deviation : int {
        BareLf,
        BareCr,
        ObsFold,
        LeadingEmptyLine,
        SpaceBeforeColon,
        LineWithoutColon,
        StatusLineShape,
        DuplicateContentLength,
        TransferEncodingAndLength,
        ChunkSizeWhitespace,
        UnknownTransferCoding,
        ControlInValue,
        UnterminatedTrailers,
    };

    static QString shown(QByteArrayView bytes); // printable excerpt for messages
    bool isLinePhase() const;
    qint64 lineLimit() const;
    bool takeLine(QByteArrayView *line);
    bool processLine(QByteArrayView line);
    bool handleStatusLine(QByteArrayView line);
    bool handleFieldLine(QByteArrayView line, QList<WireHeader> *into);
    bool finishHead();
    bool decideBody();
    bool handleChunkSize(QByteArrayView line);
    qint64 fieldOffset(const QByteArray &name) const;
    void deliver(const char *data, qint64 size);
    void complete();
    void fail(const QString &message, qint64 offset);
    // A deviation: an error in strict mode, a warning (once per kind) in lenient mode.
    bool tolerate(int kind, const QString &message, qint64 offset);

    Callbacks m_callbacks;
    bool m_strict = false;
    Limits m_limits;
    QByteArray m_method;

    State m_state = State::Head;
    Phase m_phase = Phase::StatusLine;
    ResponseHead m_head;
    QList<WireHeader> m_trailers;
    QList<qint64> m_fieldOffsets; // offset of each header line of m_head
    QByteArray m_line;            // a line split across feeds, accumulated with its line ending
    QByteArray m_lineCopy;        // a line whose bare CRs were replaced
    qint64 m_lineStart = 0;       // offset of m_line's first byte in this response
    qint64 m_headBytes = 0;       // bytes of the current head (status line + field lines)
    qint64 m_trailerBytes = 0;
    qint64 m_total = 0;     // bytes of this response consumed so far
    qint64 m_consumed = 0;  // bytes of the last feed() consumed
    qint64 m_remaining = 0; // bytes left in a fixed body or the current chunk
    qint64 m_expectedLength = -1;
    qint64 m_bodyBytes = 0;
    int m_interimCount = 0;
    bool m_keepAlive = true;
    bool m_closeDelimited = false;
    bool m_chunked = false;
    quint32 m_warnedKinds = 0;
    Error m_error;
    qint64 m_errorOffset = -1;
    QStringList m_warnings;
};

} // namespace wb::http
