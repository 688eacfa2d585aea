#include "ui/response/jsonreindenter.h"

#include <QCoreApplication>

#include <cctype>

namespace wb::ui {

JsonReindenter::JsonReindenter(int indentWidth)
    : m_indentWidth(indentWidth)
{}

void JsonReindenter::newline(QByteArray &out)
{
    out.append('\n');
    out.append(QByteArray(m_depth * m_indentWidth, ' '));
}

void JsonReindenter::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
}

void JsonReindenter::feed(const char *data, qint64 size, QByteArray &out)
{
    if (!m_error.isEmpty())
        return;
    for (qint64 i = 0; i < size; ++i, ++m_offset) {
        const char c = data[i];
        if (m_inString) {
            out.append(c);
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            else if (c == '\n')
                return fail(QCoreApplication::translate("wb::ui::JsonReindenter",
                                                        "A string breaks across lines at byte %1.")
                                .arg(m_offset));
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (m_complete)
            return fail(QCoreApplication::translate("wb::ui::JsonReindenter",
                                                    "Unexpected data after the value at byte %1.")
                            .arg(m_offset));
        if (m_afterOpen) {
            m_afterOpen = false;
            if (c != '}' && c != ']')
                newline(out);
        }
        switch (c) {
        case '{':
        case '[':
            out.append(c);
            ++m_depth;
            m_afterOpen = true;
            m_sawValue = true;
            break;
        case '}':
        case ']':
            if (m_depth == 0)
                return fail(QCoreApplication::translate("wb::ui::JsonReindenter",
                                                        "An unmatched '%1' at byte %2.")
                                .arg(QLatin1Char(c))
                                .arg(m_offset));
            --m_depth;
            m_complete = m_depth == 0;
            if (out.isEmpty() || (out.back() != '{' && out.back() != '['))
                newline(out);
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline(out);
            break;
        case ':':
            out.append(": ");
            break;
        case '"':
            m_inString = true;
            m_sawValue = true;
            out.append(c);
            break;
        default:
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.'))
                return fail(QCoreApplication::translate("wb::ui::JsonReindenter",
                                                        "Unexpected character '%1' at byte %2.")
                                .arg(QLatin1Char(c))
                                .arg(m_offset));
            m_sawValue = true;
            out.append(c);
            break;
        }
    }
}

bool JsonReindenter::finish(QByteArray &out)
{
    if (m_error.isEmpty() && (m_inString || m_depth != 0))
        fail(QCoreApplication::translate("wb::ui::JsonReindenter",
                                         "The JSON ends before all its objects, arrays and strings "
                                         "are closed."));
    if (m_error.isEmpty() && !m_sawValue)
        fail(QCoreApplication::translate("wb::ui::JsonReindenter", "The body is empty."));
    if (m_error.isEmpty())
        out.append('\n');
    return m_error.isEmpty();
}

} // namespace wb::ui
