// The protocol classes against a real httpbin: requests written by RequestWriter, responses read
// by ResponseParser over a plain blocking socket, then decoding, redirects, cookies and Digest.

#include "core/http/contentdecoder.h"
#include "core/http/cookiejar.h"
#include "core/http/digestauth.h"
#include "core/http/redirectpolicy.h"
#include "core/http/requestwriter.h"
#include "core/http/responseparser.h"
#include "core/http/urlparser.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace wb;
using namespace wb::http;

namespace {

struct Response
{
    QList<ResponseHead> interim;
    ResponseHead head;
    QByteArray body;
    Error error;
};

// One exchange on a fresh connection (blocking waits are fine in tests).
Response exchange(const RequestSpec &spec, const QList<WireHeader> &extra = {})
{
    Response response;
    auto target = UrlParser::parse(spec.url);
    if (!target) {
        response.error = target.error();
        return response;
    }
    auto request = RequestWriter::encode(spec, target.value(), {}, extra);
    if (!request) {
        response.error = request.error();
        return response;
    }
    QTcpSocket socket;
    socket.connectToHost(target->host, target->port);
    if (!socket.waitForConnected(5000)) {
        response.error = makeError(ErrorCategory::ConnectionRefused, socket.errorString());
        return response;
    }
    socket.write(request->head);
    for (const BodyChunk &chunk : request->body)
        socket.write(chunk.bytes);
    ResponseParser parser({[&](const ResponseHead &h) { response.interim.append(h); },
                           [&](const ResponseHead &h) { response.head = h; },
                           [&](QByteArrayView b) { response.body += b.toByteArray(); }, nullptr},
                          true);
    parser.setRequestMethod(request->head.left(request->head.indexOf(' ')));
    QElapsedTimer timer;
    timer.start();
    while (parser.state() == ResponseParser::State::Head ||
           parser.state() == ResponseParser::State::Body) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000)) {
            if (socket.state() != QAbstractSocket::ConnectedState || timer.elapsed() > 10000) {
                parser.finish();
                break;
            }
            continue;
        }
        parser.feed(socket.readAll());
    }
    if (parser.state() == ResponseParser::State::Failed)
        response.error = parser.error();
    return response;
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestProtocolHttpbin : public QObject
{
    Q_OBJECT

private:
    test::HttpbinServer m_httpbin;

    QString url(const QString &path) const { return m_httpbin.baseUrl() + path; }

    RequestSpec get(const QString &path) const
    {
        RequestSpec spec;
        spec.url = url(path);
        return spec;
    }

    void digest(const QByteArray &algorithm)
    {
        const QString path = QStringLiteral("/digest-auth/auth/user/pass/") + algorithm;
        CookieJar jar;
        RequestSpec spec = get(path);
        Response challenge = exchange(spec);
        QVERIFY2(!challenge.error.isError(), qPrintable(challenge.error.message));
        QCOMPARE(challenge.head.status, 401);
        jar.store(spec.url, challenge.head.headerValues("Set-Cookie"));

        DigestAuth auth(QStringLiteral("user"), QStringLiteral("pass"));
        QVERIFY(auth.setChallenge(challenge.head.headerValues("WWW-Authenticate")).ok());
        const QByteArray uri = UrlParser::parse(spec.url)->originForm;
        auto authorization = auth.next("GET", uri);
        QVERIFY(authorization.ok());
        QVERIFY(authorization.value().contains("algorithm=" + algorithm));
        QList<WireHeader> extra{{"Authorization", authorization.value()}};
        if (!jar.cookieHeaderFor(spec.url).isEmpty())
            extra.append({"Cookie", jar.cookieHeaderFor(spec.url)});
        Response answered = exchange(spec, extra);
        QVERIFY2(!answered.error.isError(), qPrintable(answered.error.message));
        QCOMPARE(answered.head.status, 200);
        QCOMPARE(json(answered.body).value(QStringLiteral("authenticated")).toBool(), true);

        // The wrong password is refused.
        DigestAuth wrong(QStringLiteral("user"), QStringLiteral("wrong"));
        QVERIFY(wrong.setChallenge(challenge.head.headerValues("WWW-Authenticate")).ok());
        Response refused = exchange(spec, {{"Authorization", wrong.next("GET", uri).value()}});
        QCOMPARE(refused.head.status, 401);
    }

private slots:
    void initTestCase() { WB_START_FIXTURE(m_httpbin); }

    void digestMd5() { digest("MD5"); }
    void digestSha256() { digest("SHA-256"); }

    void contentDecoding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("flag");
        QTest::newRow("gzip") << "/gzip"
                              << "gzipped";
        QTest::newRow("deflate") << "/deflate"
                                 << "deflated";
        QTest::newRow("brotli") << "/brotli"
                                << "brotli";
    }

    void contentDecoding()
    {
        QFETCH(QString, path);
        QFETCH(QString, flag);
        Response response = exchange(get(path));
        QVERIFY2(!response.error.isError(), qPrintable(response.error.message));
        QCOMPARE(response.head.status, 200);
        auto decoder = ContentDecoder::create(response.head.header("Content-Encoding"), 0);
        QVERIFY(decoder.ok());
        QByteArray decoded;
        for (qsizetype i = 0; i < response.body.size(); i += 10)
            decoded += decoder.value()
                           ->decode(QByteArrayView(response.body)
                                        .sliced(i, qMin<qsizetype>(10, response.body.size() - i)))
                           .value();
        auto rest = decoder.value()->finish();
        QVERIFY2(rest.ok(), qPrintable(rest.error().message));
        decoded += rest.value();
        QVERIFY2(json(decoded).value(flag).toBool(), decoded.constData());
    }

    void chunkedStream()
    {
        Response response = exchange(get(QStringLiteral("/stream/5")));
        QVERIFY2(!response.error.isError(), qPrintable(response.error.message));
        QCOMPARE(response.head.header("Transfer-Encoding"), QByteArray("chunked"));
        QCOMPARE(response.body.count('\n'), 5);
    }

    void redirectChain()
    {
        RequestSpec spec = get(QStringLiteral("/redirect/3"));
        int hops = 0;
        Response response = exchange(spec);
        QByteArray method = "GET";
        while (RedirectPolicy::shouldFollow(spec, response.head)) {
            auto hop = RedirectPolicy::nextHop(spec.url, method, response.head, hops,
                                               spec.options.maxRedirects);
            QVERIFY2(hop.ok(), qPrintable(hop.error().message));
            QVERIFY(!hop->crossOrigin);
            spec = RedirectPolicy::specForHop(spec, hop.value());
            method = hop->method;
            response = exchange(spec);
            ++hops;
            QVERIFY(hops <= 5);
        }
        QCOMPARE(hops, 3);
        QCOMPARE(response.head.status, 200);
        QCOMPARE(spec.url, url(QStringLiteral("/get")));
    }

    void redirect303TurnsPostIntoGet()
    {
        RequestSpec spec = get(QStringLiteral("/redirect-to?url=/anything&status_code=303"));
        spec.method = QStringLiteral("POST");
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = "payload";
        spec.body.contentType = QStringLiteral("text/plain");
        Response response = exchange(spec);
        QCOMPARE(response.head.status, 303);
        auto hop = RedirectPolicy::nextHop(spec.url, "POST", response.head, 0, 10);
        QVERIFY(hop.ok());
        spec = RedirectPolicy::specForHop(spec, hop.value());
        response = exchange(spec);
        QCOMPARE(response.head.status, 200);
        const QJsonObject echoed = json(response.body);
        QCOMPARE(echoed.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QVERIFY(echoed.value(QStringLiteral("data")).toString().isEmpty());
    }

    void cookiesRoundTrip()
    {
        CookieJar jar;
        RequestSpec set = get(QStringLiteral("/cookies/set?flavour=oat&count=3"));
        Response response = exchange(set);
        QCOMPARE(response.head.status, 302);
        jar.store(set.url, response.head.headerValues("Set-Cookie"));
        QCOMPARE(jar.count(), 2);
        RequestSpec read = get(QStringLiteral("/cookies"));
        response = exchange(read, {{"Cookie", jar.cookieHeaderFor(read.url)}});
        const QJsonObject cookies = json(response.body).value(QStringLiteral("cookies")).toObject();
        QCOMPARE(cookies.value(QStringLiteral("flavour")).toString(), QStringLiteral("oat"));
        QCOMPARE(cookies.value(QStringLiteral("count")).toString(), QStringLiteral("3"));
    }

    void requestWriterBodies()
    {
        RequestSpec spec = get(QStringLiteral("/post"));
        spec.method = QStringLiteral("POST");
        spec.body.kind = RequestBody::Kind::UrlEncoded;
        FormField a;
        a.name = QStringLiteral("a b");
        a.value = QStringLiteral("1&2 ü");
        spec.body.fields = {a};
        Response response = exchange(spec);
        QCOMPARE(response.head.status, 200);
        QCOMPARE(json(response.body)
                     .value(QStringLiteral("form"))
                     .toObject()
                     .value(QStringLiteral("a b")),
                 QStringLiteral("1&2 ü"));

        spec.body.kind = RequestBody::Kind::Multipart;
        FormField text;
        text.name = QStringLiteral("note");
        text.value = QStringLiteral("hello");
        spec.body.fields = {text};
        response = exchange(spec);
        QCOMPARE(response.head.status, 200);
        QCOMPARE(json(response.body)
                     .value(QStringLiteral("form"))
                     .toObject()
                     .value(QStringLiteral("note")),
                 QStringLiteral("hello"));

        // A DELETE with a body and a header of the user's.
        spec = get(QStringLiteral("/anything?q=a%20b"));
        spec.method = QStringLiteral("DELETE");
        spec.headers = {{QStringLiteral("X-Mixed-Case"), QStringLiteral("yes")}};
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = "gone";
        response = exchange(spec);
        const QJsonObject echoed = json(response.body);
        QCOMPARE(echoed.value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
        QCOMPARE(echoed.value(QStringLiteral("data")).toString(), QStringLiteral("gone"));
        QCOMPARE(echoed.value(QStringLiteral("args")).toObject().value(QStringLiteral("q")),
                 QStringLiteral("a b"));
        QCOMPARE(echoed.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("X-Mixed-Case")),
                 QStringLiteral("yes"));

        // A custom method token goes out as typed; httpbin refuses it on /anything with 405.
        spec.method = QStringLiteral("PROPFIND");
        spec.body = {};
        response = exchange(spec);
        QVERIFY(!response.error.isError());
        QCOMPARE(response.head.status, 405);
    }
};

QTEST_GUILESS_MAIN(TestProtocolHttpbin)
#include "tst_protocolhttpbin.moc"
