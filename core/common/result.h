#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace wb {

// What kind of thing went wrong, so that callers can react without parsing sentences.
enum class ErrorCategory {
    None,
    InvalidInput, // the user's input cannot be used as it is
    Dns,
    ConnectionRefused,
    HostUnreachable,
    Timeout,
    Tls,
    ConnectionReset,
    Protocol, // the peer broke the protocol
    Io,       // a local file could not be read or written
    Storage,  // the workspace database
    Cancelled,
    LimitExceeded,
    Internal,
};

// An error as a value: a category, a sentence that says what happened and what to do,
// and optional technical detail for logs and "show details".
struct Error
{
    ErrorCategory category = ErrorCategory::None;
    QString message;
    QString detail;

    bool isError() const { return category != ErrorCategory::None; }
    QString categoryName() const;
    QString toString() const;
};

// Either a value or an Error. Deliberately small: no exceptions cross the event loop.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but may fail.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

Error makeError(ErrorCategory category, QString message, QString detail = {});

} // namespace wb

Q_DECLARE_METATYPE(wb::Error)
