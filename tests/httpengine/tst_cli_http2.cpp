// wirebench-cli over HTTP/2 as a user runs it: send --http2 / --http1.1 / --http2-prior-knowledge,
// -v printing frames the way `nghttp -nv` does, --output-format json with the frames, the exit
// codes for HTTP/2 failures, and load -m/--streams for concurrent streams per connection (the
// server's own log proves how many connections were used).

#include "tests/support/caddyserver.h"
#include "tests/support/cliprocess.h"
#include "tests/support/h2misbehaveserver.h"
#include "tests/support/nghttpdserver.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testcertificates.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace wb::test;

namespace {

bool matches(const QByteArray &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption)
        .match(QString::fromUtf8(text))
        .hasMatch();
}

} // namespace

class TestCliHttp2 : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_pki;
    std::optional<FixtureError> m_pkiError;

    NghttpdServer::Options tls(bool verbose = false) const
    {
        NghttpdServer::Options options;
        options.certificateFile = m_pki.certificate(QStringLiteral("server"));
        options.keyFile = m_pki.key(QStringLiteral("server"));
        options.verbose = verbose;
        return options;
    }

private slots:
    void initTestCase() { m_pkiError = m_pki.generate(); }

    void sendHttp2OverTls()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        NghttpdServer nghttpd(tls());
        nghttpd.writeFile(QStringLiteral("hello.txt"), "hello cli h2\n");
        WB_START_FIXTURE(nghttpd);
        const QString url = nghttpd.baseUrl() + QStringLiteral("/hello.txt");
        const CliRun insecure =
            runCli({QStringLiteral("send"), QStringLiteral("--http2"), QStringLiteral("-k"), url});
        QCOMPARE(insecure.code, 0);
        QCOMPARE(insecure.out, QByteArray("hello cli h2\n"));
        const CliRun verified = runCli({QStringLiteral("send"), QStringLiteral("--http2"),
                                        QStringLiteral("--cacert"), m_pki.caCertificate(), url});
        QCOMPARE(verified.code, 0);
        QCOMPARE(verified.out, QByteArray("hello cli h2\n"));
    }

    void sendPriorKnowledge()
    {
        NghttpdServer nghttpd; // h2c
        nghttpd.writeFile(QStringLiteral("c.txt"), "cleartext h2\n");
        WB_START_FIXTURE(nghttpd);
        const CliRun r = runCli({QStringLiteral("send"), QStringLiteral("--http2-prior-knowledge"),
                                 nghttpd.baseUrl() + QStringLiteral("/c.txt")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("cleartext h2\n"));
    }

    void sendHttp11AgainstAnH2Server()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        CaddyServer::Options options;
        options.certificateFile = m_pki.certificate(QStringLiteral("server"));
        options.keyFile = m_pki.key(QStringLiteral("server"));
        CaddyServer caddy(options);
        caddy.writeFile(QStringLiteral("x.txt"), "caddy\n");
        WB_START_FIXTURE(caddy);
        const CliRun r =
            runCli({QStringLiteral("send"), QStringLiteral("--http1.1"), QStringLiteral("-k"),
                    QStringLiteral("-v"), caddy.baseUrl() + QStringLiteral("/x.txt")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("caddy\n"));
        QVERIFY2(r.err.contains("> GET /x.txt HTTP/1.1"), r.err.constData());
        QVERIFY(!r.err.contains("HEADERS frame"));
        QTRY_VERIFY_WITH_TIMEOUT(!caddy.accessLog().isEmpty(), 5000);
        QCOMPARE(caddy.accessLog()
                     .first()
                     .value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("proto"))
                     .toString(),
                 QStringLiteral("HTTP/1.1"));
    }

    void verbosePrintsFramesLikeNghttp()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        NghttpdServer nghttpd(tls());
        nghttpd.writeFile(QStringLiteral("v.txt"), "frames\n");
        WB_START_FIXTURE(nghttpd);
        const CliRun r =
            runCli({QStringLiteral("send"), QStringLiteral("--http2"), QStringLiteral("-k"),
                    QStringLiteral("-v"), nghttpd.baseUrl() + QStringLiteral("/v.txt")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
                 QByteArray("frames\n")); // frames go to standard error, the body stays clean
        const QString frame =
            QStringLiteral("frame <length=\\d+, flags=0x[0-9a-f]{2}, stream_id=%1>");
        QVERIFY2(matches(r.err, QStringLiteral("send SETTINGS ") + frame.arg(0)),
                 r.err.constData());
        QVERIFY(matches(r.err, QStringLiteral("recv SETTINGS ") + frame.arg(0)));
        QVERIFY(matches(r.err, QStringLiteral("send HEADERS ") + frame.arg(1)));
        QVERIFY(matches(
            r.err,
            QStringLiteral(
                "send HEADERS frame <length=\\d+, flags=0x[0-9a-f][13579bdf], "))); // END_STREAM
        QVERIFY(matches(r.err, QStringLiteral("recv HEADERS ") + frame.arg(1)));
        QVERIFY(
            matches(r.err, QStringLiteral("recv DATA frame <length=7, flags=0x01, stream_id=1>")));
        QVERIFY(matches(r.err, QStringLiteral("^\\[\\s*\\d+\\.\\d{3}\\] (send|recv) ")));
        QVERIFY(r.err.contains(":status: 200"));
        QVERIFY(r.err.contains("SETTINGS_MAX_CONCURRENT_STREAMS"));
    }

    void jsonCarriesFrames()
    {
        NghttpdServer nghttpd;
        nghttpd.writeFile(QStringLiteral("j.txt"), "json\n");
        WB_START_FIXTURE(nghttpd);
        const CliRun r = runCli({QStringLiteral("send"), QStringLiteral("--http2-prior-knowledge"),
                                 QStringLiteral("--output-format"), QStringLiteral("json"),
                                 nghttpd.baseUrl() + QStringLiteral("/j.txt")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject hop = json.value(QStringLiteral("hops")).toArray().last().toObject();
        QCOMPARE(hop.value(QStringLiteral("status")).toInt(), 200);
        const QJsonValue frames = hop.contains(QStringLiteral("frames"))
                                      ? hop.value(QStringLiteral("frames"))
                                      : json.value(QStringLiteral("frames"));
        QVERIFY2(frames.isArray(), r.out.left(2000).constData());
        QVERIFY(frames.toArray().size() >= 4); // SETTINGS both ways, HEADERS both ways, DATA
        for (const QJsonValue &frame : frames.toArray())
            QVERIFY(frame.isObject() && !frame.toObject().isEmpty());
        QVERIFY(QJsonDocument(frames.toArray()).toJson().contains("HEADERS") ||
                QJsonDocument(frames.toArray()).toJson().contains("\"type\": 1"));
    }

    void http2OnlyAgainstHttp1OnlyServerFails()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        NginxServer::Options options; // TLS, no http2
        options.certificateFile = m_pki.certificate(QStringLiteral("server"));
        options.keyFile = m_pki.key(QStringLiteral("server"));
        NginxServer nginx(options);
        WB_START_FIXTURE(nginx);
        const CliRun r = runCli({QStringLiteral("send"), QStringLiteral("--http2"),
                                 QStringLiteral("-k"), nginx.baseUrl() + QStringLiteral("/")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("h2") || r.err.contains("HTTP/2"), r.err.constData());
    }

    void resetStreamIsANetworkError()
    {
        H2MisbehaveServer server(QStringLiteral("rst-calm"));
        WB_START_FIXTURE(server);
        const CliRun r = runCli(
            {QStringLiteral("send"), QStringLiteral("--http2-prior-knowledge"), server.url()});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("ENHANCE_YOUR_CALM"), r.err.constData());
    }

    void loadWithStreamsUsesFewConnections_data()
    {
        QTest::addColumn<QString>("streamsOption");
        QTest::addColumn<int>("connections");
        QTest::newRow("-m 10, -c 1") << QStringLiteral("-m") << 1;
        QTest::newRow("--streams 20, -c 2") << QStringLiteral("--streams") << 2;
    }
    void loadWithStreamsUsesFewConnections()
    {
        QFETCH(QString, streamsOption);
        QFETCH(int, connections);
        NghttpdServer::Options options;
        options.verbose = true; // [id=N] per connection in its log
        NghttpdServer nghttpd(options);
        nghttpd.writeFile(QStringLiteral("l.txt"), "load");
        WB_START_FIXTURE(nghttpd);
        const CliRun r =
            runCli({QStringLiteral("load"), nghttpd.baseUrl() + QStringLiteral("/l.txt"),
                    QStringLiteral("-n"), QStringLiteral("300"), QStringLiteral("-c"),
                    QString::number(connections), streamsOption,
                    connections == 1 ? QStringLiteral("10") : QStringLiteral("20"),
                    QStringLiteral("--http2-prior-knowledge"), QStringLiteral("--output-format"),
                    QStringLiteral("json")},
                   120000);
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("requests")).toInt(), 300);
        QCOMPARE(json.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("200")),
                 QJsonValue(300));
        QVERIFY(json.value(QStringLiteral("requestsPerSecond")).toDouble() > 0);
        QCOMPARE(nghttpd.sessionIds().size(), connections);
    }

    void loadOverTlsPrintsTheRate()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        NghttpdServer nghttpd(tls(true));
        nghttpd.writeFile(QStringLiteral("t.txt"), "tls load");
        WB_START_FIXTURE(nghttpd);
        const CliRun r =
            runCli({QStringLiteral("load"), nghttpd.baseUrl() + QStringLiteral("/t.txt"),
                    QStringLiteral("-n"), QStringLiteral("200"), QStringLiteral("-c"),
                    QStringLiteral("2"), QStringLiteral("-m"), QStringLiteral("5"),
                    QStringLiteral("--http2"), QStringLiteral("-k")},
                   120000);
        QCOMPARE(r.code, 0);
        QVERIFY2(matches(r.out, QStringLiteral("^Requests per second: \\d+\\.\\d$")),
                 r.out.constData());
        QVERIFY(r.out.contains("Status 200: 200"));
        QCOMPARE(nghttpd.sessionIds().size(), 2);
    }
};

QTEST_MAIN(TestCliHttp2)
#include "tst_cli_http2.moc"
