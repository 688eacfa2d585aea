#include "app/cli/sendoutput.h"

#include "core/http/http2frametext.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace wb::cli {

namespace {

void printLines(QTextStream &err, const QByteArray &bytes, const char *prefix)
{
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        err << prefix << QString::fromLatin1(line) << '\n';
    }
}

QString ms(qint64 us)
{
    return us < 0 ? QStringLiteral("-")
                  : QString::number(us / 1000.0, 'f', 3) + QStringLiteral(" ms");
}

QJsonObject timingsJson(const http::Timings &t)
{
    return {{QStringLiteral("queuedUs"), t.queuedUs},     {QStringLiteral("dnsUs"), t.dnsUs},
            {QStringLiteral("connectUs"), t.connectUs},   {QStringLiteral("tlsUs"), t.tlsUs},
            {QStringLiteral("sendUs"), t.sendUs},         {QStringLiteral("waitUs"), t.waitUs},
            {QStringLiteral("downloadUs"), t.downloadUs}, {QStringLiteral("totalUs"), t.totalUs}};
}

QJsonObject tlsJson(const http::TlsDetails &tls)
{
    QJsonArray chain;
    for (const auto &c : tls.peerChain) {
        chain.append(QJsonObject{
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(c.subjectAltNames)},
            {QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
            {QStringLiteral("sha256"), c.sha256Fingerprint}});
    }
    return {
        {QStringLiteral("protocol"), tls.protocol},
        {QStringLiteral("cipher"), tls.cipher},
        {QStringLiteral("alpn"), QString::fromLatin1(tls.alpn)},
        {QStringLiteral("serverName"), tls.serverName},
        {QStringLiteral("peerChain"), chain},
        {QStringLiteral("verificationErrors"), QJsonArray::fromStringList(tls.verificationErrors)},
        {QStringLiteral("verificationSkipped"), tls.verificationSkipped}};
}

QJsonValue bytesJson(const QByteArray &bytes)
{
    const auto text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        return text;
    return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
}

QJsonArray framesJson(const QList<http::Http2Frame> &frames)
{
    QJsonArray array;
    for (const auto &f : frames) {
        QJsonObject frame{{QStringLiteral("timeUs"), f.atUs},
                          {QStringLiteral("direction"),
                           f.outgoing ? QStringLiteral("send") : QStringLiteral("recv")},
                          {QStringLiteral("stream"), qint64(f.streamId)},
                          {QStringLiteral("type"), http::Http2FrameText::typeName(f.type)},
                          {QStringLiteral("flags"), f.flags},
                          {QStringLiteral("length"), qint64(f.length)},
                          {QStringLiteral("detail"), http::Http2FrameText::detail(f)},
                          {QStringLiteral("bytes"), QString::fromLatin1(f.bytes.toHex())}};
        if (f.truncated)
            frame.insert(QStringLiteral("truncated"), true);
        if (!f.fields.isEmpty()) {
            QJsonArray fields;
            for (const auto &h : f.fields)
                fields.append(
                    QJsonArray{QString::fromLatin1(h.name), QString::fromLatin1(h.value)});
            frame.insert(QStringLiteral("headers"), fields);
        }
        array.append(frame);
    }
    return array;
}

} // namespace

QByteArray SendOutput::responseHeadBytes(const http::Exchange &exchange)
{
    if (!exchange.frames.isEmpty()) { // HTTP/2: the wire holds frames; the head as text
        if (exchange.response.status == 0)
            return {};
        QByteArray head =
            exchange.response.version + ' ' + QByteArray::number(exchange.response.status) + "\r\n";
        for (const auto &h : exchange.response.headers)
            head += h.name + ": " + h.value + "\r\n";
        return head + "\r\n";
    }
    const QByteArray wire = exchange.responseWire.head(512 * 1024 + 4096);
    qsizetype start = 0;
    // Skip interim responses: the final head is the last one before the body.
    for (qsizetype i = 0; i < exchange.interim.size(); ++i) {
        const qsizetype end = wire.indexOf("\r\n\r\n", start);
        if (end < 0)
            break;
        start = end + 4;
    }
    const qsizetype end = wire.indexOf("\r\n\r\n", start);
    if (end >= 0)
        return wire.mid(start, end + 4 - start);
    const qsizetype lf = wire.indexOf("\n\n", start);
    return lf >= 0 ? wire.mid(start, lf + 2 - start) : wire.mid(start);
}

