// Generated code is run against a local httpbin (/anything echoes what it received) wherever its
// interpreter is installed, and what httpbin saw must match the request: method, path and query,
// headers, and the body byte for byte (text with quotes, backslashes, newlines and non-ASCII,
// binary bytes, urlencoded and multipart forms).

#include "core/interchange/codegenerator.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace wb::interchange;
using namespace wb::http;
using Language = CodeGenerator::Language;

Q_DECLARE_METATYPE(CodeGenerator::Language)

namespace {

struct Runner
{
    QString program;
    QStringList arguments; // the source file is appended
};

// The command that runs a generated file, or an empty program when the tool is missing.
Runner runnerFor(Language language)
{
    switch (language) {
    case Language::Curl:
        return {wb::test::findExecutable(QStringLiteral("curl")).isEmpty()
                    ? QString()
                    : wb::test::findExecutable(QStringLiteral("bash")),
                {}};
    case Language::HttPie:
        return {wb::test::findExecutable(QStringLiteral("http")).isEmpty()
                    ? QString()
                    : wb::test::findExecutable(QStringLiteral("bash")),
                {}};
    case Language::PythonRequests: {
        QByteArray out;
        if (wb::test::runProgram(QStringLiteral("/usr/bin/python3"), {"-c", "import requests"},
                                 &out) != 0)
            return {};
        return {QStringLiteral("/usr/bin/python3"), {}};
    }
    case Language::JavaScriptFetch:
        return {wb::test::findExecutable(QStringLiteral("node")), {}};
    case Language::GoNetHttp:
        return {wb::test::findExecutable(QStringLiteral("go")), {QStringLiteral("run")}};
    case Language::CSharpHttpClient:
    case Language::CppQtNetwork:
        return {}; // compiled: see cppQtNetworkCompilesAndRuns
    }
    return {};
}

// Skips or fails a test whose runner is missing: node and go are optional (tools/install-deps.sh
// does not install them), the other interpreters are installed for the tests.
std::optional<wb::test::FixtureError> requireRunner(const Runner &runner, Language language)
{
    const QString message = QStringLiteral("the interpreter for %1 is not installed")
                                .arg(CodeGenerator::displayName(language));
    if (language == Language::GoNetHttp || language == Language::JavaScriptFetch)
        return wb::test::requireOptional(!runner.program.isEmpty(),
                                         message + QStringLiteral(" (optional)"));
    return wb::test::require(!runner.program.isEmpty(),
                             message + QStringLiteral(" (tools/install-deps.sh test installs it)"));
}

QByteArray binaryBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b += char(i);
    return b;
}

QJsonObject runAndParse(const QString &program, const QStringList &arguments, QString *failure)
{
    QByteArray out;
    const int code = wb::test::runProgram(program, arguments, &out, 90000);
    const qsizetype start = out.indexOf('{');
    const qsizetype end = out.lastIndexOf('}');
    if (start < 0 || end < start) {
        *failure =
            QStringLiteral("exit %1, output: %2").arg(code).arg(QString::fromUtf8(out.left(2000)));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.mid(start, end - start + 1), &error);
    if (!doc.isObject())
        *failure = QStringLiteral("not JSON (%1): %2")
                       .arg(error.errorString(), QString::fromUtf8(out.left(2000)));
    return doc.object();
}

QByteArray receivedData(const QJsonObject &echo)
{
    const QString data = echo.value("data").toString();
    const QString prefix = QStringLiteral("data:application/octet-stream;base64,");
    if (data.startsWith(prefix))
        return QByteArray::fromBase64(data.mid(prefix.size()).toLatin1());
    return data.toUtf8();
}

} // namespace

class TestCodegen : public QObject
{
    Q_OBJECT

private:
    wb::test::HttpbinServer m_httpbin;
    QTemporaryDir m_dir;
    QString m_uploadPath;

