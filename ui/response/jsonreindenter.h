#pragma once

#include <QByteArray>
#include <QString>

namespace wb::ui {

// Re-indents JSON as it streams in, one chunk at a time, in linear time and without building a
// document: a 100 MB body is formatted with memory for the output only. It checks nesting and
// strings, not every grammar rule; a body it cannot follow is reported through error().
class JsonReindenter
{
public:
    explicit JsonReindenter(int indentWidth = 2);

    void feed(const char *data, qint64 size, QByteArray &out);
    // Call after the last chunk; false when the input was not balanced JSON.
    bool finish(QByteArray &out);
    QString error() const { return m_error; }

private:
    void newline(QByteArray &out);
    void fail(const QString &what);

    int m_indentWidth;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_afterOpen = false;
    bool m_sawValue = false;
    bool m_complete = false;
    qint64 m_offset = 0;
    QString m_error;
};

} // namespace wb::ui
