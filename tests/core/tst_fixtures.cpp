// The test harness itself: every fixture starts a real server that answers on its port.

#include "tests/support/apacheh2server.h"
#include "tests/support/caddyserver.h"
#include "tests/support/h2misbehaveserver.h"
#include "tests/support/h2oserver.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/nghttpdserver.h"
#include "tests/support/nginxserver.h"
#include "tests/support/socatechoserver.h"
#include "tests/support/testcertificates.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
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

struct CurlRun
{
    int code = -1;
    QByteArray out; // standard output and error together
};

// curl against a fixture, proxies off; missing curl skips outside CI (as a missing server does).
CurlRun curl(const QStringList &arguments)
{
    const QString program = findExecutable(QStringLiteral("curl"));
    if (program.isEmpty())
        return {};
    CurlRun run;
    run.code = runProgram(program,
                          QStringList{QStringLiteral("--noproxy"), QStringLiteral("*")} + arguments,
                          &run.out, 60000);
    return run;
}

std::optional<FixtureError> curlPresent()
{
    if (findExecutable(QStringLiteral("curl")).isEmpty())
        return FixtureError{true, QStringLiteral("curl is not installed")};
    return std::nullopt;
}

// `curl -sk --http2 URL` (or --http2-prior-knowledge for http://): the HTTP version it used and
// the body, separated by a newline.
QByteArray versionAndBody(const QString &url, const QStringList &extra = {})
{
    const QString mode = url.startsWith(QLatin1String("https:"))
                             ? QStringLiteral("--http2")
                             : QStringLiteral("--http2-prior-knowledge");
    const CurlRun r = curl(QStringList{QStringLiteral("-sk"), mode, QStringLiteral("-w"),
                                       QStringLiteral("\n%{http_version}")} +
                           extra + QStringList{url});
    const qsizetype nl = r.out.lastIndexOf('\n');
    return r.out.mid(nl + 1) + '\n' + r.out.left(nl);
}

