#pragma once

#include "core/common/result.h"
#include "core/http/bodysink.h"
#include "core/http/contentdecoder.h"
#include "core/http/exchange.h"

#include <QByteArrayView>
#include <QStringList>

#include <memory>

namespace wb::http {

// A response's decoded body as it arrives, the same for HTTP/1.1 and HTTP/2: Content-Encoding
// undone (when the request asks for it and the coding is known) into a BodySink that spills
// to a file past its threshold or writes to the file the user chose.
class ResponseBody
{
public:
    explicit ResponseBody(qint64 spillThreshold)
        : m_sink(spillThreshold)
    {}

    Result<void> setOutputFile(const QString &path) { return m_sink.setOutputFile(path); }
    // Chooses the decoder for the head's Content-Encoding (`contentEncoding`, trimmed); an
    // unknown coding is a warning, and the body is kept as it came.
    void begin(const QByteArray &contentEncoding, const RequestOptions &options,
               QStringList *warnings);
    // Decodes (when there is a decoder) and keeps `bytes`.
    Result<void> append(QByteArrayView bytes);
    // The decoder's last bytes; returns `error` when it is one already, else what failed.
    Error finish(Error error);
    BodyData take() { return m_sink.take(); }

private:
    BodySink m_sink;
    std::unique_ptr<ContentDecoder> m_decoder;
};

} // namespace wb::http
