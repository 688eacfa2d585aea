#pragma once

#include <QByteArray>

namespace wb::net {

// The classic dump: offset, 16 hex bytes in two groups of eight, and the printable ASCII.
//   00000000  68 65 6c 6c 6f 0a                                 |hello.|
class HexDump
{
public:
    // `startOffset` is printed for the first byte, so a stream can be dumped chunk by chunk.
    static QByteArray format(const QByteArray &bytes, qint64 startOffset = 0);
};

} // namespace wb::net
