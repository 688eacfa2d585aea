// Everything HTTP/1.1 can do, over HTTP/2, against real servers on loopback: any method, headers as
// given (lower-cased on the wire, the user's spelling kept in the head), bodies streamed from a
// file, multipart and urlencoded bodies echoed, 1xx interim responses, HEAD/204/304, gzip and
// brotli decoding, redirects that change protocol, cookies, Basic/Bearer/Digest auth, client
// certificates, a custom CA and "don't verify", timeouts, cancel with other streams running,
// HTTP/2 inside CONNECT and SOCKS5 tunnels, and the HAR version of an HTTP/2 exchange.

#include "core/interchange/harwriter.h"
#include "tests/httpengine/http2testutil.h"
#include "tests/httpengine/tunnelproxy.h"
#include "tests/support/apacheh2server.h"
#include "tests/support/h2misbehaveserver.h"
#include "tests/support/nghttpdserver.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

constexpr quint8 frameHeaders = 0x1;
constexpr quint8 frameData = 0x0;
constexpr quint8 frameRstStream = 0x3;
constexpr quint32 errorCancel = 0x8;

// The first HEADERS frame Wirebench sent for an exchange, or null.
const Http2Frame *outgoingHeaders(const Exchange &exchange)
{
    for (const auto &frame : exchange.frames) {
        if (frame.outgoing && frame.type == frameHeaders)
            return &frame;
    }
    return nullptr;
}

// Every value of `name` in a decoded header block (names compared exactly: on the wire they
// must be lower case).
QList<QByteArray> fieldValues(const Http2Frame *frame, const QByteArray &name)
{
    QList<QByteArray> values;
    if (!frame)
        return values;
    for (const auto &field : frame->fields) {
        if (field.name == name)
            values.append(field.value);
    }
    return values;
}

QByteArray fieldValue(const Http2Frame *frame, const QByteArray &name)
{
    return fieldValues(frame, name).value(0);
}

qint64 outgoingDataBytes(const Exchange &exchange)
{
    qint64 total = 0;
    for (const auto &frame : exchange.frames) {
        if (frame.outgoing && frame.type == frameData)
            total += frame.length;
    }
    return total;
}

RequestSpec request(const QString &url, HttpProtocol protocol, const QString &caFile = {})
{
    RequestSpec spec = get(url);
    spec.options.protocol = protocol;
    spec.options.caFile = caFile;
    spec.options.totalTimeoutMs = 30000;
    return spec;
}

FormField formField(const QString &name, const QString &value, bool isFile = false)
{
    FormField field;
    field.name = name;
    field.value = value;
    field.isFile = isFile;
    return field;
}

// The events of `server` named `name` whose `key` is `value`.
int countEvents(const H2MisbehaveServer &server, const QString &name, const QString &key,
                const QString &value)
{
    int count = 0;
    for (const auto &event : server.events(name)) {
        if (event.fields.value(key) == value)
            ++count;
    }
    return count;
}

#define WB_VERIFY_H2(exchange)                                                                     \
    do {                                                                                           \
        QVERIFY2((exchange).succeeded(), qPrintable((exchange).error.toString()));                 \
        QCOMPARE((exchange).httpVersion, QByteArray("HTTP/2"));                                    \
    } while (false)

} // namespace

class TestHttpEngineHttp2Features : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_pki;

    QString serverCertificate() const { return m_pki.certificate(QStringLiteral("server")); }
    QString serverKey() const { return m_pki.key(QStringLiteral("server")); }

    NginxServer::Options nginxH2(const QString &directives = {}) const
    {
        NginxServer::Options options;
        options.certificateFile = serverCertificate();
        options.keyFile = serverKey();
        options.http2 = true;
        options.serverDirectives = directives;
        return options;
    }

