// The engine over HTTP/2 against real servers on loopback: nghttpd (TLS and h2c), nginx, Caddy,
// h2o and Apache with mod_http2. For each: a GET, a 10 MB POST echoed byte for byte, 100 requests
// in flight on one connection (proved by the local port, the stream ids and the server's own log),
// and a 1 GiB download with flat memory. Then protocol choice (Auto, HTTP/1.1 only, HTTP/2 only
// against a server without h2), trailers, GOAWAY after nginx's keepalive_requests, tiny
// flow-control windows and a server that allows one stream at a time.

#include "tests/httpengine/http2testutil.h"
#include "tests/support/apacheh2server.h"
#include "tests/support/caddyserver.h"
#include "tests/support/h2oserver.h"
#include "tests/support/nghttpdserver.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testcertificates.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <functional>
#include <memory>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

constexpr qint64 gibibyte = qint64(1) << 30;
constexpr qint64 memoryLimitMb = streamingMemoryLimitMb();

// One server under test, whichever program it is: where its files go, how to reach it, and what
// its own log says about the requests and connections it served.
struct Peer
{
    QString name;
    bool tls = true;
    QString caFile;
    std::unique_ptr<NghttpdServer> upstream; // Caddy's /echo goes to nghttpd --echo-upload
    std::unique_ptr<ServerProcess> server;
    std::function<QString()> docroot;
    std::function<int()> requestsSeen;    // -1: the server cannot tell
    std::function<int()> connectionsSeen; // -1: the server cannot tell

    QString baseUrl() const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(tls ? "https" : "http").arg(server->port());
    }
    HttpProtocol http2() const
    {
        return tls ? HttpProtocol::Http2 : HttpProtocol::Http2PriorKnowledge;
    }
    RequestSpec request(const QString &path, HttpProtocol protocol) const
    {
        RequestSpec spec = get(baseUrl() + path);
        spec.options.protocol = protocol;
        spec.options.caFile = caFile;
        return spec;
    }
    RequestSpec request(const QString &path) const { return request(path, http2()); }
    QString writeFile(const QString &relativePath, const QByteArray &content) const
    {
        const QString path = writeFileUnder(docroot(), relativePath, content);
        makeWorldReadable(path);
        return path;
    }
    bool writeSparseFile(const QString &relativePath, qint64 size) const
    {
        const QString path = QDir(docroot()).filePath(relativePath);
        const bool made = makeSparseFile(path, size);
        makeWorldReadable(path);
        return made;
    }
};

template <typename T> int distinctCount(const QList<T> &values)
{
    return int(QSet<T>(values.cbegin(), values.cend()).size());
}

int countOf(const QByteArray &text, const QByteArray &needle)
{
    return int(text.count(needle));
}

