// The test harness itself: every fixture starts a real server that answers on its port.

#include "tests/support/httpbinserver.h"
#include "tests/support/nghttpdserver.h"
#include "tests/support/nginxserver.h"
#include "tests/support/socatechoserver.h"
#include "tests/support/testcertificates.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QNetworkDatagram>
#include <QUdpSocket>

using namespace wb::test;

namespace {

// A blocking HTTP/1.0 GET over `socket` (already connected), for checking fixtures only.
QByteArray plainGet(QAbstractSocket &socket, const QByteArray &path)
{
    socket.write("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(5000) || socket.bytesAvailable() > 0)
        response += socket.readAll();
    return response;
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void nginxServesFiles()
    {
        NginxServer nginx;
        nginx.writeFile(QStringLiteral("hello.txt"), "hello from nginx\n");
        WB_START_FIXTURE(nginx);
        QTcpSocket socket;
        socket.connectToHost(nginx.host(), nginx.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray response = plainGet(socket, "/hello.txt");
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK"), response.constData());
        QVERIFY(response.endsWith("hello from nginx\n"));
    }

    void nginxServesTlsWithGeneratedCa()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer nginx({pki.certificate(QStringLiteral("server")), pki.key(QStringLiteral("server")),
                           true, {}});
        nginx.writeFile(QStringLiteral("index.html"), "<p>secure</p>");
        WB_START_FIXTURE(nginx);

        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(pki.caCertificate()));
        config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), nginx.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QVERIFY(socket.sslHandshakeErrors().isEmpty());
        QCOMPARE(socket.peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("127.0.0.1"));
        QVERIFY(plainGet(socket, "/index.html").endsWith("<p>secure</p>"));
    }

    void certificatesCoverTheBadCases()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        const auto expired = QSslCertificate::fromPath(pki.certificate(QStringLiteral("expired")));
        QCOMPARE(expired.size(), 1);
        QVERIFY(expired.first().expiryDate() < QDateTime::currentDateTimeUtc());
        const auto wrong = QSslCertificate::fromPath(pki.certificate(QStringLiteral("wronghost")));
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().subjectAlternativeNames().value(QSsl::DnsEntry),
                 QStringLiteral("wrong.example"));
        QVERIFY(QFileInfo(pki.clientP12()).size() > 0);
    }

    void httpbinAnswers()
    {
        HttpbinServer httpbin;
        WB_START_FIXTURE(httpbin);
        QTcpSocket socket;
        socket.connectToHost(httpbin.host(), httpbin.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray response = plainGet(socket, "/get?probe=1");
        QVERIFY2(response.startsWith("HTTP/1.0 200") || response.startsWith("HTTP/1.1 200"),
                 response.constData());
        QVERIFY2(QByteArray(response).replace(" ", "").contains("\"probe\":\"1\""), response.constData());
    }

    void nghttpdSpeaksH2()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NghttpdServer nghttpd(pki.certificate(QStringLiteral("server")), pki.key(QStringLiteral("server")));
        WB_START_FIXTURE(nghttpd);
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(pki.caCertificate()));
        config.setAllowedNextProtocols({QByteArrayLiteral("h2")});
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), nghttpd.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.sslConfiguration().nextNegotiatedProtocol(), QByteArrayLiteral("h2"));
    }

    void socatEchoesTcp()
    {
        SocatEchoServer echo;
        WB_START_FIXTURE(echo);
        QTcpSocket socket;
        socket.connectToHost(echo.host(), echo.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("ping\n");
        QByteArray echoed;
        while (echoed.size() < 5 && socket.waitForReadyRead(5000))
            echoed += socket.readAll();
        QCOMPARE(echoed, QByteArray("ping\n"));
    }

    void socatEchoesUdp()
    {
        SocatEchoServer echo(SocatEchoServer::Transport::Udp);
        WB_START_FIXTURE(echo);
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
        QByteArray datagram;
        for (int attempt = 0; attempt < 20 && datagram.isEmpty(); ++attempt) {
            socket.writeDatagram("datagram", QHostAddress::LocalHost, echo.port());
            if (socket.waitForReadyRead(250))
                datagram = socket.receiveDatagram().data();
        }
        QCOMPARE(datagram, QByteArray("datagram"));
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
