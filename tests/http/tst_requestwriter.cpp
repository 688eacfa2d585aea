#include "core/http/multipartbuilder.h"
#include "core/http/requestwriter.h"
#include "core/http/urlparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::http;

namespace {

RequestTarget target(const QString &url)
{
    return UrlParser::parse(url).value();
}

QByteArray flatten(const EncodedRequest &request)
{
    QByteArray out;
    for (const BodyChunk &chunk : request.body) {
        if (chunk.filePath.isEmpty()) {
            out += chunk.bytes;
        } else {
            QFile file(chunk.filePath);
            if (!file.open(QIODevice::ReadOnly))
                return "<unreadable>";
            file.seek(chunk.fileOffset);
            out += file.read(chunk.size);
        }
    }
    return out;
}

FormField field(const QString &name, const QString &value, bool isFile = false, bool enabled = true)
{
    FormField f;
    f.name = name;
    f.value = value;
    f.isFile = isFile;
    f.enabled = enabled;
    return f;
}

WriteOptions plainOptions()
{
    WriteOptions options;
    options.userAgent = "wb-test";
    return options;
}

} // namespace

class TestRequestWriter : public QObject
{
    Q_OBJECT

private slots:
    void simpleGet()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://example.com:8080/a?b=c");
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->head, QByteArray("GET /a?b=c HTTP/1.1\r\n"
                                           "Host: example.com:8080\r\n"
                                           "User-Agent: wb-test\r\n"
                                           "Accept: */*\r\n"
                                           "Accept-Encoding: gzip, deflate, br, zstd\r\n"
                                           "\r\n"));
        QVERIFY(encoded->body.isEmpty());
        QCOMPARE(encoded->bodySize, 0);
    }

    void userHeadersKeepOrderAndCase()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("PURGE");
        spec.url = QStringLiteral("http://h/");
        spec.headers = {{QStringLiteral("x-B"), QStringLiteral("2")},
                        {QStringLiteral("X-a"), QStringLiteral("1")},
                        {QStringLiteral("Disabled"), QStringLiteral("no"), false},
                        {QStringLiteral("accept"), QStringLiteral("text/plain")},
                        {QStringLiteral("HOST"), QStringLiteral("virtual.example")},
                        {QStringLiteral("x-b"), QStringLiteral("3")}};
        WriteOptions options = plainOptions();
        options.acceptEncoding = false;
        auto encoded = RequestWriter::encode(spec, target(spec.url), options);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->head, QByteArray("PURGE / HTTP/1.1\r\n"
                                           "User-Agent: wb-test\r\n"
                                           "x-B: 2\r\n"
                                           "X-a: 1\r\n"
                                           "accept: text/plain\r\n"
                                           "HOST: virtual.example\r\n"
                                           "x-b: 3\r\n"
                                           "\r\n"));
    }

    void rawBodyWithGet()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://h/");
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = "{\"a\":1}";
        spec.body.contentType = QStringLiteral("application/json");
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QVERIFY(encoded->head.startsWith("GET / HTTP/1.1\r\n"));
        QVERIFY(encoded->head.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(encoded->head.contains("\r\nContent-Length: 7\r\n"));
        QCOMPARE(flatten(encoded.value()), QByteArray("{\"a\":1}"));
        QCOMPARE(encoded->bodySize, 7);
    }

    void postWithoutBodySendsZeroLength()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("http://h/");
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QVERIFY(encoded->head.contains("\r\nContent-Length: 0\r\n"));
        spec.method = QStringLiteral("DELETE");
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(!encoded->head.contains("Content-Length"));
        // An empty raw body is no body for GET, and an empty one for PUT.
        spec.method = QStringLiteral("GET");
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.contentType = QStringLiteral("text/plain");
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(!encoded->head.contains("Content-"));
        spec.method = QStringLiteral("PUT");
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded->head.contains("\r\nContent-Length: 0\r\n"));
        QVERIFY(!encoded->head.contains("Content-Type"));
    }

    void userContentLengthWins()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("http://h/");
        spec.headers = {{QStringLiteral("content-length"), QStringLiteral("3")}};
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = "abc";
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->head.count("ontent-"), 1);
    }

    void chunkedWhenAsked()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("http://h/");
        spec.headers = {{QStringLiteral("Transfer-Encoding"), QStringLiteral("chunked")}};
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = QByteArray(26, 'x');
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QVERIFY(!encoded->head.contains("Content-Length"));
        QCOMPARE(flatten(encoded.value()), "1a\r\n" + QByteArray(26, 'x') + "\r\n0\r\n\r\n");
        QCOMPARE(encoded->bodySize, flatten(encoded.value()).size());
    }

    void fileBodyIsStreamed()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("body.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100000, 'z'));
        file.close();
        RequestSpec spec;
        spec.method = QStringLiteral("PUT");
        spec.url = QStringLiteral("http://h/up");
        spec.body.kind = RequestBody::Kind::File;
        spec.body.filePath = file.fileName();
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->body.size(), 1);
        QCOMPARE(encoded->body.first().filePath, file.fileName());
        QVERIFY(encoded->body.first().bytes.isEmpty());
        QCOMPARE(encoded->bodySize, 100000);
        QVERIFY(encoded->head.contains("\r\nContent-Length: 100000\r\n"));

        spec.body.filePath = dir.filePath(QStringLiteral("missing"));
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().category, ErrorCategory::Io);
    }

    void urlEncodedForm()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("http://h/");
        spec.body.kind = RequestBody::Kind::UrlEncoded;
        spec.body.fields = {field(QStringLiteral("a b"), QStringLiteral("1&2=3")),
                            field(QStringLiteral("off"), QStringLiteral("x"), false, false),
                            field(QStringLiteral("ü"), QStringLiteral("*-._~"))};
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded.ok());
        QCOMPARE(flatten(encoded.value()), QByteArray("a+b=1%262%3D3&%C3%BC=*-._%7E"));
        QVERIFY(encoded->head.contains("Content-Type: application/x-www-form-urlencoded\r\n"));
    }

    void multipartForm()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("photo.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PNGDATA");
        file.close();
        QList<FormField> fields{field(QStringLiteral("title"), QStringLiteral("Hello \"world\"")),
                                field(QStringLiteral("upload"), file.fileName(), true)};
        auto built = MultipartBuilder::multipart(fields, "XyZ");
        QVERIFY(built.ok());
        QCOMPARE(built->contentType, QByteArray("multipart/form-data; boundary=XyZ"));
        QCOMPARE(built->chunks.size(), 3);
        QCOMPARE(built->chunks.at(1).filePath, QFileInfo(file).absoluteFilePath());
        EncodedRequest request;
        request.body = built->chunks;
        QCOMPARE(flatten(request),
                 QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                            "Hello \"world\"\r\n"
                            "--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; "
                            "filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n"
                            "PNGDATA\r\n--XyZ--\r\n"));
        QCOMPARE(built->size, flatten(request).size());

        // A boundary that occurs in a text part is refused; a random one never does.
        auto clash = MultipartBuilder::multipart(
            {field(QStringLiteral("t"), QStringLiteral("aXyZb"))}, "XyZ");
        QVERIFY(!clash.ok());
        auto random =
            MultipartBuilder::multipart({field(QStringLiteral("t"), QStringLiteral("v"))});
        QVERIFY(random.ok());
        QVERIFY(random->contentType.size() > 40);
        QVERIFY(MultipartBuilder::randomBoundary() != MultipartBuilder::randomBoundary());
    }

    void auth()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://h/p?x=1");
        spec.auth.kind = AuthSpec::Kind::Basic;
        spec.auth.username = QStringLiteral("Aladdin");
        spec.auth.password = QStringLiteral("open sesame");
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(
            encoded->head.contains("\r\nAuthorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n"));

        spec.auth = {};
        spec.auth.kind = AuthSpec::Kind::Bearer;
        spec.auth.token = QStringLiteral("tok");
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded->head.contains("\r\nAuthorization: Bearer tok\r\n"));

        spec.auth = {};
        spec.auth.kind = AuthSpec::Kind::ApiKey;
        spec.auth.keyName = QStringLiteral("api key");
        spec.auth.keyValue = QStringLiteral("a&b");
        spec.auth.keyPlace = AuthSpec::ApiKeyPlace::Query;
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded->head.startsWith("GET /p?x=1&api%20key=a%26b HTTP/1.1\r\n"));

        spec.auth.keyName = QStringLiteral("X-Api-Key");
        spec.auth.keyPlace = AuthSpec::ApiKeyPlace::Header;
        encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(encoded->head.contains("\r\nX-Api-Key: a&b\r\n"));

        // Userinfo in the URL becomes Basic auth when no auth is set.
        spec.auth = {};
        const QString withUser = QStringLiteral("http://user:pa%20ss@h/");
        encoded = RequestWriter::encode(spec, target(withUser), plainOptions());
        QVERIFY(encoded->head.contains("Authorization: Basic " +
                                       QByteArray("user:pa ss").toBase64() + "\r\n"));
    }

    void extraHeadersAndForms()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://[::1]:8080/x");
        spec.headers = {{QStringLiteral("Cookie"), QStringLiteral("mine=1")}};
        WriteOptions options = plainOptions();
        options.absoluteForm = true;
        auto encoded = RequestWriter::encode(spec, target(spec.url), options,
                                             {{"Cookie", "jar=1"}, {"Authorization", "Digest x"}});
        QVERIFY(encoded.ok());
        QVERIFY(
            encoded->head.startsWith("GET http://[::1]:8080/x HTTP/1.1\r\nHost: [::1]:8080\r\n"));
        QVERIFY(encoded->head.contains("Cookie: mine=1\r\n"));
        QVERIFY(!encoded->head.contains("jar=1"));
        QVERIFY(encoded->head.contains("\r\nAuthorization: Digest x\r\n"));
    }

    void invalidInput()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://h/");
        spec.method = QStringLiteral("GE T");
        QVERIFY(!RequestWriter::encode(spec, target(spec.url), plainOptions()).ok());
        spec.method = QStringLiteral("GET");
        spec.headers = {{QStringLiteral("X"), QStringLiteral("a\r\nInjected: 1")}};
        auto encoded = RequestWriter::encode(spec, target(spec.url), plainOptions());
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().category, ErrorCategory::InvalidInput);
        spec.headers = {{QStringLiteral("Bad Name"), QStringLiteral("v")}};
        QVERIFY(!RequestWriter::encode(spec, target(spec.url), plainOptions()).ok());
        QVERIFY(RequestWriter::isToken("M-SEARCH"));
        QVERIFY(!RequestWriter::isToken("GET\r\n"));
    }

    void automaticHeaders()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("http://h/");
        spec.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = "hi";
        spec.body.contentType = QStringLiteral("text/plain");
        const auto automatic =
            RequestWriter::automaticHeaders(spec, target(spec.url), plainOptions());
        QStringList names;
        for (const WireHeader &h : automatic)
            names << QString::fromLatin1(h.name);
        QCOMPARE(names, QStringList({"Host", "User-Agent", "Accept-Encoding", "Content-Type",
                                     "Content-Length"}));
    }
};

QTEST_GUILESS_MAIN(TestRequestWriter)
#include "tst_requestwriter.moc"