// `verbose` turns on what proves connections server-side where that costs something (nghttpd -v).
std::unique_ptr<Peer> makePeer(const QString &name, const TestCertificates &pki,
                               bool verbose = false)
{
    auto peer = std::make_unique<Peer>();
    peer->name = name;
    peer->caFile = pki.caCertificate();
    const QString certificate = pki.certificate(QStringLiteral("server"));
    const QString key = pki.key(QStringLiteral("server"));
    if (name.startsWith(QLatin1String("nghttpd"))) {
        NghttpdServer::Options options;
        peer->tls = name == QLatin1String("nghttpd-tls");
        if (peer->tls) {
            options.certificateFile = certificate;
            options.keyFile = key;
        }
        options.echoUpload = true;
        options.verbose = verbose;
        auto server = std::make_unique<NghttpdServer>(options);
        NghttpdServer *s = server.get();
        peer->docroot = [s] { return s->docroot(); };
        peer->requestsSeen = [s, verbose] {
            return verbose ? countOf(s->log(), "recv HEADERS frame") : -1;
        };
        peer->connectionsSeen = [s, verbose] { return verbose ? int(s->sessionIds().size()) : -1; };
        peer->server = std::move(server);
    } else if (name == QLatin1String("nginx-tls")) {
        NginxServer::Options options;
        options.certificateFile = certificate;
        options.keyFile = key;
        options.http2 = true;
        options.echo = true;
        options.accessLog = true;
        auto server = std::make_unique<NginxServer>(options);
        NginxServer *s = server.get();
        peer->docroot = [s] { return s->docroot(); };
        peer->requestsSeen = [s] { return int(s->accessLog().size()); };
        peer->connectionsSeen = [s] {
            QList<qint64> connections;
            for (const auto &entry : s->accessLog())
                connections.append(entry.connection);
            return distinctCount(connections);
        };
        peer->server = std::move(server);
    } else if (name == QLatin1String("caddy")) {
        // Made by preparePeer(): its config names the upstream's port, known once that runs.
        NghttpdServer::Options echo;
        echo.echoUpload = true;
        peer->upstream = std::make_unique<NghttpdServer>(echo);
    } else if (name == QLatin1String("h2o-tls")) {
        H2oServer::Options options;
        options.certificateFile = certificate;
        options.keyFile = key;
        options.echo = true;
        options.threads = 2;
        auto server = std::make_unique<H2oServer>(options);
        H2oServer *s = server.get();
        peer->docroot = [s] { return s->docroot(); };
        peer->requestsSeen = [s] { return int(s->accessLog().size()); };
        peer->connectionsSeen = [s] {
            QList<QByteArray> ports;
            for (const QByteArray &line : s->accessLog())
                ports.append(line.split(' ').first());
            return distinctCount(ports);
        };
        peer->server = std::move(server);
    } else if (name.startsWith(QLatin1String("apache"))) {
        ApacheH2Server::Options options;
        peer->tls = name == QLatin1String("apache-tls");
        if (peer->tls) {
            options.certificateFile = certificate;
            options.keyFile = key;
        }
        options.echo = true;
        auto server = std::make_unique<ApacheH2Server>(options);
        ApacheH2Server *s = server.get();
        peer->docroot = [s] { return s->docroot(); };
        peer->requestsSeen = [s] { return int(s->accessLog().size()); };
        peer->connectionsSeen = [s] {
            QList<QByteArray> ports;
            for (const QByteArray &line : s->accessLog())
                ports.append(line.split(' ').first());
            return distinctCount(ports);
        };
        peer->server = std::move(server);
    }
    return peer;
}

// Starts what a peer depends on (Caddy's echo upstream) and makes the server where that needs it;
// the caller then writes the peer's files and starts peer.server.
std::optional<FixtureError> preparePeer(Peer &peer, const TestCertificates &pki)
{
    if (peer.name != QLatin1String("caddy"))
        return std::nullopt;
    if (auto error = peer.upstream->start())
        return error;
    CaddyServer::Options options;
    options.certificateFile = pki.certificate(QStringLiteral("server"));
    options.keyFile = pki.key(QStringLiteral("server"));
    options.siteDirectives =
        QStringLiteral("reverse_proxy /echo h2c://127.0.0.1:%1").arg(peer.upstream->port());
    auto server = std::make_unique<CaddyServer>(options);
    CaddyServer *s = server.get();
    peer.docroot = [s] { return s->docroot(); };
    peer.requestsSeen = [s] { return int(s->accessLog().size()); };
    peer.connectionsSeen = [s] {
        QList<QString> ports;
        for (const QJsonObject &entry : s->accessLog()) {
            ports.append(entry.value(QStringLiteral("request"))
                             .toObject()
                             .value(QStringLiteral("remote_port"))
                             .toString());
        }
        return distinctCount(ports);
    };
    peer.server = std::move(server);
    return std::nullopt;
}

const QStringList allPeers{QStringLiteral("nghttpd-tls"), QStringLiteral("nghttpd-h2c"),
                           QStringLiteral("nginx-tls"),   QStringLiteral("caddy"),
                           QStringLiteral("h2o-tls"),     QStringLiteral("apache-tls"),
                           QStringLiteral("apache-h2c")};

