#include "core/http/http2frametext.h"

namespace wb::http::Http2FrameText {

QString typeName(quint8 type)
{
    static const char *const names[] = {"DATA",          "HEADERS",      "PRIORITY", "RST_STREAM",
                                        "SETTINGS",      "PUSH_PROMISE", "PING",     "GOAWAY",
                                        "WINDOW_UPDATE", "CONTINUATION", "ALTSVC"};
    if (type < std::size(names))
        return QString::fromLatin1(names[type]);
    if (type == 0xc)
        return QStringLiteral("ORIGIN");
    return QStringLiteral("UNKNOWN(0x%1)").arg(type, 2, 16, QLatin1Char('0'));
}

QString errorCodeName(quint32 code)
{
    static const char *const names[] = {"NO_ERROR",
                                        "PROTOCOL_ERROR",
                                        "INTERNAL_ERROR",
                                        "FLOW_CONTROL_ERROR",
                                        "SETTINGS_TIMEOUT",
                                        "STREAM_CLOSED",
                                        "FRAME_SIZE_ERROR",
                                        "REFUSED_STREAM",
                                        "CANCEL",
                                        "COMPRESSION_ERROR",
                                        "CONNECT_ERROR",
                                        "ENHANCE_YOUR_CALM",
                                        "INADEQUATE_SECURITY",
                                        "HTTP_1_1_REQUIRED"};
    if (code < std::size(names))
        return QString::fromLatin1(names[code]);
    return QStringLiteral("UNKNOWN(0x%1)").arg(code, 2, 16, QLatin1Char('0'));
}

QString flagNames(quint8, quint8 flags)
{
    return flags ? QStringLiteral("0x%1").arg(flags, 2, 16, QLatin1Char('0')) : QString();
}

QString settingName(quint16 id)
{
    return QStringLiteral("SETTINGS(0x%1)").arg(id, 2, 16, QLatin1Char('0'));
}

QString detail(const Http2Frame &frame)
{
    return QStringLiteral("length=%1").arg(frame.length);
}

QString nghttpStyle(const Http2Frame &frame)
{
    return QStringLiteral("[%1] %2 %3 frame <length=%4, flags=0x%5, stream_id=%6>")
        .arg(double(frame.atUs) / 1e6, 7, 'f', 3)
        .arg(frame.outgoing ? QStringLiteral("send") : QStringLiteral("recv"), typeName(frame.type))
        .arg(frame.length)
        .arg(frame.flags, 2, 16, QLatin1Char('0'))
        .arg(frame.streamId);
}

} // namespace wb::http::Http2FrameText
