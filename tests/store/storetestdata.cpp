#include "storetestdata.h"

namespace wb::test {

http::ExchangeChain sampleExchange(int n, const QByteArray &responseBody)
{
    http::Exchange e;
    const QString path = QStringLiteral("/api/items/%1").arg(n);
    e.spec.method = n % 5 == 0 ? QStringLiteral("POST") : QStringLiteral("GET");
    e.spec.url = QStringLiteral("http://host%1.test:8080").arg(n % 3) + path;
    e.spec.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
    e.method = e.spec.method.toLatin1();
    e.url = e.spec.url;
    e.requestHead = e.method + ' ' + path.toLatin1() + " HTTP/1.1\r\nHost: host" +
                    QByteArray::number(n % 3) + ".test:8080\r\nX-Seq: " + QByteArray::number(n) +
                    "\r\n\r\n";
    if (e.spec.method == QLatin1String("POST")) {
        e.requestBody.bytes = "{\"name\":\"item" + QByteArray::number(n) + "\"}";
        e.requestBody.size = e.requestBody.bytes.size();
    }
    e.response.version = "HTTP/1.1";
    e.response.status = n % 7 == 0 ? 404 : 200;
    e.response.reason = e.response.status == 404 ? "Not Found" : "OK";
    e.response.headers = {{"Content-Type", "application/json"}, {"X-Seq", QByteArray::number(n)}};
    e.responseBody.bytes = responseBody.isNull()
                               ? "{\"id\":" + QByteArray::number(n) + ",\"word\":\"marker" +
                                     QByteArray::number(n) + "\"}"
                               : responseBody;
    e.responseBody.size = e.responseBody.bytes.size();
    e.responseWire.bytes = "HTTP/1.1 " + QByteArray::number(e.response.status) + ' ' +
                           e.response.reason + "\r\nContent-Type: application/json\r\n\r\n" +
                           e.responseBody.bytes;
    e.responseWire.size = e.responseWire.bytes.size();
    e.timings.startedAt =
        QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(n) * 1000, Qt::UTC);
    e.timings.dnsUs = -1;
    e.timings.connectUs = 120 + n;
    e.timings.waitUs = 900;
    e.timings.totalUs = 1500 + n;
    e.remoteAddress = QStringLiteral("127.0.0.1");
    e.remotePort = 8080;
    e.localAddress = QStringLiteral("127.0.0.1");
    e.localPort = quint16(40000 + n % 1000);
    e.httpVersion = "HTTP/1.1";
    http::ExchangeChain chain;
    chain.hops.append(e);
    return chain;
}

http::ExchangeChain sampleRedirectChain()
{
    http::ExchangeChain chain = sampleExchange(1);
    http::Exchange &first = chain.hops.first();
    first.url = QStringLiteral("https://old.test/start");
    first.response.status = 302;
    first.response.reason = "Found";
    first.response.headers = {{"Location", "https://new.test/final"}, {"content-length", "0"}};
    first.interim = {http::ResponseHead{"HTTP/1.1", 100, "Continue", {}}};
    first.responseBody = {};
    first.tls.used = true;
    first.tls.protocol = QStringLiteral("TLSv1.3");
    first.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    first.tls.alpn = "http/1.1";
    first.tls.serverName = QStringLiteral("old.test");
    http::CertificateInfo cert;
    cert.subject = QStringLiteral("CN=old.test");
    cert.issuer = QStringLiteral("CN=Test CA");
    cert.subjectAltNames = {QStringLiteral("DNS:old.test")};
    cert.notBefore = QDateTime::fromMSecsSinceEpoch(1600000000000LL, Qt::UTC);
    cert.notAfter = QDateTime::fromMSecsSinceEpoch(1900000000000LL, Qt::UTC);
    cert.serialNumber = QStringLiteral("01:02");
    cert.sha256Fingerprint = QStringLiteral("AA:BB");
    cert.pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    first.tls.peerChain = {cert};
    first.tls.verificationErrors = {QStringLiteral("The certificate is self-signed")};
    first.warnings = {QStringLiteral("obsolete line folding")};

    http::Exchange second = sampleExchange(2).hops.first();
    second.url = QStringLiteral("https://new.test/final");
    second.tls = first.tls;
    second.tls.serverName = QStringLiteral("new.test");
    second.trailers = {{"X-Checksum", "abc"}};
    second.error = makeError(ErrorCategory::Protocol, QStringLiteral("The server broke HTTP."),
                             QStringLiteral("bad chunk"));
    second.errorOffset = 42;
    second.connectionReused = true;
    chain.hops.append(second);
    return chain;
}

store::SocketSession sampleSession(int n)
{
    store::SocketSession session;
    session.protocol = QStringLiteral("tcp");
    session.target = QStringLiteral("127.0.0.1:%1").arg(7000 + n);
    session.startedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + n, Qt::UTC);
    session.endedAt = session.startedAt.addSecs(2);
    const QString peer = session.target;
    session.chunks = {
        {session.startedAt, store::SessionChunk::Direction::Event, peer, "Connected", false},
        {session.startedAt.addMSecs(5), store::SessionChunk::Direction::Out, peer,
         "hello socket " + QByteArray::number(n) + "\n", false},
        {session.startedAt.addMSecs(9), store::SessionChunk::Direction::In, peer,
         QByteArray("\x00\x01\xfe binary", 10), false},
        {session.endedAt, store::SessionChunk::Direction::Event, peer, "Closed by peer", true},
    };
    return session;
}

} // namespace wb::test
