// The engine over IPv6: a literal [::1] URL connects to the address without a DNS phase, sends
// the bracketed authority in Host, and reports the IPv6 peer.

#include "tests/httpengine/enginetestutil.h"
#include "tests/support/testenv.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

class TestHttpEngineIpv6 : public QObject
{
    Q_OBJECT

private slots:
    void literalAddressWithPort()
    {
        QTcpServer server;
        WB_REQUIRE_OPTIONAL(server.listen(QHostAddress::LocalHostIPv6, 0),
                            "this machine has no IPv6 loopback");
        QByteArray head;
        connect(&server, &QTcpServer::newConnection, &server, [&server, &head] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &head] {
                head += socket->readAll();
                if (head.contains("\r\n\r\n"))
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nv6");
            });
        });

        HttpEngine engine;
        const QString url = QStringLiteral("http://[::1]:%1/path?q=%7e").arg(server.serverPort());
        const ExchangeChain chain = sendAndWait(engine, get(url));
        QVERIFY(!chain.isEmpty());
        const Exchange &exchange = chain.last();
        QVERIFY2(exchange.succeeded(), qPrintable(exchange.error.toString()));
        QCOMPARE(exchange.response.status, 200);
        QCOMPARE(exchange.responseBody.bytes, QByteArray("v6"));
        QVERIFY2(head.startsWith("GET /path?q=%7e HTTP/1.1\r\n"), head.constData());
        QVERIFY2(head.contains(
                     QStringLiteral("\r\nHost: [::1]:%1\r\n").arg(server.serverPort()).toLatin1()),
                 head.constData());
        QCOMPARE(exchange.timings.dnsUs, qint64(-1));
        QCOMPARE(QHostAddress(exchange.remoteAddress), QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(exchange.remotePort, server.serverPort());
    }
};

QTEST_MAIN(TestHttpEngineIpv6)
#include "tst_httpengine_ipv6.moc"
