#pragma once

#include "core/http/contentdecoder.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace wb::http {

// The single-coding decoders behind ContentDecoder::create(); each stops at `maxDecodedBytes`.
std::unique_ptr<ContentDecoder> makeZlibDecoder(bool gzip, qint64 maxDecodedBytes);
std::unique_ptr<ContentDecoder> makeBrotliDecoder(qint64 maxDecodedBytes);
std::unique_ptr<ContentDecoder> makeZstdDecoder(qint64 maxDecodedBytes);

// Errors shared by the decoders.
Error decodingLimitError(const QString &coding, qint64 maxDecodedBytes);
Error corruptBodyError(const QString &coding, const QString &detail);
Error truncatedBodyError(const QString &coding);

} // namespace wb::http