// Every captured frame's bytes agree with its recorded header fields.
QString checkFrameBytes(const Exchange &e)
{
    for (const Http2Frame &f : e.frames) {
        if (f.bytes.size() < 9)
            return QStringLiteral("a frame with %1 bytes").arg(f.bytes.size());
        const auto *b = reinterpret_cast<const uchar *>(f.bytes.constData());
        const quint32 length = (quint32(b[0]) << 16) | (quint32(b[1]) << 8) | b[2];
        const quint32 stream = qFromBigEndian<quint32>(b + 5) & 0x7fffffff;
        if (length != f.length || b[3] != f.type || b[4] != f.flags || stream != f.streamId) {
            return QStringLiteral("frame header bytes disagree with type %1 stream %2")
                .arg(f.type)
                .arg(f.streamId);
        }
        if (!f.truncated && f.bytes.size() != qsizetype(9 + f.length))
            return QStringLiteral("frame of length %1 carries %2 bytes")
                .arg(f.length)
                .arg(f.bytes.size());
    }
    return {};
}

bool hasFrame(const Exchange &e, bool outgoing, quint8 type)
{
    return std::any_of(e.frames.cbegin(), e.frames.cend(), [&](const Http2Frame &f) {
        return f.outgoing == outgoing && f.type == type;
    });
}

} // namespace

class TestHttpEngineHttp2 : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_pki;
    std::optional<FixtureError> m_pkiError;

    void addPeerRows()
    {
        QTest::addColumn<QString>("peer");
        for (const QString &name : allPeers)
            QTest::newRow(qPrintable(name)) << name;
    }