private slots:
    void initTestCase() { WB_CHECK_FIXTURE(m_pki.generate()); }

    // PUT, PATCH, DELETE, OPTIONS and a method of the user's own reach the server as sent.
    void anyMethod()
    {
        H2MisbehaveServer server(QStringLiteral("ok"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        const QStringList methods{QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                  QStringLiteral("DELETE"), QStringLiteral("OPTIONS"),
                                  QStringLiteral("WB-CUSTOM")};
        for (const QString &method : methods) {
            RequestSpec spec =
                request(server.url(QStringLiteral("/m")), HttpProtocol::Http2PriorKnowledge);
            spec.method = method;
            if (method == QLatin1String("PUT") || method == QLatin1String("PATCH")) {
                spec.body.kind = RequestBody::Kind::Raw;
                spec.body.raw = "body of " + method.toLatin1();
            }
            const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
            QVERIFY2(!chain.isEmpty(), qPrintable(method + QStringLiteral(" did not finish")));
            const Exchange &e = chain.last();
            WB_VERIFY_H2(e);
            QCOMPARE(e.response.status, 200);
            QCOMPARE(e.method, method.toLatin1());
            QCOMPARE(fieldValue(outgoingHeaders(e), ":method"), method.toLatin1());
            QVERIFY(e.requestHead.startsWith(method.toLatin1() + " /m HTTP/2\r\n"));
            if (method == QLatin1String("PUT")) // the ok scenario echoes PUT bodies
                QCOMPARE(e.responseBody.bytes, QByteArray("body of PUT"));
            if (method == QLatin1String("PATCH"))
                QCOMPARE(outgoingDataBytes(e), qint64(spec.body.raw.size()));
        }
        for (const QString &method : methods) {
            QVERIFY2(countEvents(server, QStringLiteral("request"), QStringLiteral("method"),
                                 method) == 1,
                     qPrintable(method));
        }
    }

    // Header names go out lower-cased (RFC 9113 section 8.2) in the HEADERS frame, values and
    // order as given; the request head shown to the user keeps the spelling typed.
    void headersAsGiven()
    {
        H2MisbehaveServer server(QStringLiteral("ok"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec =
            request(server.url(QStringLiteral("/headers")), HttpProtocol::Http2PriorKnowledge);
        spec.headers = {{QStringLiteral("X-Wirebench-Case"), QStringLiteral("MiXeD Value")},
                        {QStringLiteral("ACCEPT"), QStringLiteral("text/plain")},
                        {QStringLiteral("X-Repeated"), QStringLiteral("one")},
                        {QStringLiteral("X-Repeated"), QStringLiteral("two")},
                        {QStringLiteral("X-Disabled"), QStringLiteral("no"), false}};
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        const Http2Frame *headers = outgoingHeaders(e);
        QVERIFY(headers);
        for (const auto &field : headers->fields)
            QVERIFY2(field.name == field.name.toLower(), field.name.constData());
        QCOMPARE(fieldValue(headers, "x-wirebench-case"), QByteArray("MiXeD Value"));
        QCOMPARE(fieldValue(headers, "accept"), QByteArray("text/plain"));
        QCOMPARE(fieldValues(headers, "x-repeated"), (QList<QByteArray>{"one", "two"}));
        QVERIFY(fieldValues(headers, "x-disabled").isEmpty());
        QVERIFY2(e.requestHead.contains("\r\nX-Wirebench-Case: MiXeD Value\r\n"),
                 e.requestHead.constData());
        QVERIFY(e.requestHead.contains("\r\nACCEPT: text/plain\r\n"));
        QVERIFY(!e.requestHead.contains("X-Disabled"));
        // What the server decoded: the same lower-case names.
        const auto seen = server.events(QStringLiteral("headers"));
        QCOMPARE(seen.size(), 1);
        const QStringList names = seen.first().fields.value(QStringLiteral("names")).split(',');
        QVERIFY(names.contains(QStringLiteral("x-wirebench-case")));
        QVERIFY(names.contains(QStringLiteral("accept")));
        QVERIFY(!names.contains(QStringLiteral("X-Wirebench-Case")));
    }

    // A body from a file goes out in DATA frames and comes back byte for byte (nghttpd
    // --echo-upload), over TLS; multipart and urlencoded bodies the same.
    void bodiesEchoed()
    {
        NghttpdServer::Options options;
        options.certificateFile = serverCertificate();
        options.keyFile = serverKey();
        options.echoUpload = true;
        NghttpdServer server(options);
        WB_START_FIXTURE(server);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QByteArray content = randomBytes(3 * 1024 * 1024 + 17, 11);
        const QString bodyFile =
            writeFileUnder(scratch.path(), QStringLiteral("body.bin"), content);
        const QString partFile =
            writeFileUnder(scratch.path(), QStringLiteral("part.txt"), "part file content\n");
        HttpEngine engine;
        const QString url = server.baseUrl() + QStringLiteral("/echo");

        RequestSpec file = request(url, HttpProtocol::Http2, m_pki.caCertificate());
        file.method = QStringLiteral("POST");
        file.body.kind = RequestBody::Kind::File;
        file.body.filePath = bodyFile;
        file.body.contentType = QStringLiteral("application/octet-stream");
        const ExchangeChain fileChain = sendAndWait(engine, file, {}, 60000);
        QVERIFY(!fileChain.isEmpty());
        const Exchange &f = fileChain.last();
        WB_VERIFY_H2(f);
        QCOMPARE(f.tls.alpn, QByteArray("h2"));
        QVERIFY(bodyEquals(f.responseBody, content));
        QCOMPARE(outgoingDataBytes(f), qint64(content.size()));
        QCOMPARE(fieldValue(outgoingHeaders(f), "content-length"),
                 QByteArray::number(content.size()));
        removeSpills(fileChain);

        RequestSpec multipart = request(url, HttpProtocol::Http2, m_pki.caCertificate());
        multipart.method = QStringLiteral("POST");
        multipart.body.kind = RequestBody::Kind::Multipart;
        multipart.body.fields = {formField(QStringLiteral("greeting"), QStringLiteral("hello h2")),
                                 formField(QStringLiteral("upload"), partFile, true)};
        const ExchangeChain multipartChain = sendAndWait(engine, multipart, {}, 30000);
        QVERIFY(!multipartChain.isEmpty());
        const Exchange &m = multipartChain.last();
        WB_VERIFY_H2(m);
        QVERIFY(m.connectionReused);
        QVERIFY(fieldValue(outgoingHeaders(m), "content-type")
                    .startsWith("multipart/form-data; boundary="));
        QVERIFY(m.requestBody.size > 0);
        QCOMPARE(m.responseBody.bytes, m.requestBody.bytes);
        QVERIFY(m.responseBody.bytes.contains("name=\"greeting\"\r\n\r\nhello h2\r\n"));
        QVERIFY(m.responseBody.bytes.contains("filename=\"part.txt\""));
        QVERIFY(m.responseBody.bytes.contains("part file content\n"));

        RequestSpec form = request(url, HttpProtocol::Http2, m_pki.caCertificate());
        form.method = QStringLiteral("POST");
        form.body.kind = RequestBody::Kind::UrlEncoded;
        form.body.fields = {formField(QStringLiteral("a"), QStringLiteral("1")),
                            formField(QStringLiteral("b"), QStringLiteral("x y&z="))};
        const ExchangeChain formChain = sendAndWait(engine, form, {}, 30000);
        QVERIFY(!formChain.isEmpty());
        const Exchange &u = formChain.last();
        WB_VERIFY_H2(u);
        QCOMPARE(fieldValue(outgoingHeaders(u), "content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(u.responseBody.bytes, u.requestBody.bytes);
        QVERIFY2(u.responseBody.bytes.startsWith("a=1&b=x"), u.responseBody.bytes.constData());
        QVERIFY(u.responseBody.bytes.contains("%26z%3D"));
    }

    // A 103 Early Hints before the final response is kept as an interim head.
    void interimResponse()
    {
        H2MisbehaveServer server(QStringLiteral("interim"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        const ExchangeChain chain = sendAndWait(
            engine, request(server.url(QStringLiteral("/page")), HttpProtocol::Http2PriorKnowledge),
            {}, 20000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QCOMPARE(e.interim.size(), 1);
        QCOMPARE(e.interim.first().status, 103);
        QCOMPARE(e.interim.first().header("link"),
                 QByteArray("</style.css>; rel=preload; as=style"));
        QCOMPARE(e.response.status, 200);
        QCOMPARE(e.responseBody.bytes, QByteArray("after the hints\n"));
    }

    // HEAD, 204 and 304 have no body: each ends at once, without waiting for one.
    void noBodyResponses()
    {
        NginxServer server(nginxH2(QStringLiteral("location = /empty { return 204; }")));
        const QByteArray page(5000, 'p');
        server.writeFile(QStringLiteral("page.html"), page);
        WB_START_FIXTURE(server);
        HttpEngine engine;
        const QString url = server.baseUrl() + QStringLiteral("/page.html");
        QElapsedTimer clock;

        RequestSpec head = request(url, HttpProtocol::Http2, m_pki.caCertificate());
        head.method = QStringLiteral("HEAD");
        clock.start();
        ExchangeChain chain = sendAndWait(engine, head, {}, 15000);
        QVERIFY(!chain.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, "HEAD waited for a body");
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 200);
        QCOMPARE(chain.last().response.header("content-length"), QByteArray("5000"));
        QCOMPARE(chain.last().responseBody.size, qint64(0));

        clock.start();
        chain = sendAndWait(engine,
                            request(server.baseUrl() + QStringLiteral("/empty"),
                                    HttpProtocol::Http2, m_pki.caCertificate()),
                            {}, 15000);
        QVERIFY(!chain.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, "204 waited for a body");
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 204);
        QCOMPARE(chain.last().responseBody.size, qint64(0));

        chain = sendAndWait(engine, request(url, HttpProtocol::Http2, m_pki.caCertificate()), {},
                            15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        const QByteArray etag = chain.last().response.header("etag");
        QVERIFY(!etag.isEmpty());
        RequestSpec conditional = request(url, HttpProtocol::Http2, m_pki.caCertificate());
        conditional.headers = {{QStringLiteral("If-None-Match"), QString::fromLatin1(etag)}};
        clock.start();
        chain = sendAndWait(engine, conditional, {}, 15000);
        QVERIFY(!chain.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, "304 waited for a body");
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 304);
        QCOMPARE(chain.last().responseBody.size, qint64(0));
        QVERIFY(chain.last().connectionReused);
    }

    // gzip from nginx over HTTP/2 is decoded; the wire keeps the compressed bytes.
    void gzipDecoded()
    {
        NginxServer server(
            nginxH2(QStringLiteral("gzip on; gzip_types text/plain; gzip_min_length 1;")));
        QByteArray text;
        for (int i = 0; i < 4000; ++i)
            text += "line " + QByteArray::number(i) + " of a compressible text\n";
        server.writeFile(QStringLiteral("big.txt"), text);
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = request(server.baseUrl() + QStringLiteral("/big.txt"),
                                   HttpProtocol::Http2, m_pki.caCertificate());
        spec.headers = {{QStringLiteral("Accept-Encoding"), QStringLiteral("gzip")}};
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QCOMPARE(e.response.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(bodyEquals(e.responseBody, text));
        QVERIFY2(e.responseWire.size < text.size() / 2,
                 qPrintable(QString::number(e.responseWire.size)));
    }

    // brotli from Apache's mod_brotli over HTTP/2 is decoded.
    void brotliDecoded()
    {
        const QString brotliModule = QStringLiteral("/usr/lib/apache2/modules/mod_brotli.so");
        WB_REQUIRE(QFileInfo::exists(brotliModule), "Apache's mod_brotli is not installed");
        ApacheH2Server::Options options;
        options.certificateFile = serverCertificate();
        options.keyFile = serverKey();
        options.extraDirectives =
            QStringLiteral("LoadModule brotli_module %1\nAddOutputFilter BROTLI_COMPRESS txt\n")
                .arg(brotliModule);
        ApacheH2Server server(options);
        QByteArray text;
        for (int i = 0; i < 4000; ++i)
            text += "brotli line " + QByteArray::number(i) + "\n";
        server.writeFile(QStringLiteral("big.txt"), text);
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = request(server.baseUrl() + QStringLiteral("/big.txt"),
                                   HttpProtocol::Http2, m_pki.caCertificate());
        spec.headers = {{QStringLiteral("Accept-Encoding"), QStringLiteral("br")}};
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QCOMPARE(e.response.header("content-encoding"), QByteArray("br"));
        QVERIFY(bodyEquals(e.responseBody, text));
        QVERIFY(e.responseWire.size < text.size() / 2);
    }

    // An h2 server redirects to an HTTP/1.1-only server, which redirects back: each hop records
    // the protocol it used.
    void redirectChangesProtocol()
    {
        NginxServer h2(nginxH2(QStringLiteral(
            "location = /hop { return 302 http://127.0.0.1:$arg_h1/back?h2=$server_port; }")));
        h2.writeFile(QStringLiteral("final.txt"), "final over h2\n");
        WB_START_FIXTURE(h2);
        NginxServer::Options plain;
        plain.serverDirectives =
            QStringLiteral("location = /back { return 302 https://127.0.0.1:$arg_h2/final.txt; }");
        NginxServer h1(plain);
        WB_START_FIXTURE(h1);
        HttpEngine engine;
        const ExchangeChain chain =
            sendAndWait(engine,
                        request(h2.baseUrl() + QStringLiteral("/hop?h1=%1").arg(h1.port()),
                                HttpProtocol::Auto, m_pki.caCertificate()),
                        {}, 20000);
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.hops.size(), 3);
        QCOMPARE(chain.hops[0].response.status, 302);
        QCOMPARE(chain.hops[0].httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(chain.hops[0].tls.alpn, QByteArray("h2"));
        QCOMPARE(chain.hops[1].response.status, 302);
        QCOMPARE(chain.hops[1].httpVersion, QByteArray("HTTP/1.1"));
        QVERIFY(chain.hops[1].frames.isEmpty());
        QVERIFY(chain.hops[1].requestHead.startsWith("GET /back?h2="));
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 200);
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("final over h2\n"));
    }

    // A cookie set on an HTTP/2 response goes back on the next request.
    void cookiesRoundTrip()
    {
        NginxServer server(nginxH2(QStringLiteral(
            "location = /set { add_header Set-Cookie \"h2cookie=c00k1e; Path=/\"; "
            "return 200 \"set\\n\"; }\n"
            "        location = /check { return 200 \"cookie=[$http_cookie]\\n\"; }")));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        ExchangeChain chain = sendAndWait(engine,
                                          request(server.baseUrl() + QStringLiteral("/set"),
                                                  HttpProtocol::Http2, m_pki.caCertificate()),
                                          {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.header("set-cookie"), QByteArray("h2cookie=c00k1e; Path=/"));
        chain = sendAndWait(engine,
                            request(server.baseUrl() + QStringLiteral("/check"),
                                    HttpProtocol::Http2, m_pki.caCertificate()),
                            {}, 15000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QVERIFY2(fieldValues(outgoingHeaders(e), "cookie").contains("h2cookie=c00k1e"),
                 e.requestHead.constData());
        QCOMPARE(e.responseBody.bytes, QByteArray("cookie=[h2cookie=c00k1e]\n"));
    }

    // Basic (nginx auth_basic) and Bearer over HTTP/2; without credentials, 401.
    void basicAndBearer()
    {
        NginxServer::Options options = nginxH2();
        NginxServer probe; // only for a scratch path the server's workers can read
        const QString htpasswd =
            writeFileUnder(probe.workDir(), QStringLiteral("htpasswd"), "alice:{PLAIN}s3cret\n");
        makeWorldReadable(htpasswd);
        options.serverDirectives =
            QStringLiteral("location /basic/ { auth_basic \"wb\"; auth_basic_user_file %1; }\n"
                           "        location = /bearer { if ($http_authorization = \"Bearer "
                           "t0k3n-h2\") { return 200 \"bearer ok\\n\"; } return 401; }\n"
                           "        location = /apikey { return 200 \"[$http_x_api_key] "
                           "[$arg_api_key]\\n\"; }")
                .arg(htpasswd);
        NginxServer server(options);
        server.writeFile(QStringLiteral("basic/secret.txt"), "basic ok\n");
        WB_START_FIXTURE(server);
        HttpEngine engine;
        const QString basicUrl = server.baseUrl() + QStringLiteral("/basic/secret.txt");
        const QString bearerUrl = server.baseUrl() + QStringLiteral("/bearer");

        ExchangeChain chain = sendAndWait(
            engine, request(basicUrl, HttpProtocol::Http2, m_pki.caCertificate()), {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 401);

        RequestSpec basic = request(basicUrl, HttpProtocol::Http2, m_pki.caCertificate());
        basic.auth.kind = AuthSpec::Kind::Basic;
        basic.auth.username = QStringLiteral("alice");
        basic.auth.password = QStringLiteral("s3cret");
        chain = sendAndWait(engine, basic, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 200);
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("basic ok\n"));
        QCOMPARE(fieldValue(outgoingHeaders(chain.last()), "authorization"),
                 QByteArray("Basic ") + QByteArray("alice:s3cret").toBase64());

        RequestSpec bearer = request(bearerUrl, HttpProtocol::Http2, m_pki.caCertificate());
        bearer.auth.kind = AuthSpec::Kind::Bearer;
        bearer.auth.token = QStringLiteral("t0k3n-h2");
        chain = sendAndWait(engine, bearer, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 200);
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("bearer ok\n"));

        bearer.auth.token = QStringLiteral("wrong");
        chain = sendAndWait(engine, bearer, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().response.status, 401);

        // An API key in a header (lower-cased on the wire) and in the query.
        RequestSpec apiKey = request(server.baseUrl() + QStringLiteral("/apikey"),
                                     HttpProtocol::Http2, m_pki.caCertificate());
        apiKey.auth.kind = AuthSpec::Kind::ApiKey;
        apiKey.auth.keyName = QStringLiteral("X-Api-Key");
        apiKey.auth.keyValue = QStringLiteral("k3y-h2");
        chain = sendAndWait(engine, apiKey, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("[k3y-h2] []\n"));
        QCOMPARE(fieldValue(outgoingHeaders(chain.last()), "x-api-key"), QByteArray("k3y-h2"));
        apiKey.auth.keyName = QStringLiteral("api_key");
        apiKey.auth.keyPlace = AuthSpec::ApiKeyPlace::Query;
        chain = sendAndWait(engine, apiKey, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("[] [k3y-h2]\n"));
        QCOMPARE(fieldValue(outgoingHeaders(chain.last()), ":path"),
                 QByteArray("/apikey?api_key=k3y-h2"));
    }

    // Digest against Apache's mod_auth_digest over HTTP/2 (TLS, ALPN h2).
    void digestApache()
    {
        const QString modules = QStringLiteral("/usr/lib/apache2/modules");
        WB_REQUIRE(QFileInfo::exists(modules + QStringLiteral("/mod_auth_digest.so")),
                   "Apache's mod_auth_digest is not installed");
        ApacheH2Server::Options options;
        options.certificateFile = serverCertificate();
        options.keyFile = serverKey();
        ApacheH2Server probe(options); // only for its scratch folder
        const QByteArray ha1 =
            QCryptographicHash::hash("alice:wirebench-h2:s3cret", QCryptographicHash::Md5).toHex();
        const QString users = writeFileUnder(probe.workDir(), QStringLiteral("digest.users"),
                                             "alice:wirebench-h2:" + ha1 + "\n");
        makeWorldReadable(users);
        options.extraDirectives =
            QStringLiteral("LoadModule authn_core_module %1/mod_authn_core.so\n"
                           "LoadModule authn_file_module %1/mod_authn_file.so\n"
                           "LoadModule authz_user_module %1/mod_authz_user.so\n"
                           "LoadModule auth_digest_module %1/mod_auth_digest.so\n"
                           "<Location \"/private\">\n  AuthType Digest\n"
                           "  AuthName \"wirebench-h2\"\n  AuthDigestProvider file\n"
                           "  AuthUserFile \"%2\"\n  Require valid-user\n</Location>\n")
                .arg(modules, users);
        ApacheH2Server server(options);
        server.writeFile(QStringLiteral("private/data.txt"), "apache digest ok\n");
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = request(server.baseUrl() + QStringLiteral("/private/data.txt"),
                                   HttpProtocol::Http2, m_pki.caCertificate());
        spec.auth.kind = AuthSpec::Kind::Digest;
        spec.auth.username = QStringLiteral("alice");
        spec.auth.password = QStringLiteral("s3cret");
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.hops.size(), 2);
        QCOMPARE(chain.hops[0].response.status, 401);
        QCOMPARE(chain.hops[0].httpVersion, QByteArray("HTTP/2"));
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QVERIFY2(e.response.status == 200, qPrintable(QString::fromLatin1(server.log())));
        QCOMPARE(e.responseBody.bytes, QByteArray("apache digest ok\n"));
        QVERIFY(e.connectionReused);
    }

    // Digest: the 401's challenge is answered on a second hop, and the server (hashlib) accepts
    // the answer.
    void digest()
    {
        H2MisbehaveServer server(QStringLiteral("digest"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = request(server.url(QStringLiteral("/private/data?x=1")),
                                   HttpProtocol::Http2PriorKnowledge);
        spec.auth.kind = AuthSpec::Kind::Digest;
        spec.auth.username = QStringLiteral("alice");
        spec.auth.password = QStringLiteral("s3cret");
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.hops.size(), 2);
        QCOMPARE(chain.hops[0].response.status, 401);
        QCOMPARE(chain.hops[0].httpVersion, QByteArray("HTTP/2"));
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QVERIFY2(e.response.status == 200, qPrintable(QString::fromLatin1(server.log())));
        QCOMPARE(e.responseBody.bytes, QByteArray("digest ok"));
        QVERIFY(fieldValue(outgoingHeaders(e), "authorization").startsWith("Digest "));
        QCOMPARE(countEvents(server, QStringLiteral("auth"), QStringLiteral("result"),
                             QStringLiteral("ok")),
                 1);
    }

    // nginx requires a client certificate signed by the test CA; over HTTP/2 it sees it.
    void clientCertificate()
    {
        NginxServer server(
            nginxH2(QStringLiteral("ssl_client_certificate %1; ssl_verify_client on;\n"
                                   "        location = /who { return 200 "
                                   "\"$ssl_client_verify $ssl_client_s_dn\\n\"; }")
                        .arg(m_pki.caCertificate())));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        const QString url = server.baseUrl() + QStringLiteral("/who");
        RequestSpec spec = request(url, HttpProtocol::Http2, m_pki.caCertificate());
        spec.options.clientCertificateFile = m_pki.certificate(QStringLiteral("client"));
        spec.options.clientKeyFile = m_pki.key(QStringLiteral("client"));
        ExchangeChain chain = sendAndWait(engine, spec, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().tls.alpn, QByteArray("h2"));
        QCOMPARE(chain.last().response.status, 200);
        QVERIFY2(chain.last().responseBody.bytes.startsWith("SUCCESS "),
                 chain.last().responseBody.bytes.constData());

        // Without one, nginx refuses the request (400 over HTTP/2) or the handshake.
        HttpEngine other;
        chain =
            sendAndWait(other, request(url, HttpProtocol::Http2, m_pki.caCertificate()), {}, 15000);
        QVERIFY(!chain.isEmpty());
        const Exchange &refused = chain.last();
        QVERIFY2(!refused.succeeded() || refused.response.status == 400,
                 qPrintable(QString::number(refused.response.status)));
    }

    // The test CA is needed to trust nghttpd's certificate; a self-signed server is reached with
    // verifyTls=false, still over h2, and its verification errors are recorded.
    void customCaAndNoVerify()
    {
        NghttpdServer::Options options;
        options.certificateFile = serverCertificate();
        options.keyFile = serverKey();
        NghttpdServer server(options);
        server.writeFile(QStringLiteral("index.html"), "trusted\n");
        WB_START_FIXTURE(server);
        HttpEngine engine;
        const QString url = server.baseUrl() + QStringLiteral("/index.html");
        ExchangeChain chain = sendAndWait(engine, request(url, HttpProtocol::Http2), {}, 15000);
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.last().error.category, ErrorCategory::Tls);
        chain = sendAndWait(engine, request(url, HttpProtocol::Http2, m_pki.caCertificate()), {},
                            15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("trusted\n"));
        QVERIFY(chain.last().tls.verificationErrors.isEmpty());

        QTemporaryDir selfSignedDir;
        QVERIFY(selfSignedDir.isValid());
        const QString key = selfSignedDir.filePath(QStringLiteral("key.pem"));
        const QString certificate = selfSignedDir.filePath(QStringLiteral("cert.pem"));
        const QString openssl = findExecutable(QStringLiteral("openssl"));
        WB_REQUIRE(!openssl.isEmpty(), "openssl is not installed");
        QCOMPARE(runProgram(openssl, {QStringLiteral("req"), QStringLiteral("-x509"),
                                      QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                      QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                                      QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                      QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")}),
                 0);
        makeWorldReadable(key);
        makeWorldReadable(certificate);
        NghttpdServer::Options selfSignedOptions;
        selfSignedOptions.certificateFile = certificate;
        selfSignedOptions.keyFile = key;
        NghttpdServer selfSigned(selfSignedOptions);
        selfSigned.writeFile(QStringLiteral("index.html"), "self-signed\n");
        WB_START_FIXTURE(selfSigned);
        const QString selfUrl = selfSigned.baseUrl() + QStringLiteral("/index.html");
        chain = sendAndWait(engine, request(selfUrl, HttpProtocol::Http2), {}, 15000);
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.last().error.category, ErrorCategory::Tls);
        RequestSpec unverified = request(selfUrl, HttpProtocol::Http2);
        unverified.options.verifyTls = false;
        chain = sendAndWait(engine, unverified, {}, 15000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QCOMPARE(e.tls.alpn, QByteArray("h2"));
        QCOMPARE(e.responseBody.bytes, QByteArray("self-signed\n"));
        QVERIFY(e.tls.verificationSkipped);
        QVERIFY(!e.tls.verificationErrors.isEmpty());
    }

    // A server that never answers: the idle timeout ends the exchange, in bounded time.
    void idleTimeout()
    {
        H2MisbehaveServer server(QStringLiteral("silent"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = request(server.url(), HttpProtocol::Http2PriorKnowledge);
        spec.options.idleTimeoutMs = 800;
        QElapsedTimer clock;
        clock.start();
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 15000);
        QVERIFY2(!chain.isEmpty(), "no end within 15 s");
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(clock.elapsed() >= 700);
        QCOMPARE(chain.last().error.category, ErrorCategory::Timeout);
        QVERIFY(outgoingHeaders(chain.last())); // the request did go out

        // The total time limit too, with the idle limit out of the way.
        spec.options.idleTimeoutMs = 60000;
        spec.options.totalTimeoutMs = 900;
        clock.start();
        const ExchangeChain total = sendAndWait(engine, spec, {}, 15000);
        QVERIFY2(!total.isEmpty(), "no end within 15 s");
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(clock.elapsed() >= 800);
        QCOMPARE(total.last().error.category, ErrorCategory::Timeout);
    }

    // Cancelling one stream sends RST_STREAM CANCEL; the other streams on the same connection
    // finish, and the connection serves the next request.
    void cancelLeavesOtherStreams()
    {
        H2MisbehaveServer server(QStringLiteral("ok"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        SendOptions options;
        options.events = ExchangeEvent::HeadReceived;
        const RequestSpec big = request(server.url(QStringLiteral("/bytes/500000000")),
                                        HttpProtocol::Http2PriorKnowledge);
        std::unique_ptr<ExchangeHandle> bigHandle = engine.send(big, options);
        ExchangeHandle *raw = bigHandle.get();
        connect(raw, &ExchangeHandle::headReceived, raw, [raw] { raw->cancel(); });
        QSignalSpy bigDone(raw, &ExchangeHandle::finished);
        QList<RequestSpec> small;
        for (int i = 0; i < 3; ++i) {
            small.append(request(server.url(QStringLiteral("/bytes/%1").arg(1000 + i)),
                                 HttpProtocol::Http2PriorKnowledge));
        }
        // And one still downloading when the cancel comes.
        constexpr qint64 mediumSize = 20 * 1000 * 1000;
        small.append(request(server.url(QStringLiteral("/bytes/%1").arg(mediumSize)),
                             HttpProtocol::Http2PriorKnowledge));
        const QList<ExchangeChain> chains = sendAllAndWait(engine, small, {}, 20000);
        QVERIFY(bigDone.count() == 1 || bigDone.wait(15000));
        const Exchange cancelled = bigDone.first().at(0).value<ExchangeChain>().last();
        QCOMPARE(cancelled.error.category, ErrorCategory::Cancelled);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!chains[i].isEmpty());
            WB_VERIFY_H2(chains[i].last());
            QCOMPARE(chains[i].last().responseBody.size, qint64(1000 + i));
            QCOMPARE(chains[i].last().localPort, cancelled.localPort);
        }
        QVERIFY(!chains[3].isEmpty());
        WB_VERIFY_H2(chains[3].last());
        QCOMPARE(chains[3].last().responseBody.size, mediumSize);
        QCOMPARE(chains[3].last().localPort, cancelled.localPort);
        QVERIFY(chains[3].last().timings.totalUs > 0);
        removeSpills(chains[3]);
        const ExchangeChain after = sendAndWait(
            engine,
            request(server.url(QStringLiteral("/bytes/10")), HttpProtocol::Http2PriorKnowledge), {},
            15000);
        QVERIFY(!after.isEmpty());
        WB_VERIFY_H2(after.last());
        QVERIFY(after.last().connectionReused);
        QCOMPARE(after.last().localPort, cancelled.localPort);
        QElapsedTimer clock;
        clock.start();
        while (server.events(QStringLiteral("rst-received")).isEmpty() && clock.elapsed() < 3000)
            QTest::qWait(20);
        const auto resets = server.events(QStringLiteral("rst-received"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().fields.value(QStringLiteral("code")), QStringLiteral("8"));
        QCOMPARE(server.connections(), 1);
        bool rstSent = false;
        for (const auto &frame : cancelled.frames) {
            if (frame.outgoing && frame.type == frameRstStream && frame.bytes.size() >= 13)
                rstSent =
                    rstSent || qFromBigEndian<quint32>(frame.bytes.constData() + 9) == errorCancel;
        }
        // The RST_STREAM CANCEL is in the cancelled exchange's own frames, as on the wire.
        QVERIFY2(rstSent, "no RST_STREAM CANCEL in the cancelled exchange's frames");
    }

    // HTTP/2 inside an HTTPS CONNECT tunnel: Auto negotiates h2 with the origin.
    void throughConnectProxy()
    {
        NginxServer server(nginxH2());
        server.writeFile(QStringLiteral("index.html"), "tunnelled h2\n");
        WB_START_FIXTURE(server);
        TunnelProxy proxy;
        HttpEngine engine;
        RequestSpec spec =
            request(QStringLiteral("https://localhost:%1/index.html").arg(server.port()),
                    HttpProtocol::Auto, m_pki.caCertificate());
        spec.options.proxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        const Exchange &e = chain.last();
        WB_VERIFY_H2(e);
        QCOMPARE(e.tls.alpn, QByteArray("h2"));
        QCOMPARE(e.responseBody.bytes, QByteArray("tunnelled h2\n"));
        QCOMPARE(proxy.requests(),
                 QList<QByteArray>{"CONNECT localhost:" + QByteArray::number(server.port())});
        QCOMPARE(fieldValue(outgoingHeaders(e), ":authority"),
                 "localhost:" + QByteArray::number(server.port()));
    }

    // HTTP/2 through SOCKS5: TLS with ALPN h2, and h2c with prior knowledge.
    void throughSocks5()
    {
        NginxServer server(nginxH2());
        server.writeFile(QStringLiteral("index.html"), "socks h2\n");
        WB_START_FIXTURE(server);
        H2MisbehaveServer h2c(QStringLiteral("ok"));
        WB_START_FIXTURE(h2c);
        TunnelProxy proxy;
        HttpEngine engine;
        RequestSpec spec =
            request(QStringLiteral("https://localhost:%1/index.html").arg(server.port()),
                    HttpProtocol::Auto, m_pki.caCertificate());
        spec.options.proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(proxy.port());
        ExchangeChain chain = sendAndWait(engine, spec, {}, 20000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().tls.alpn, QByteArray("h2"));
        QCOMPARE(chain.last().responseBody.bytes, QByteArray("socks h2\n"));
        QCOMPARE(proxy.requests(),
                 QList<QByteArray>{"SOCKS5 localhost:" + QByteArray::number(server.port())});

        RequestSpec clear = request(QStringLiteral("http://localhost:%1/bytes/321").arg(h2c.port()),
                                    HttpProtocol::Http2PriorKnowledge);
        clear.options.proxy = spec.options.proxy;
        chain = sendAndWait(engine, clear, {}, 20000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        QCOMPARE(chain.last().responseBody.size, qint64(321));
        QCOMPARE(proxy.requests().size(), 2);
        QCOMPARE(proxy.requests().last(), "SOCKS5 localhost:" + QByteArray::number(h2c.port()));
        QCOMPARE(h2c.connections(), 1);
    }

    // A HAR entry of an HTTP/2 exchange says "HTTP/2.0" for the request and the response.
    void harExport()
    {
        NghttpdServer::Options options;
        options.certificateFile = serverCertificate();
        options.keyFile = serverKey();
        NghttpdServer server(options);
        server.writeFile(QStringLiteral("index.html"), "har\n");
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = request(server.baseUrl() + QStringLiteral("/index.html"),
                                   HttpProtocol::Auto, m_pki.caCertificate());
        spec.headers = {{QStringLiteral("X-Har"), QStringLiteral("Yes")}};
        const ExchangeChain chain = sendAndWait(engine, spec, {}, 15000);
        QVERIFY(!chain.isEmpty());
        WB_VERIFY_H2(chain.last());
        const QJsonObject entry = interchange::HarWriter::entry(chain.last());
        QCOMPARE(entry.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("httpVersion"))
                     .toString(),
                 QStringLiteral("HTTP/2.0"));
        QCOMPARE(entry.value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("httpVersion"))
                     .toString(),
                 QStringLiteral("HTTP/2.0"));
        const QJsonObject har = interchange::HarWriter::toHar({chain});
        QVERIFY(har.contains(QStringLiteral("log")));
    }
};

QTEST_MAIN(TestHttpEngineHttp2Features)
#include "tst_httpengine_http2_features.moc"