void SendOutput::printVerbose(QTextStream &err, const http::Exchange &exchange)
{
    if (!exchange.remoteAddress.isEmpty()) {
        err << "* " << (exchange.connectionReused ? "Reusing connection to " : "Connected to ")
            << exchange.remoteAddress << " port " << exchange.remotePort << " from "
            << exchange.localAddress << " port " << exchange.localPort << '\n';
    }
    const auto &tls = exchange.tls;
    if (tls.used) {
        err << "* TLS " << tls.protocol << ' ' << tls.cipher << " ALPN "
            << (tls.alpn.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(tls.alpn)) << " SNI "
            << tls.serverName << '\n';
        for (const auto &c : tls.peerChain) {
            err << "*  certificate: " << c.subject << '\n'
                << "*    issuer: " << c.issuer << '\n'
                << "*    SAN: " << c.subjectAltNames.join(QStringLiteral(", ")) << '\n'
                << "*    valid: " << c.notBefore.toString(Qt::ISODate) << " to "
                << c.notAfter.toString(Qt::ISODate) << '\n'
                << "*    SHA-256: " << c.sha256Fingerprint << '\n';
        }
        for (const QString &e : tls.verificationErrors)
            err << "*  verification error" << (tls.verificationSkipped ? " (ignored): " : ": ") << e
                << '\n';
    }
    if (!exchange.requestHead.isEmpty()) {
        printLines(err, exchange.requestHead.chopped(2), "> ");
        const QByteArray body = exchange.requestBody.head(4096);
        const bool printable = QString::fromUtf8(body).toUtf8() == body &&
                               std::none_of(body.cbegin(), body.cend(), [](char c) {
                                   return (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t');
                               });
        if (!body.isEmpty() && printable && exchange.requestBody.size == body.size())
            printLines(err, body, "> ");
        else if (!body.isEmpty())
            err << "> [" << exchange.requestBody.size << " body bytes]\n";
    }
    for (const auto &frame : exchange.frames)
        err << http::Http2FrameText::nghttpStyle(frame) << '\n';
    const QByteArray head = SendOutput::responseHeadBytes(exchange);
    if (!head.isEmpty())
        printLines(err, head.endsWith("\r\n\r\n") ? head.chopped(2) : head, "< ");
    for (const QString &w : exchange.warnings)
        err << "* warning: " << w << '\n';
    const auto &t = exchange.timings;
    err << "* timings: queued " << ms(t.queuedUs) << ", dns " << ms(t.dnsUs) << ", connect "
        << ms(t.connectUs) << ", tls " << ms(t.tlsUs) << ", send " << ms(t.sendUs) << ", wait "
        << ms(t.waitUs) << ", download " << ms(t.downloadUs) << ", total " << ms(t.totalUs) << '\n';
    err.flush();
}

QJsonObject SendOutput::toJson(const http::ExchangeChain &chain)
{
    QJsonArray hops;
    for (const auto &e : chain.hops) {
        QJsonArray headers;
        for (const auto &h : e.response.headers)
            headers.append(QJsonArray{QString::fromLatin1(h.name), QString::fromLatin1(h.value)});
        QJsonObject hop{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                        {QStringLiteral("url"), e.url},
                        {QStringLiteral("requestHead"), QString::fromLatin1(e.requestHead)},
                        {QStringLiteral("status"), e.response.status},
                        {QStringLiteral("reason"), QString::fromLatin1(e.response.reason)},
                        {QStringLiteral("httpVersion"), QString::fromLatin1(e.response.version)},
                        {QStringLiteral("protocol"), QString::fromLatin1(e.httpVersion)},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("responseHead"), QString::fromLatin1(responseHeadBytes(e))},
                        {QStringLiteral("bodySize"), e.responseBody.size},
                        {QStringLiteral("wireSize"), e.responseWire.size},
                        {QStringLiteral("remoteAddress"), e.remoteAddress},
                        {QStringLiteral("remotePort"), e.remotePort},
                        {QStringLiteral("localAddress"), e.localAddress},
                        {QStringLiteral("localPort"), e.localPort},
                        {QStringLiteral("connectionReused"), e.connectionReused},
                        {QStringLiteral("timings"), timingsJson(e.timings)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings)}};
        if (!e.responseBody.isFile())
            hop.insert(QStringLiteral("body"), bytesJson(e.responseBody.bytes));
        if (e.tls.used)
            hop.insert(QStringLiteral("tls"), tlsJson(e.tls));
        if (!e.frames.isEmpty())
            hop.insert(QStringLiteral("frames"), framesJson(e.frames));
        if (e.error.isError()) {
            hop.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("category"), e.error.categoryName()},
                                   {QStringLiteral("message"), e.error.message},
                                   {QStringLiteral("detail"), e.error.detail},
                                   {QStringLiteral("offset"), e.errorOffset}});
        }
        hops.append(hop);
    }
    return {{QStringLiteral("hops"), hops}};
}

bool SendOutput::writeBody(FILE *out, const http::BodyData &body)
{
    if (!body.isFile())
        return fwrite(body.bytes.constData(), 1, size_t(body.bytes.size()), out) ==
               size_t(body.bytes.size());
    QFile file(body.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        const QByteArray piece = file.read(1 << 20);
        if (fwrite(piece.constData(), 1, size_t(piece.size()), out) != size_t(piece.size()))
            return false;
    }
    return true;
}

} // namespace wb::cli
