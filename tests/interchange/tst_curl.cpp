// cURL import against a corpus of real-world commands (tests/interchange/data/curl: API docs and
// browsers' "Copy as cURL" for bash and cmd), the shell-word splitter, and export round trips.

#include "core/interchange/curlexporter.h"
#include "core/interchange/curlimporter.h"
#include "core/interchange/shellwords.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace wb::interchange;
using namespace wb::http;

namespace {

QString dataDir()
{
    return wb::test::sourceDir() + QStringLiteral("/tests/interchange/data/curl");
}

RequestSpec expectedSpec(const QJsonObject &e)
{
    RequestSpec spec;
    spec.options.followRedirects = false;
    spec.method = e.value("method").toString();
    spec.url = e.value("url").toString();
    for (const auto &h : e.value("headers").toArray())
        spec.headers.append({h[0].toString(), h[1].toString()});
    if (e.contains("body")) {
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = e.value("body").toString().toUtf8();
    } else if (e.contains("bodyFile")) {
        spec.body.kind = RequestBody::Kind::File;
        spec.body.filePath = e.value("bodyFile").toString();
    } else if (e.contains("form")) {
        spec.body.kind = RequestBody::Kind::Multipart;
        for (const auto &entry : e.value("form").toArray()) {
            const QJsonObject f = entry.toObject();
            FormField field;
            field.name = f.value("name").toString();
            field.value = f.value("value").toString();
            field.isFile = f.value("isFile").toBool();
            field.contentType = f.value("contentType").toString();
            field.fileName = f.value("fileName").toString();
            spec.body.fields.append(field);
        }
    }
    spec.body.contentType = e.value("contentType").toString();
    const QJsonObject auth = e.value("auth").toObject();
    const QString kind = auth.value("kind").toString();
    if (kind == QLatin1String("basic") || kind == QLatin1String("digest")) {
        spec.auth.kind =
            kind == QLatin1String("basic") ? AuthSpec::Kind::Basic : AuthSpec::Kind::Digest;
        spec.auth.username = auth.value("username").toString();
        spec.auth.password = auth.value("password").toString();
    } else if (kind == QLatin1String("bearer")) {
        spec.auth.kind = AuthSpec::Kind::Bearer;
        spec.auth.token = auth.value("token").toString();
    }
    const QJsonObject o = e.value("options").toObject();
    spec.options.followRedirects = o.value("followRedirects").toBool(false);
    spec.options.verifyTls = o.value("verifyTls").toBool(true);
    spec.options.maxRedirects = o.value("maxRedirects").toInt(spec.options.maxRedirects);
    spec.options.caFile = o.value("caFile").toString();
    spec.options.proxy = o.value("proxy").toString();
    spec.options.connectTimeoutMs =
        o.value("connectTimeoutMs").toInt(spec.options.connectTimeoutMs);
    spec.options.totalTimeoutMs = o.value("totalTimeoutMs").toInt(spec.options.totalTimeoutMs);
    return spec;
}

QString describe(const RequestSpec &s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestCurl : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        QFile f(dataDir() + QStringLiteral("/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object();
        const QStringList files = QDir(dataDir()).entryList(
            {QStringLiteral("*.sh"), QStringLiteral("*.cmd")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 40);
        QCOMPARE(all.size(), files.size());
        for (const QString &name : files)
            QTest::newRow(qPrintable(name))
                << QDir(dataDir()).filePath(name) << all.value(name).toObject();
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        QVERIFY2(!expected.isEmpty(), "no expectation for this command");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto imported = CurlImporter::parse(QString::fromUtf8(f.readAll()));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        const RequestSpec want = expectedSpec(expected);
        const RequestSpec &got = imported->spec;
        QCOMPARE(got.method, want.method);
        QCOMPARE(got.url, want.url);
        QCOMPARE(got.headers.size(), want.headers.size());
        for (qsizetype i = 0; i < want.headers.size(); ++i) {
            QCOMPARE(got.headers.at(i).name, want.headers.at(i).name);
            QCOMPARE(got.headers.at(i).value, want.headers.at(i).value);
        }
        QCOMPARE(got.body.raw, want.body.raw);
        QVERIFY2(got == want, qPrintable(describe(got) + "\n" + describe(want)));
        QCOMPARE(imported->warnings.size(), expected.value("warnings").toInt(0));
    }

    void splitsShellWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "a b  c" << QStringList{"a", "b", "c"};
        QTest::newRow("single") << "'a b' 'it'\\''s'" << QStringList{"a b", "it's"};
        QTest::newRow("double") << "\"a \\\"b\\\" \\\\ \\$x \\q\""
                                << QStringList{"a \"b\" \\ $x \\q"};
        QTest::newRow("adjacent") << "-H'X: 1'\"y\"" << QStringList{"-HX: 1y"};
        QTest::newRow("ansi-c") << "$'a\\tb\\n\\x41\\101\\u00e9\\'\\\\'"
                                << QStringList{QString::fromUtf8("a\tb\nAAé'\\")};
        QTest::newRow("ansi-c utf8 bytes")
            << "$'\\xc3\\xa9'" << QStringList{QString::fromUtf8("é")};
        QTest::newRow("continuation") << "a \\\n  b \\\r\n c" << QStringList{"a", "b", "c"};
        QTest::newRow("escaped space") << "a\\ b" << QStringList{"a b"};
        QTest::newRow("variables") << "$HOST \"${PORT}/x\" '$NOT' $1"
                                   << QStringList{"{{HOST}}", "{{PORT}}/x", "$NOT", "$1"};
        QTest::newRow("comment") << "a # b c\nd" << QStringList{"a", "d"};
        QTest::newRow("empty quotes") << "a '' \"\"" << QStringList{"a", "", ""};
    }

    void splitsShellWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto split = ShellWords::split(line, ShellWords::Dialect::Posix);
        QVERIFY(split.ok());
        QCOMPARE(split.value(), words);
    }

    void splitsWindowsCmd()
    {
        const auto words = ShellWords::split(
            QStringLiteral("curl ^\"a b^\" ^\r\n  -d ^\"^{^\\^\"k^\\^\":1^}^\" \"p^q\" \"x\\\"y\""),
            ShellWords::Dialect::WindowsCmd);
        QVERIFY(words.ok());
        QCOMPARE(words.value(), (QStringList{"curl", "a b", "-d", "{\"k\":1}", "p^q", "x\"y"}));
        QCOMPARE(ShellWords::detect(QStringLiteral("curl x ^\n -k")),
                 ShellWords::Dialect::WindowsCmd);
        QCOMPARE(ShellWords::detect(QStringLiteral("curl x \\\n -k")), ShellWords::Dialect::Posix);
    }

    void reportsWhereAndWhy_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("where");
        QTest::newRow("open single") << "curl \\\n  -d 'abc"
                                     << "line 2, column 6";
        QTest::newRow("open double") << "curl \"x"
                                     << "line 1, column 6";
        QTest::newRow("open ansi") << "curl $'x"
                                   << "line 1, column 6";
        QTest::newRow("not curl") << "wget http://x"
                                  << "start with curl";
        QTest::newRow("no url") << "curl -X POST"
                                << "no URL";
        QTest::newRow("missing value") << "curl http://x -H"
                                       << "needs a value";
    }

