#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace wb::http {

// Content-Encoding decoding with zlib, brotli and zstd.
class ContentDecoder
{
public:
    // From the Content-Encoding header (possibly a list like "gzip, br"); identity/empty =>
    // passthrough. maxDecodedBytes <= 0 means the default limit (defaultMaxDecodedBytes()).
    static Result<std::unique_ptr<ContentDecoder>> create(const QByteArray &contentEncoding,
                                                          qint64 maxDecodedBytes);
    virtual ~ContentDecoder();
    // streaming; returns decoded bytes so far (those this input released: append each result).
    // Fails with LimitExceeded once more than maxDecodedBytes came out, with Protocol on corrupt
    // data.
    virtual Result<QByteArray> decode(QByteArrayView encoded) = 0;
    // end of input: flush, fail on truncated streams (an empty body is not truncated)
    virtual Result<QByteArray> finish() = 0;

    // Whether `coding` (one token, any case) is supported.
    static bool isSupported(const QByteArray &coding);
    static qint64 defaultMaxDecodedBytes(); // 1 GiB
};

} // namespace wb::http
