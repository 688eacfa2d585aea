#include "app/cli/historyprinter.h"
#include "app/cli/clitr.h"

#include <QCoreApplication>
#include <QFile>

namespace wb::cli {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz'Z'"))
                       : QStringLiteral("-");
}

QString micros(qint64 us)
{
    return us < 0 ? QStringLiteral("-") : QString::number(double(us) / 1000.0, 'f', 1) + " ms";
}

QByteArray bodyBytes(const http::BodyData &body)
{
    if (!body.isFile())
        return body.bytes;
    QFile file(body.filePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString HistoryPrinter::summaryLine(const store::HistorySummary &s)
{
    const QString status = s.status > 0
                               ? QString::number(s.status)
                               : (s.error.isEmpty() ? QStringLiteral("-") : QStringLiteral("ERR"));
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(s.id, 6)
        .arg(time(s.createdAt))
        .arg(s.method, -7)
        .arg(status, 3)
        .arg(s.url)
        .arg(micros(s.durationUs));
}

QString HistoryPrinter::details(const store::HistoryEntry &entry, bool withBody)
{
    QString text;
    const store::HistorySummary &s = entry.summary;
    text += tr("Entry %1, %2\n").arg(s.id).arg(time(s.createdAt));
    if (s.kind == store::HistoryKind::Socket) {
        const store::SocketSession &session = entry.session;
        text += QStringLiteral("%1 %2\n").arg(session.protocol.toUpper(), session.target);
        text += tr("Started %1, ended %2\n").arg(time(session.startedAt), time(session.endedAt));
        static const char *const names[] = {"<-", "->", "--"};
        for (const auto &chunk : session.chunks) {
            text += QStringLiteral("%1 %2 %3 %4 bytes\n")
                        .arg(time(chunk.timestamp), QLatin1String(names[int(chunk.direction)]),
                             chunk.peer)
                        .arg(chunk.bytes.size());
            if (withBody || chunk.direction == store::SessionChunk::Direction::Event)
                text += QString::fromUtf8(chunk.bytes) + QLatin1Char('\n');
        }
        if (!session.error.isEmpty())
            text += tr("Error: %1\n").arg(session.error);
        return text;
    }
    for (int i = 0; i < entry.chain.hops.size(); ++i) {
        const http::Exchange &e = entry.chain.hops.at(i);
        text += QLatin1Char('\n') + tr("Hop %1 of %2: %3 %4\n")
                                        .arg(i + 1)
                                        .arg(entry.chain.hops.size())
                                        .arg(QString::fromLatin1(e.method), e.url);
        text += tr("Remote %1:%2, local %3:%4%5\n")
                    .arg(e.remoteAddress)
                    .arg(e.remotePort)
                    .arg(e.localAddress)
                    .arg(e.localPort)
                    .arg(e.connectionReused ? tr(", reused connection") : QString());
        text += QString::fromLatin1(e.requestHead);
        if (!e.requestHead.endsWith("\r\n\r\n"))
            text += QLatin1Char('\n');
        if (e.requestBody.size > 0)
            text += tr("[request body: %n byte(s)]\n", nullptr, int(e.requestBody.size));
        for (const auto &head : e.interim)
            text += QStringLiteral("%1 %2 %3\n")
                        .arg(QString::fromLatin1(head.version))
                        .arg(head.status)
                        .arg(QString::fromLatin1(head.reason));
        if (e.response.status > 0) {
            text += QStringLiteral("%1 %2 %3\n")
                        .arg(QString::fromLatin1(e.response.version))
                        .arg(e.response.status)
                        .arg(QString::fromLatin1(e.response.reason));
            for (const auto &h : e.response.headers)
                text += QString::fromLatin1(h.name + ": " + h.value) + QLatin1Char('\n');
            text += tr("[response body: %n byte(s)]\n", nullptr, int(e.responseBody.size));
        }
        const http::Timings &t = e.timings;
        text += tr("Timings: dns %1, connect %2, tls %3, send %4, wait %5, download %6, total %7\n")
                    .arg(micros(t.dnsUs), micros(t.connectUs), micros(t.tlsUs), micros(t.sendUs),
                         micros(t.waitUs), micros(t.downloadUs), micros(t.totalUs));
        if (e.tls.used) {
            text += tr("TLS: %1 %2, ALPN %3, SNI %4\n")
                        .arg(e.tls.protocol, e.tls.cipher, QString::fromLatin1(e.tls.alpn),
                             e.tls.serverName);
            for (const auto &cert : e.tls.peerChain)
                text += tr("  certificate %1 issued by %2\n").arg(cert.subject, cert.issuer);
            for (const auto &error : e.tls.verificationErrors)
                text += tr("  verification: %1\n").arg(error);
        }
        for (const auto &warning : e.warnings)
            text += tr("Warning: %1\n").arg(warning);
        if (e.error.isError())
            text += tr("Error: %1\n").arg(e.error.message);
    }
    if (withBody && !entry.chain.isEmpty()) {
        text += QLatin1Char('\n');
        text += QString::fromUtf8(bodyBytes(entry.chain.last().responseBody));
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace wb::cli