    void reportsWhereAndWhy()
    {
        QFETCH(QString, command);
        QFETCH(QString, where);
        const auto r = CurlImporter::parse(command);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }

    void timeoutsOutOfRangeAreBounded_data()
    {
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<int>("ms");
        QTest::newRow("fraction") << "2.5" << 2500;
        QTest::newRow("huge") << "1e300" << std::numeric_limits<int>::max();
        QTest::newRow("infinite") << "inf" << std::numeric_limits<int>::max();
        QTest::newRow("not a number") << "nan" << 0;
        QTest::newRow("negative") << "-3" << 0;
    }

    // Nothing is dropped without a word: unknown options are listed in one warning, a password
    // curl would ask for and files that cannot be read are explained.
    void warnsAboutWhatItDoesNotSend()
    {
        const auto unknown = CurlImporter::parse(
            "curl --frobnicate -Q --aws-sigv4 'aws:amz:x' -0 -d a=1 http://127.0.0.1/");
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->warnings.size(), 1);
        const QString listed = unknown->warnings.first();
        for (const char *option : {"--frobnicate", "-Q", "--aws-sigv4 aws:amz:x", "--http1.0"})
            QVERIFY2(listed.contains(QLatin1String(option)), qPrintable(listed));
        QCOMPARE(unknown->spec.body.raw, QByteArray("a=1"));

        const auto noPassword = CurlImporter::parse("curl -u alice http://127.0.0.1/");
        QVERIFY(noPassword.ok());
        QCOMPARE(noPassword->spec.auth.username, QStringLiteral("alice"));
        QVERIFY(noPassword->spec.auth.password.isEmpty());
        QCOMPARE(noPassword->warnings.size(), 1);
        QVERIFY(noPassword->warnings.first().contains(QStringLiteral("asks for it")));