private slots:
    void initTestCase()
    {
        qputenv("no_proxy", "*");
        m_pkiError = m_pki.generate();
    }

    void getOverHttp2_data() { addPeerRows(); }
    void getOverHttp2()
    {
        QFETCH(QString, peer);
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(peer, m_pki);
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        p->writeFile(QStringLiteral("hello.txt"), "hello over h2\n");
        WB_START_FIXTURE(*p->server);
        HttpEngine engine;
        const ExchangeChain chain = sendAndWait(engine, p->request(QStringLiteral("/hello.txt")));
        QVERIFY2(!chain.isEmpty(), "no answer in time");
        const Exchange &e = chain.last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.response.status, 200);
        QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(e.responseBody.bytes, QByteArray("hello over h2\n"));
        if (p->tls) {
            QVERIFY(e.tls.used);
            QCOMPARE(e.tls.alpn, QByteArray("h2"));
            QVERIFY(e.tls.verificationErrors.isEmpty());
        }
        for (const WireHeader &h : e.response.headers)
            QVERIFY2(h.name == h.name.toLower(), h.name.constData());
        // The frame log: our HEADERS on stream 1, the server's SETTINGS, HEADERS and DATA.
        QVERIFY(hasFrame(e, true, 0x1));
        QVERIFY(hasFrame(e, false, 0x4));
        QVERIFY(hasFrame(e, false, 0x1));
        QVERIFY(hasFrame(e, false, 0x0));
        QCOMPARE(outgoingHeaderStreams(e), QList<quint32>{1});
        const QString frames = checkFrameBytes(e);
        QVERIFY2(frames.isEmpty(), qPrintable(frames));
        for (const Http2Frame &f : e.frames) {
            if (!f.outgoing && f.type == 0x1) {
                QVERIFY(std::any_of(f.fields.cbegin(), f.fields.cend(), [](const WireHeader &h) {
                    return h.name == ":status" && h.value == "200";
                }));
            }
        }
    }

    void postTenMegabytesEchoed_data() { addPeerRows(); }
    void postTenMegabytesEchoed()
    {
        QFETCH(QString, peer);
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(peer, m_pki);
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        WB_START_FIXTURE(*p->server);
        QTemporaryDir dir;
        const QByteArray content = randomBytes(10 * 1024 * 1024, 11);
        RequestSpec spec = p->request(QStringLiteral("/echo"));
        spec.method = QStringLiteral("POST");
        spec.body.kind = RequestBody::Kind::File;
        spec.body.filePath = writeFileUnder(dir.path(), QStringLiteral("up.bin"), content);
        spec.body.contentType = QStringLiteral("application/octet-stream");
        HttpEngine engine;
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 120000);
        QVERIFY2(!chain.isEmpty(), "no answer in time");
        const Exchange &e = chain.last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.response.status, 200);
        QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(e.requestBody.size, content.size());
        QCOMPARE(e.responseBody.size, content.size());
        QVERIFY(bodyEquals(e.responseBody, content));
        qint64 sentData = 0;
        for (const Http2Frame &f : e.frames) {
            if (f.outgoing && f.type == 0x0)
                sentData += f.length;
        }
        QCOMPARE(sentData, content.size()); // Wirebench pads nothing
        removeSpills(chain);
    }

    void hundredInFlightOnOneConnection_data() { addPeerRows(); }
    void hundredInFlightOnOneConnection()
    {
        QFETCH(QString, peer);
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(peer, m_pki, true);
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        p->writeFile(QStringLiteral("small.txt"), QByteArray(2000, 's'));
        WB_START_FIXTURE(*p->server);
        HttpEngine engine;
        const QList<RequestSpec> specs(100, p->request(QStringLiteral("/small.txt")));
        const QList<ExchangeChain> chains = sendAllAndWait(engine, specs, {}, 60000);
        QSet<quint16> localPorts;
        QSet<quint32> streams;
        for (const ExchangeChain &chain : chains) {
            QVERIFY2(!chain.isEmpty(), "a request did not finish in time");
            const Exchange &e = chain.last();
            QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
            QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
            QCOMPARE(e.responseBody.size, 2000);
            localPorts.insert(e.localPort);
            const QList<quint32> own = outgoingHeaderStreams(e);
            QCOMPARE(own.size(), 1);
            streams.insert(own.first());
        }
        QCOMPARE(localPorts.size(), 1); // one TCP connection...
        QCOMPARE(streams.size(), 100);  // ...carrying a stream per request
        QTRY_COMPARE_WITH_TIMEOUT(p->requestsSeen(), 100, 60000);
        QCOMPARE(p->connectionsSeen(), 1); // and the server saw one connection too
    }

    void gibibyteDownloadFlatMemory_data() { addPeerRows(); }
    void gibibyteDownloadFlatMemory()
    {
        QFETCH(QString, peer);
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(peer, m_pki);
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        QVERIFY(p->writeSparseFile(QStringLiteral("1g.bin"), gibibyte));
        WB_START_FIXTURE(*p->server);
        HttpEngine engine;
        SendOptions options;
        options.bodyOutputFile = QStringLiteral("/dev/null");
        options.wireCaptureLimit = 64 * 1024;
        const PeakRssGrowth memory;
        QElapsedTimer clock;
        clock.start();
        const ExchangeChain chain =
            sendAndWait(engine, p->request(QStringLiteral("/1g.bin")), options, 300000);
        QVERIFY2(!chain.isEmpty(), "the download did not finish in 300 s");
        const Exchange &e = chain.last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(e.responseBody.size, gibibyte);
        QVERIFY2(memory.growthMb() < memoryLimitMb,
                 qPrintable(QStringLiteral("peak RSS grew by %1 MB over a 1 GiB download (%2 s)")
                                .arg(memory.growthMb())
                                .arg(clock.elapsed() / 1000.0)));
        removeSpills(chain);
    }

    void http2OnlyAgainstHttp1OnlyServerFails()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        NginxServer::Options options; // TLS without http2: ALPN can only say http/1.1
        options.certificateFile = m_pki.certificate(QStringLiteral("server"));
        options.keyFile = m_pki.key(QStringLiteral("server"));
        NginxServer nginx(options);
        nginx.writeFile(QStringLiteral("index.html"), "h1 only");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        RequestSpec spec =
            withProtocol(get(nginx.baseUrl() + QStringLiteral("/index.html")), HttpProtocol::Http2);
        spec.options.caFile = m_pki.caCertificate();
        QElapsedTimer clock;
        clock.start();
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY2(!chain.isEmpty(), "no answer in time");
        const Exchange &e = chain.last();
        QCOMPARE(e.error.category, ErrorCategory::Protocol);
        QVERIFY2(e.error.message.contains(QStringLiteral("h2")) ||
                     e.error.message.contains(QStringLiteral("HTTP/2")),
                 qPrintable(e.error.message));
        QVERIFY(e.tls.alpn != QByteArray("h2"));
        QVERIFY(clock.elapsed() < 10000);

        // Auto against the same server is plain HTTP/1.1 and works.
        spec.options.protocol = HttpProtocol::Auto;
        const Exchange h1 = sendAndWait(engine, spec).last();
        QVERIFY2(h1.succeeded(), qPrintable(h1.error.toString()));
        QCOMPARE(h1.httpVersion, QByteArray("HTTP/1.1"));
    }

    void priorKnowledgeAgainstHttp1ServerFails()
    {
        NginxServer nginx; // cleartext HTTP/1.1: answers the preface with a 400 and closes
        nginx.writeFile(QStringLiteral("index.html"), "h1 only");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        QElapsedTimer clock;
        clock.start();
        const ExchangeChain chain =
            sendAndWait(engine,
                        withProtocol(get(nginx.baseUrl() + QStringLiteral("/index.html")),
                                     HttpProtocol::Http2PriorKnowledge),
                        {}, 20000);
        QVERIFY2(!chain.isEmpty(), "no answer in time");
        QCOMPARE(chain.last().error.category, ErrorCategory::Protocol);
        QVERIFY(clock.elapsed() < 10000);
    }

    void autoPicksH2_data()
    {
        QTest::addColumn<QString>("peer");
        for (const char *name : {"nghttpd-tls", "nginx-tls", "caddy", "h2o-tls", "apache-tls"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void autoPicksH2()
    {
        QFETCH(QString, peer);
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(peer, m_pki);
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        p->writeFile(QStringLiteral("a.txt"), "auto");
        WB_START_FIXTURE(*p->server);
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, p->request(QStringLiteral("/a.txt"), HttpProtocol::Auto)).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.tls.alpn, QByteArray("h2"));
        QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(e.responseBody.bytes, QByteArray("auto"));
    }

    void http1AgainstH2ServerStaysHttp1_data()
    {
        QTest::addColumn<QString>("peer");
        for (const char *name : {"nghttpd-tls", "nginx-tls", "caddy", "h2o-tls", "apache-tls"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void http1AgainstH2ServerStaysHttp1()
    {
        QFETCH(QString, peer);
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(peer, m_pki);
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        p->writeFile(QStringLiteral("b.txt"), "one point one");
        WB_START_FIXTURE(*p->server);
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, p->request(QStringLiteral("/b.txt"), HttpProtocol::Http1)).last();
        if (peer == QLatin1String("nghttpd-tls")) {
            // nghttpd speaks nothing but h2: offering only http/1.1 gets no usable answer.
            QVERIFY(!e.succeeded());
            QVERIFY(e.tls.alpn != QByteArray("h2"));
            return;
        }
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.httpVersion, QByteArray("HTTP/1.1"));
        QVERIFY(e.tls.alpn != QByteArray("h2"));
        QVERIFY(e.requestHead.startsWith("GET /b.txt HTTP/1.1\r\n"));
        QVERIFY(e.frames.isEmpty());
        QCOMPARE(e.responseBody.bytes, QByteArray("one point one"));
    }

    void autoOnCleartextIsHttp1()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        auto p = makePeer(QStringLiteral("apache-h2c"), m_pki); // would speak h2c if asked
        WB_CHECK_FIXTURE(preparePeer(*p, m_pki));
        p->writeFile(QStringLiteral("c.txt"), "cleartext");
        WB_START_FIXTURE(*p->server);
        HttpEngine engine;
        const Exchange e =
            sendAndWait(engine, p->request(QStringLiteral("/c.txt"), HttpProtocol::Auto)).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.httpVersion, QByteArray("HTTP/1.1"));
        QVERIFY(!e.requestHead.contains("Upgrade: h2c"));
        const Exchange h2c = sendAndWait(engine, p->request(QStringLiteral("/c.txt"),
                                                            HttpProtocol::Http2))
                                 .last(); // Http2 on http:// means prior knowledge
        QVERIFY2(h2c.succeeded(), qPrintable(h2c.error.toString()));
        QCOMPARE(h2c.httpVersion, QByteArray("HTTP/2"));
    }

    void trailers_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("h2") << true;
        QTest::newRow("h2c") << false;
    }
    void trailers()
    {
        QFETCH(bool, tls);
        WB_CHECK_FIXTURE(m_pkiError);
        NghttpdServer::Options options;
        if (tls) {
            options.certificateFile = m_pki.certificate(QStringLiteral("server"));
            options.keyFile = m_pki.key(QStringLiteral("server"));
        }
        options.trailers = {QStringLiteral("x-trailer: kept"), QStringLiteral("x-second: 2")};
        NghttpdServer nghttpd(options);
        nghttpd.writeFile(QStringLiteral("t.txt"), "with trailers");
        WB_START_FIXTURE(nghttpd);
        HttpEngine engine;
        RequestSpec spec =
            withProtocol(get(nghttpd.baseUrl() + QStringLiteral("/t.txt")),
                         tls ? HttpProtocol::Http2 : HttpProtocol::Http2PriorKnowledge);
        spec.options.caFile = m_pki.caCertificate();
        const Exchange e = sendAndWait(engine, spec).last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QCOMPARE(e.responseBody.bytes, QByteArray("with trailers"));
        QCOMPARE(e.trailers, (QList<WireHeader>{{"x-trailer", "kept"}, {"x-second", "2"}}));
        // The trailers came in a second HEADERS frame with END_STREAM.
        int incomingHeaders = 0;
        for (const Http2Frame &f : e.frames)
            incomingHeaders += (!f.outgoing && f.type == 0x1) ? 1 : 0;
        QCOMPARE(incomingHeaders, 2);
    }

    void nginxGoawayAfterKeepaliveRequestsIsRetried()
    {
        WB_CHECK_FIXTURE(m_pkiError);
        NginxServer::Options options;
        options.certificateFile = m_pki.certificate(QStringLiteral("server"));
        options.keyFile = m_pki.key(QStringLiteral("server"));
        options.http2 = true;
        options.keepaliveRequests = 10; // GOAWAY after the tenth stream
        options.accessLog = true;
        NginxServer nginx(options);
        nginx.writeFile(QStringLiteral("g.txt"), "goaway");
        WB_START_FIXTURE(nginx);
        HttpEngine engine;
        RequestSpec spec =
            withProtocol(get(nginx.baseUrl() + QStringLiteral("/g.txt")), HttpProtocol::Http2);
        spec.options.caFile = m_pki.caCertificate();

        // One after another: every tenth request meets a connection that said GOAWAY.
        QList<quint16> ports;
        for (int i = 0; i < 25; ++i) {
            const Exchange e = sendAndWait(engine, spec).last();
            QVERIFY2(
                e.succeeded(),
                qPrintable(QStringLiteral("request %1: %2").arg(i + 1).arg(e.error.toString())));
            QCOMPARE(e.httpVersion, QByteArray("HTTP/2"));
            ports.append(e.localPort);
        }
        QCOMPARE(distinctCount(ports), 3);
        QTRY_COMPARE_WITH_TIMEOUT(nginx.accessLog().size(), 25, 10000);

        // Thirty at once: the streams above the GOAWAY's last-stream-id are retried on new
        // connections, and nginx serves each request exactly once.
        const QList<ExchangeChain> chains = sendAllAndWait(engine, QList<RequestSpec>(30, spec));
        for (const ExchangeChain &chain : chains) {
            QVERIFY2(!chain.isEmpty(), "a request did not finish in time");
            QVERIFY2(chain.last().succeeded(), qPrintable(chain.last().error.toString()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(nginx.accessLog().size(), 55, 10000);
        QHash<qint64, int> perConnection;
        for (const auto &entry : nginx.accessLog()) {
            QCOMPARE(entry.protocol, QStringLiteral("HTTP/2.0"));
            QCOMPARE(entry.status, 200);
            perConnection[entry.connection] += 1;
        }
        for (const int served : std::as_const(perConnection))
            QVERIFY(served <= 10);
        QVERIFY(perConnection.size() >= 6);
    }

    void tinyFlowControlWindows()
    {
        NghttpdServer::Options options;
        options.windowBits = 10;           // 1023-byte stream windows for what we upload
        options.connectionWindowBits = 12; // 4095 for the connection
        options.echoUpload = true;
        NghttpdServer nghttpd(options);
        nghttpd.writeFile(QStringLiteral("256k.bin"), randomBytes(256 * 1024, 5));
        WB_START_FIXTURE(nghttpd);
        HttpEngine engine;
        const QByteArray content = randomBytes(1024 * 1024, 3);
        RequestSpec spec = withProtocol(get(nghttpd.baseUrl() + QStringLiteral("/echo")),
                                        HttpProtocol::Http2PriorKnowledge);
        spec.method = QStringLiteral("PUT");
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = content;
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 120000);
        QVERIFY2(!chain.isEmpty(), "no answer in time");
        const Exchange &e = chain.last();
        QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
        QVERIFY(bodyEquals(e.responseBody, content));
        int windowUpdates = 0;
        for (const Http2Frame &f : e.frames) {
            if (f.outgoing && f.type == 0x0)
                QVERIFY2(f.length <= 1023, qPrintable(QStringLiteral("DATA of %1").arg(f.length)));
            windowUpdates += (!f.outgoing && f.type == 0x8) ? 1 : 0;
        }
        QVERIFY(windowUpdates > 100); // the upload moved only as the server reopened windows

        const Exchange download =
            sendAndWait(engine, withProtocol(get(nghttpd.baseUrl() + QStringLiteral("/256k.bin")),
                                             HttpProtocol::Http2PriorKnowledge))
                .last();
        QVERIFY2(download.succeeded(), qPrintable(download.error.toString()));
        QVERIFY(bodyEquals(download.responseBody, randomBytes(256 * 1024, 5)));
        removeSpills(chain);
    }

    void oneStreamAtATimeQueuesOnOneConnection()
    {
        NghttpdServer::Options options;
        options.maxConcurrentStreams = 1; // -m 1
        options.verbose = true;
        NghttpdServer nghttpd(options);
        nghttpd.writeFile(QStringLiteral("q.txt"), "queued");
        WB_START_FIXTURE(nghttpd);
        HttpEngine engine;
        const RequestSpec spec = withProtocol(get(nghttpd.baseUrl() + QStringLiteral("/q.txt")),
                                              HttpProtocol::Http2PriorKnowledge);
        const QList<ExchangeChain> chains = sendAllAndWait(engine, QList<RequestSpec>(20, spec));
        QSet<quint16> ports;
        for (const ExchangeChain &chain : chains) {
            QVERIFY2(!chain.isEmpty(), "a request did not finish in time");
            QVERIFY2(chain.last().succeeded(), qPrintable(chain.last().error.toString()));
            QCOMPARE(chain.last().responseBody.bytes, QByteArray("queued"));
            ports.insert(chain.last().localPort);
        }
        // Queued for the one stream instead of opening more connections.
        QCOMPARE(ports.size(), 1);
        QCOMPARE(nghttpd.sessionIds().size(), 1);
        QVERIFY(!nghttpd.log().contains("REFUSED_STREAM"));
    }
};

QTEST_GUILESS_MAIN(TestHttpEngineHttp2)
#include "tst_httpengine_http2.moc"