    QList<QPair<QString, RequestSpec>> specs() const
    {
        const QString base = m_httpbin.baseUrl();
        QList<QPair<QString, RequestSpec>> list;
        RequestSpec get;
        get.url = base + "/anything/a%20b?q=caf%C3%A9&x=1&x=2";
        get.headers = {{"X-Quote", "it's \"quoted\" \\ back $HOME `cmd` %PATH% {{x}}"},
                       {"X-Empty-Looking", "a"},
                       {"X-Off", "no", false}};
        get.options.followRedirects = false;
        list.append({"get", get});

        RequestSpec json;
        json.method = "POST";
        json.url = base + "/anything";
        json.headers = {{"Content-Type", "application/json"}};
        json.body.kind = RequestBody::Kind::Raw;
        json.body.raw = QString::fromUtf8("{\"text\": \"line1\\nline2 \\\"q\\\" \\\\ é ✓ 😀\",\n"
                                          "\"raw\": \"tab\there 'single' $(x) \\u0041\"}\r\n")
                            .toUtf8();
        list.append({"json", json});

        RequestSpec binary;
        binary.method = "PUT";
        binary.url = base + "/anything/binary";
        binary.body.kind = RequestBody::Kind::Raw;
        binary.body.raw = binaryBytes();
        binary.body.contentType = "application/octet-stream";
        list.append({"binary", binary});

        RequestSpec form;
        form.method = "POST";
        form.url = base + "/anything/form";
        form.body.kind = RequestBody::Kind::UrlEncoded;
        form.body.fields = {{"a b", "1&2=3+4"},
                            {"unicode", QString::fromUtf8("é ✓")},
                            {"quote", "\"'\\"},
                            {"off", "x", false, {}, {}, false}};
        list.append({"urlencoded", form});

        RequestSpec multipart;
        multipart.method = "POST";
        multipart.url = base + "/anything/upload";
        multipart.body.kind = RequestBody::Kind::Multipart;
        multipart.body.fields = {{"text", QString::fromUtf8("quote \" back \\ é")},
                                 {"upload", m_uploadPath, true, "upload.txt", "text/plain"}};
        list.append({"multipart", multipart});

        RequestSpec basic;
        basic.url = base + "/anything/auth";
        basic.auth.kind = AuthSpec::Kind::Basic;
        basic.auth.username = "user";
        basic.auth.password = "pa:ss'\"word";
        list.append({"basic", basic});
        return list;
    }

    void verifyEcho(const QString &name, const RequestSpec &spec, const QJsonObject &echo)
    {
        const GeneratedRequest want = CodeGenerator::prepare(spec);
        QCOMPARE(echo.value("method").toString(), spec.method);
        // httpbin reports the URL decoded differently per server; compare path and query items.
        const QUrl sent(spec.url);
        const QUrl seen(echo.value("url").toString());
        QCOMPARE(seen.path(QUrl::FullyDecoded), sent.path(QUrl::FullyDecoded));
        QCOMPARE(QUrlQuery(seen).queryItems(QUrl::FullyDecoded),
                 QUrlQuery(sent).queryItems(QUrl::FullyDecoded));
        const QJsonObject headers = echo.value("headers").toObject();
        for (const auto &h : want.headers) {
            QString got;
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                if (it.key().compare(h.first, Qt::CaseInsensitive) == 0)
                    got = it.value().toString();
            }
            QCOMPARE(got, h.second);
        }
        QVERIFY(!headers.contains("X-Off"));
        if (name == QLatin1String("urlencoded")) {
            const QJsonObject formSeen = echo.value("form").toObject();
            QCOMPARE(formSeen.value("a b").toString(), QStringLiteral("1&2=3+4"));
            QCOMPARE(formSeen.value("unicode").toString(), QString::fromUtf8("é ✓"));
            QCOMPARE(formSeen.value("quote").toString(), QStringLiteral("\"'\\"));
            QVERIFY(!formSeen.contains("off"));
        } else if (name == QLatin1String("multipart")) {
            QCOMPARE(echo.value("form").toObject().value("text").toString(),
                     QString::fromUtf8("quote \" back \\ é"));
            QCOMPARE(echo.value("files").toObject().value("upload").toString(),
                     QStringLiteral("file \"content\"\nline 2\n"));
        } else if (spec.body.kind == RequestBody::Kind::Raw) {
            QCOMPARE(receivedData(echo), spec.body.raw);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_uploadPath = m_dir.filePath("upload file.txt");
        QFile upload(m_uploadPath);
        QVERIFY(upload.open(QIODevice::WriteOnly));
        upload.write("file \"content\"\nline 2\n");
    }

    void generatedCodeSendsTheRequest_data()
    {
        QTest::addColumn<Language>("language");
        for (Language l : {Language::Curl, Language::HttPie, Language::PythonRequests,
                           Language::JavaScriptFetch, Language::GoNetHttp})
            QTest::newRow(qPrintable(CodeGenerator::displayName(l))) << l;
    }

    void generatedCodeSendsTheRequest()
    {
        QFETCH(Language, language);
        const Runner runner = runnerFor(language);
        WB_CHECK_FIXTURE(requireRunner(runner, language));
        WB_START_FIXTURE(m_httpbin);
        for (const auto &[name, spec] : specs()) {
            const QString code = CodeGenerator::generate(spec, language);
            // A prefix keeps Python from importing the file instead of a module (json.py).
            const QString path =
                m_dir.filePath("request_" + name + "." + CodeGenerator::fileSuffix(language));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(code.toUtf8());
            file.close();
            QString failure;
            const QJsonObject echo =
                runAndParse(runner.program, runner.arguments + QStringList{path}, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(name + ": " + failure + "\n" + code));
            verifyEcho(name, spec, echo);
            if (QTest::currentTestFailed()) {
                qWarning().noquote() << name << "generated:\n" << code;
                return;
            }
        }
    }