        // A file that is not there: -d sends it from the file when it is (said so), and
        // --data-urlencode sends the path.
        const auto missing = CurlImporter::parse("curl -d @/nonexistent/a.txt http://127.0.0.1/");
        QVERIFY(missing.ok());
        QCOMPARE(missing->spec.body.kind, RequestBody::Kind::File);
        QCOMPARE(missing->spec.body.filePath, QStringLiteral("/nonexistent/a.txt"));
        QCOMPARE(missing->spec.body.contentType,
                 QStringLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(missing->warnings.size(), 1);
        const auto encoded =
            CurlImporter::parse("curl --data-urlencode n@/nonexistent/a.txt http://127.0.0.1/");
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->spec.body.raw, QByteArray("n=%2Fnonexistent%2Fa.txt"));
        QCOMPARE(encoded->warnings.size(), 1);
    }

    void cookiesAndProtocols()
    {
        const auto cookies =
            CurlImporter::parse("curl -H 'X: 1' -b a=1 -H 'Y: 2' -b 'b=2; c=3' http://127.0.0.1/");
        QVERIFY(cookies.ok());
        QCOMPARE(cookies->spec.headers.size(), 3);
        QCOMPARE(cookies->spec.headers.at(1).name, QStringLiteral("Cookie"));
        QCOMPARE(cookies->spec.headers.at(1).value, QStringLiteral("a=1;b=2; c=3"));
        QCOMPARE(CurlImporter::parse("curl --http1.1 http://127.0.0.1/")->spec.options.protocol,
                 HttpProtocol::Http1);
        QCOMPARE(CurlImporter::parse("curl --http2-prior-knowledge http://127.0.0.1/")
                     ->spec.options.protocol,
                 HttpProtocol::Http2PriorKnowledge);
        QCOMPARE(CurlImporter::parse("curl --http2 https://127.0.0.1/")->spec.options.protocol,
                 HttpProtocol::Auto);
    }

    void timeoutsOutOfRangeAreBounded()
    {
        QFETCH(QString, seconds);
        QFETCH(int, ms);
        const auto r = CurlImporter::parse(
            QStringLiteral("curl -m %1 --connect-timeout %1 http://x/").arg(seconds));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->spec.options.totalTimeoutMs, ms);
        QCOMPARE(r->spec.options.connectTimeoutMs, ms);
    }

    void quotesEveryValue_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *v : {"plain", "with space", "it's", "a\"b", "back\\slash", "$HOME",
                              "`cmd`", "new\nline", "tab\there", "ünïcødé ✓", "*?[]", "a'b'c",
                              "\x01\x7f", "!bang", "semi;colon&amp|pipe", ""})
            QTest::newRow(v) << QString::fromUtf8(v);
    }

    void quotesEveryValue()
    {
        QFETCH(QString, value);
        const QString quoted = ShellWords::quote(value);
        const auto back =
            ShellWords::split(QStringLiteral("x ") + quoted, ShellWords::Dialect::Posix);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), (QStringList{"x", value}));
        // bash itself agrees.
        QByteArray out;
        const QString sh = wb::test::findExecutable(QStringLiteral("bash"));
        if (!sh.isEmpty() && !value.contains(QChar(1))) {
            QCOMPARE(wb::test::runProgram(sh, {"-c", "printf %s " + quoted}, &out), 0);
            QCOMPARE(QString::fromUtf8(out), value);
        }
    }

    void exportsAndImportsBack_data()
    {
        QTest::addColumn<RequestSpec>("spec");
        RequestSpec get;
        get.url = "http://127.0.0.1:8080/a?b=c d&e='f'";
        get.headers = {{"X-Quote", "it's \"quoted\""}, {"X-Empty", ""}, {"X-Off", "1", false}};
        get.options.followRedirects = false;
        QTest::newRow("get") << get;

        RequestSpec post = get;
        post.method = "POST";
        post.headers = {{"Content-Type", "application/json"}};
        post.body.kind = RequestBody::Kind::Raw;
        post.body.raw = "{\"a\":\"line\\nnext\", \"u\":\"é ✓\"}\n";
        post.body.contentType = "application/json";
        post.options.followRedirects = true;
        post.options.verifyTls = false;
        QTest::newRow("post json") << post;

        RequestSpec binary;
        binary.method = "PUT";
        binary.url = "http://127.0.0.1/bin";
        binary.body.kind = RequestBody::Kind::Raw;
        binary.body.raw = QByteArray("\x00\xff\x01'\\\xc3\xa9\xe2\x82", 9);
        binary.options.followRedirects = false;
        QTest::newRow("binary") << binary;

        RequestSpec form;
        form.method = "POST";
        form.url = "http://127.0.0.1/post";
        form.body.kind = RequestBody::Kind::Multipart;
        form.body.fields = {{"text", "@not-a-file;x"},
                            {"f", "/tmp/a b.txt", true, "n.txt", "text/plain"}};
        form.auth.kind = AuthSpec::Kind::Digest;
        form.auth.username = "u";
        form.auth.password = "p:w'";
        form.options.followRedirects = false;
        QTest::newRow("multipart digest") << form;

        RequestSpec bearer;
        bearer.method = "DELETE";
        bearer.url = "https://127.0.0.1/x";
        bearer.auth.kind = AuthSpec::Kind::Bearer;
        bearer.auth.token = "tok en";
        bearer.options.followRedirects = true;
        bearer.options.maxRedirects = 2;
        bearer.options.totalTimeoutMs = 1500;
        bearer.options.proxy = "socks5://127.0.0.1:1080";
        QTest::newRow("bearer options") << bearer;
    }

    void exportsAndImportsBack()
    {
        QFETCH(RequestSpec, spec);
        for (auto layout : {CurlExporter::Layout::OneLine, CurlExporter::Layout::MultiLine}) {
            const QString command = CurlExporter::toCommand(spec, layout);
            const auto back = CurlImporter::parse(command);
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            RequestSpec want = spec;
            want.headers.removeIf([](const HeaderField &h) { return !h.enabled; });
            QVERIFY2(back->spec == want, qPrintable(command + "\n" + describe(back->spec)));
            QVERIFY2(back->warnings.isEmpty(), qPrintable(back->warnings.join('\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
