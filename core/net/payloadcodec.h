#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace wb::net {

// Turns what a user typed into the bytes to send, and bytes back into something printable.
class PayloadCodec
{
public:
    // Text with C-like escapes: \r \n \t \0 \xNN \\ ; everything else is sent as UTF-8.
    static Result<QByteArray> decodeEscapedText(const QString &text);
    // Hex digits, optionally separated by spaces, colons or dashes, optionally prefixed 0x.
    static Result<QByteArray> decodeHex(const QString &text);
    // The inverse of decodeEscapedText for display: printable ASCII as is, the rest escaped.
    static QString encodeEscapedText(const QByteArray &bytes);
    // Lower-case hex pairs separated by single spaces.
    static QString encodeHex(const QByteArray &bytes);
};

} // namespace wb::net
