#include "core/http/responseparser.h"

namespace wb::http {

ResponseParser::ResponseParser(Callbacks callbacks, bool strict, Limits limits)
    : m_callbacks(std::move(callbacks))
    , m_strict(strict)
    , m_limits(limits)
{}

void ResponseParser::setRequestMethod(const QByteArray &method)
{
    m_method = method;
}

ResponseParser::State ResponseParser::feed(QByteArrayView data)
{
    m_consumed = 0;
    Q_UNUSED(data);
    fail(QStringLiteral("Not implemented yet."), 0);
    return m_state;
}

ResponseParser::State ResponseParser::finish()
{
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
    return m_keepAlive;
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

void ResponseParser::reset() {}

void ResponseParser::fail(const QString &message, qint64 offset)
{
    m_state = State::Failed;
    m_error = makeError(ErrorCategory::Protocol, message);
    m_errorOffset = offset;
}

} // namespace wb::http