// POSTs `size` random bytes with curl and checks that the same bytes came back over HTTP/2.
bool echoesOverHttp2(const QString &url, qsizetype size, QByteArray *why)
{
    QTemporaryDir dir;
    QByteArray body(size, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (auto &byte : body)
        byte = char(rng.bounded(256));
    const QString up = writeFileUnder(dir.path(), QStringLiteral("up.bin"), body);
    const QString down = dir.filePath(QStringLiteral("down.bin"));
    const QString mode = url.startsWith(QLatin1String("https:"))
                             ? QStringLiteral("--http2")
                             : QStringLiteral("--http2-prior-knowledge");
    const CurlRun r = curl({QStringLiteral("-sk"), mode, QStringLiteral("--data-binary"),
                            QLatin1Char('@') + up, QStringLiteral("-o"), down, QStringLiteral("-w"),
                            QStringLiteral("%{http_version} %{http_code}"), url});
    QFile file(down);
    const QByteArray echoed = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    *why = r.out + " echoed " + QByteArray::number(echoed.size()) + " of " +
           QByteArray::number(size) + " bytes";
    return r.code == 0 && r.out == "2 200" && echoed == body;
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
        NginxServer nginx({pki.certificate(QStringLiteral("server")),
                           pki.key(QStringLiteral("server")),
                           true,
                           {}});
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
        QVERIFY2(QByteArray(response).replace(" ", "").contains("\"probe\":\"1\""),
                 response.constData());
    }

    void nghttpdSpeaksH2()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NghttpdServer nghttpd(pki.certificate(QStringLiteral("server")),
                              pki.key(QStringLiteral("server")));
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

    void nghttpdOptions()
    {
        WB_CHECK_FIXTURE(curlPresent());
        NghttpdServer::Options options;
        options.maxConcurrentStreams = 1;
        options.windowBits = 10;
        options.connectionWindowBits = 12;
        options.trailers = {QStringLiteral("x-trailer: kept")};
        options.echoUpload = true;
        options.verbose = true;
        NghttpdServer nghttpd(options);
        nghttpd.writeFile(QStringLiteral("hello.txt"), "hello h2c\n");
        WB_START_FIXTURE(nghttpd);
        QCOMPARE(versionAndBody(nghttpd.baseUrl() + QStringLiteral("/hello.txt")),
                 QByteArray("2\nhello h2c\n"));
        QByteArray why;
        QVERIFY2(echoesOverHttp2(nghttpd.baseUrl() + QStringLiteral("/echo"), 100000, &why),
                 why.constData());
        const QByteArray log = nghttpd.log();
        QVERIFY2(log.contains("SETTINGS_MAX_CONCURRENT_STREAMS(0x03):1]"),
                 log.right(2000).constData());
        QVERIFY(log.contains("SETTINGS_INITIAL_WINDOW_SIZE(0x04):1023]"));
        QVERIFY(log.contains("x-trailer: kept"));
        QCOMPARE(nghttpd.sessionIds().size(), 2); // one per curl run
    }

    void nghttpdTlsSpeaksH2ToCurl()
    {
        WB_CHECK_FIXTURE(curlPresent());
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NghttpdServer nghttpd(pki.certificate(QStringLiteral("server")),
                              pki.key(QStringLiteral("server")));
        nghttpd.writeFile(QStringLiteral("a.txt"), "tls\n");
        WB_START_FIXTURE(nghttpd);
        QCOMPARE(versionAndBody(nghttpd.baseUrl() + QStringLiteral("/a.txt")),
                 QByteArray("2\ntls\n"));
    }

    void nginxHttp2EchoGoawayAndAccessLog()
    {
        WB_CHECK_FIXTURE(curlPresent());
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NginxServer::Options options;
        options.certificateFile = pki.certificate(QStringLiteral("server"));
        options.keyFile = pki.key(QStringLiteral("server"));
        options.http2 = true;
        options.echo = true;
        options.keepaliveRequests = 2;
        options.accessLog = true;
        NginxServer nginx(options);
        nginx.writeFile(QStringLiteral("n.txt"), "nginx h2\n");
        WB_START_FIXTURE(nginx);
        QCOMPARE(versionAndBody(nginx.baseUrl() + QStringLiteral("/n.txt")),
                 QByteArray("2\nnginx h2\n"));
        QByteArray why;
        QVERIFY2(echoesOverHttp2(nginx.baseUrl() + QStringLiteral("/echo"), 2 * 1024 * 1024, &why),
                 why.constData());
        // Three requests on one curl run: the GOAWAY after the second makes curl connect again.
        const QString url = nginx.baseUrl() + QStringLiteral("/n.txt");
        const CurlRun r =
            curl({QStringLiteral("-sk"), QStringLiteral("--http2"), QStringLiteral("-o"),
                  QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                  QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                  QStringLiteral("%{num_connects} "), url, url, url});
        QCOMPARE(r.out, QByteArray("1 0 1 "));
        QTRY_COMPARE_WITH_TIMEOUT(nginx.accessLog().size(), 5, 5000);
        const auto log = nginx.accessLog();
        QCOMPARE(log.at(2).protocol, QStringLiteral("HTTP/2.0"));
        QCOMPARE(log.at(2).connection, log.at(3).connection);
        QCOMPARE(log.at(3).connectionRequest, 2);
        QVERIFY(log.at(4).connection != log.at(3).connection);
        QCOMPARE(log.at(1).method, QStringLiteral("POST"));
    }

    void caddyServesH1AndH2OnOnePort()
    {
        WB_CHECK_FIXTURE(curlPresent());
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        NghttpdServer::Options echo;
        echo.echoUpload = true;
        NghttpdServer upstream(echo);
        WB_START_FIXTURE(upstream);
        CaddyServer::Options options;
        options.certificateFile = pki.certificate(QStringLiteral("server"));
        options.keyFile = pki.key(QStringLiteral("server"));
        options.siteDirectives =
            QStringLiteral("reverse_proxy /echo h2c://127.0.0.1:%1").arg(upstream.port());
        CaddyServer caddy(options);
        caddy.writeFile(QStringLiteral("c.txt"), "caddy\n");
        WB_START_FIXTURE(caddy);
        QCOMPARE(versionAndBody(caddy.baseUrl() + QStringLiteral("/c.txt")),
                 QByteArray("2\ncaddy\n"));
        const CurlRun h1 =
            curl({QStringLiteral("-sk"), QStringLiteral("--http1.1"), QStringLiteral("-w"),
                  QStringLiteral(" %{http_version}"), caddy.baseUrl() + QStringLiteral("/c.txt")});
        QCOMPARE(h1.out, QByteArray("caddy\n 1.1"));
        QByteArray why;
        QVERIFY2(echoesOverHttp2(caddy.baseUrl() + QStringLiteral("/echo"), 1024 * 1024, &why),
                 why.constData());
        QTRY_VERIFY_WITH_TIMEOUT(caddy.accessLog().size() >= 3, 5000);
        QSet<QString> protocols;
        for (const QJsonObject &entry : caddy.accessLog()) {
            const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
            protocols.insert(request.value(QStringLiteral("proto")).toString());
            QVERIFY(!request.value(QStringLiteral("remote_port")).toString().isEmpty());
        }
        QCOMPARE(protocols,
                 (QSet<QString>{QStringLiteral("HTTP/2.0"), QStringLiteral("HTTP/1.1")}));
    }

    void h2oServesH2AndEchoes()
    {
        WB_CHECK_FIXTURE(curlPresent());
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        H2oServer::Options options;
        options.certificateFile = pki.certificate(QStringLiteral("server"));
        options.keyFile = pki.key(QStringLiteral("server"));
        options.echo = true;
        H2oServer h2o(options);
        h2o.writeFile(QStringLiteral("h.txt"), "h2o\n");
        WB_START_FIXTURE(h2o);
        QCOMPARE(versionAndBody(h2o.baseUrl() + QStringLiteral("/h.txt")), QByteArray("2\nh2o\n"));
        QByteArray why;
        QVERIFY2(echoesOverHttp2(h2o.baseUrl() + QStringLiteral("/echo"), 1024 * 1024, &why),
                 why.constData());
        QTRY_COMPARE_WITH_TIMEOUT(h2o.accessLog().size(), 2, 5000);
        QVERIFY2(h2o.accessLog().first().contains(" HTTP/2 GET /h.txt 200"),
                 h2o.accessLog().first().constData());
    }

    void apacheServesH2AndEchoes()
    {
        WB_CHECK_FIXTURE(curlPresent());
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        ApacheH2Server::Options options;
        options.certificateFile = pki.certificate(QStringLiteral("server"));
        options.keyFile = pki.key(QStringLiteral("server"));
        options.echo = true;
        ApacheH2Server apache(options);
        apache.writeFile(QStringLiteral("a.txt"), "apache\n");
        WB_START_FIXTURE(apache);
        QCOMPARE(versionAndBody(apache.baseUrl() + QStringLiteral("/a.txt")),
                 QByteArray("2\napache\n"));
        const CurlRun h1 =
            curl({QStringLiteral("-sk"), QStringLiteral("--http1.1"), QStringLiteral("-w"),
                  QStringLiteral(" %{http_version}"), apache.baseUrl() + QStringLiteral("/a.txt")});
        QCOMPARE(h1.out, QByteArray("apache\n 1.1"));
        QByteArray why;
        QVERIFY2(echoesOverHttp2(apache.baseUrl() + QStringLiteral("/echo"), 1024 * 1024, &why),
                 why.constData());
        QTRY_COMPARE_WITH_TIMEOUT(apache.accessLog().size(), 3, 5000);
        QVERIFY2(apache.accessLog().first().contains(" HTTP/2.0 GET /a.txt 200"),
                 apache.accessLog().first().constData());
    }

    void apacheSpeaksH2c()
    {
        WB_CHECK_FIXTURE(curlPresent());
        ApacheH2Server apache(ApacheH2Server::Options{});
        apache.writeFile(QStringLiteral("c.txt"), "h2c\n");
        WB_START_FIXTURE(apache);
        QCOMPARE(versionAndBody(apache.baseUrl() + QStringLiteral("/c.txt")),
                 QByteArray("2\nh2c\n"));
    }

    void h2misbehaveServesAndMisbehaves()
    {
        WB_CHECK_FIXTURE(curlPresent());
        H2MisbehaveServer ok(QStringLiteral("ok"));
        WB_START_FIXTURE(ok);
        QCOMPARE(versionAndBody(ok.url()), QByteArray("2\nhello from h2misbehave\n"));
        QByteArray why;
        QVERIFY2(echoesOverHttp2(ok.url(QStringLiteral("/echo")), 300000, &why), why.constData());
        QTRY_COMPARE_WITH_TIMEOUT(ok.connections(), 2, 5000); // the readiness probe is not one
        QCOMPARE(ok.events(QStringLiteral("request")).first().fields.value(QStringLiteral("path")),
                 QStringLiteral("/"));

        H2MisbehaveServer calm(QStringLiteral("rst-calm"));
        WB_START_FIXTURE(calm);
        const CurlRun r =
            curl({QStringLiteral("-s"), QStringLiteral("--http2-prior-knowledge"), calm.url()});
        QCOMPARE(r.code, 92); // CURLE_HTTP2_STREAM
        QTRY_COMPARE_WITH_TIMEOUT(calm.events(QStringLiteral("sent")).size(), 1, 5000);
        QCOMPARE(calm.events(QStringLiteral("sent")).first().fields.value(QStringLiteral("code")),
                 QStringLiteral("ENHANCE_YOUR_CALM"));
    }

    void h2misbehaveSpeaksTls()
    {
        WB_CHECK_FIXTURE(curlPresent());
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        H2MisbehaveServer::Options options;
        options.certificateFile = pki.certificate(QStringLiteral("server"));
        options.keyFile = pki.key(QStringLiteral("server"));
        H2MisbehaveServer server(options);
        WB_START_FIXTURE(server);
        QCOMPARE(versionAndBody(server.url()), QByteArray("2\nhello from h2misbehave\n"));
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