    void digestAuth_data()
    {
        QTest::addColumn<Language>("language");
        for (Language l : {Language::Curl, Language::HttPie, Language::PythonRequests})
            QTest::newRow(qPrintable(CodeGenerator::displayName(l))) << l;
    }

    void digestAuth()
    {
        QFETCH(Language, language);
        const Runner runner = runnerFor(language);
        WB_CHECK_FIXTURE(requireRunner(runner, language));
        WB_START_FIXTURE(m_httpbin);
        RequestSpec spec;
        spec.url = m_httpbin.baseUrl() + "/digest-auth/auth/user/pa'ss";
        spec.auth.kind = AuthSpec::Kind::Digest;
        spec.auth.username = "user";
        spec.auth.password = "pa'ss";
        const QString path =
            m_dir.filePath("request_digest." + CodeGenerator::fileSuffix(language));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(CodeGenerator::generate(spec, language).toUtf8());
        file.close();
        QString failure;
        const QJsonObject echo =
            runAndParse(runner.program, runner.arguments + QStringList{path}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(echo.value("authenticated").toBool());
    }

    void cppQtNetworkCompilesAndRuns()
    {
        const QString compiler = wb::test::findExecutable("c++");
        const QString pkgConfig = wb::test::findExecutable("pkg-config");
        WB_REQUIRE(!compiler.isEmpty() && !pkgConfig.isEmpty(),
                   "no C++ compiler or pkg-config (tools/install-deps.sh build installs them)");
        QByteArray flags;
        WB_REQUIRE(wb::test::runProgram(pkgConfig, {"--cflags", "--libs", "Qt6Network"}, &flags) ==
                       0,
                   "Qt6Network development files are not installed (tools/install-deps.sh build "
                   "installs them)");
        WB_START_FIXTURE(m_httpbin);
        // Compiling is slow on a shared machine: two requests that cover every kind of literal.
        for (const auto &[name, spec] : specs()) {
            if (name != QLatin1String("binary") && name != QLatin1String("multipart") &&
                name != QLatin1String("get"))
                continue;
            const QString source = m_dir.filePath(name + ".cpp");
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const QString code = CodeGenerator::generate(spec, Language::CppQtNetwork);
            file.write(code.toUtf8());
            file.close();
            const QString binary = m_dir.filePath(name + "-qt");
            QByteArray out;
            QStringList args{"-std=c++17", "-fPIC", "-o", binary, source};
            args += QString::fromLocal8Bit(flags).simplified().split(' ', Qt::SkipEmptyParts);
            QVERIFY2(wb::test::runProgram(compiler, args, &out, 180000) == 0,
                     qPrintable(QString::fromUtf8(out) + "\n" + code));
            QString failure;
            const QJsonObject echo = runAndParse(binary, {}, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            verifyEcho(name, spec, echo);
        }
    }

    void otherTargetsEscapeEveryValue()
    {
        // Go and C# are checked by their literals, since their toolchains are rarely installed.
        RequestSpec spec;
        spec.method = "POST";
        spec.url = "http://127.0.0.1/x?a=\"b\"";
        spec.headers = {{"X-Q", "\"\\\n\t"}};
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = QByteArray("\x00\xff\"\\", 4);
        const QString go = CodeGenerator::generate(spec, Language::GoNetHttp);
        QVERIFY(go.contains("[]byte(\"\\x00\\xff\\\"\\\\\")"));
        QVERIFY(
            go.contains("req.Header[\"X-Q\"] = append(req.Header[\"X-Q\"], \"\\\"\\\\\\n\\t\")"));
        QVERIFY(go.contains("\"http://127.0.0.1/x?a=\\\"b\\\"\""));
        const QString cs = CodeGenerator::generate(spec, Language::CSharpHttpClient);
        QVERIFY(cs.contains("new byte[] { 0x00, 0xff, 0x22, 0x5c }"));
        QVERIFY(cs.contains("TryAddWithoutValidation(\"X-Q\", \"\\\"\\\\\\n\\t\")"));
        spec.body.raw = QString::fromUtf8("é😀").toUtf8();
        QVERIFY(CodeGenerator::generate(spec, Language::CSharpHttpClient)
                    .contains("Encoding.UTF8.GetBytes(\"\\u00e9\\ud83d\\ude00\")"));
        QVERIFY(CodeGenerator::generate(spec, Language::PythonRequests)
                    .contains("\"\\u00e9\\U0001f600\""));
        spec.headers = {{"Connection", "close"}, {"X-Kept", "1"}};
        const QString js = CodeGenerator::generate(spec, Language::JavaScriptFetch);
        QVERIFY(!js.contains("[\"Connection\""));
        QVERIFY(js.contains("[\"X-Kept\", \"1\"]"));
    }
};

QTEST_GUILESS_MAIN(TestCodegen)
#include "tst_codegen.moc"
