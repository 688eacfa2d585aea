#pragma once

#include "core/http/requestspec.h"

#include <QString>

namespace wb::interchange {

// Writes a request as a curl command for a POSIX shell, every value quoted so that the shell
// passes it through unchanged; CurlImporter reads it back to the same request.
class CurlExporter
{
public:
    enum class Layout { OneLine, MultiLine };
    static QString toCommand(const wb::http::RequestSpec &spec, Layout layout = Layout::MultiLine);
    // Bytes quoted for a POSIX shell ($'...' with \xHH for what is not printable UTF-8).
    static QString quoteBytes(const QByteArray &bytes);
    // A printf(1) format that writes `bytes` exactly (octal escapes), and its decoding.
    static QString printfFormat(const QByteArray &bytes);
    static QByteArray decodePrintfFormat(const QString &format);
};

} // namespace wb::interchange
