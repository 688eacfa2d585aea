// cURL import sends what curl sends: each command runs once through bash and the real curl and
// once through CurlImporter and the engine, against the same loopback server that keeps the
// request's bytes. The method and target, the headers that matter (all but Host, User-Agent,
// Accept and Connection, which both add by themselves, and the engine's Accept-Encoding, unless
// the command sets them) and the body must be equal byte for byte; a multipart body after its
// boundary is named the same in both.

#include "core/http/exchangehandle.h"
#include "core/http/httpengine.h"
#include "core/interchange/curlimporter.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

// What a client sent: the request line without the version, the headers and the body.
struct Sent
{
    QByteArray line;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, in order
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }

    QString dump() const
    {
        QString text = QString::fromLatin1(line) + u'\n';
        for (const auto &[n, v] : headers)
            text += QString::fromLatin1(n + ": " + v) + u'\n';
        return text + u'\n' + QString::fromLatin1(body.toPercentEncoding(" =&;:/\"{},\n-+@"));
    }
};

// Keeps the first request of each connection (head and Content-Length body) and answers it
// with an empty 200.
class CaptureServer : public QObject
{
public:
    CaptureServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<Sent> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Sent sent;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QByteArray first = lines.first().trimmed();
        sent.line = first.left(first.lastIndexOf(' '));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines.at(i).trimmed();
            const qsizetype colon = l.indexOf(':');
            sent.headers.append({l.left(colon).toLower(), l.mid(colon + 1).trimmed()});
        }
        const qint64 length = sent.header("content-length").toLongLong();
        if (sent.header("expect").toLower() == "100-continue" && !m_continued.contains(socket)) {
            m_continued.insert(socket);
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (buffer.size() - end - 4 < length)
            return;
        sent.body = buffer.mid(end + 4, length);
        requests.append(sent);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_continued;
};

// The headers that matter, sorted by name (their order is not what is compared), with a
// multipart boundary named BOUNDARY.
Sent normalised(Sent sent, const QString &command)
{
    // What both add by themselves, unless the command sets it.
    const auto mentions = [&command](const char *header) {
        return command.contains(QLatin1String(header) + QLatin1Char(':'), Qt::CaseInsensitive);
    };
    QList<QByteArray> ignored{"connection", "expect"};
    if (!mentions("host"))
        ignored << "host";
    if (!mentions("user-agent") && !command.contains(QLatin1String(" -A ")))
        ignored << "user-agent";
    if (!mentions("accept") && !command.contains(QLatin1String("--json")))
        ignored << "accept";
    // The engine always offers the encodings it decodes; curl only with --compressed.
    if (!mentions("accept-encoding") && !command.contains(QLatin1String("--compressed")))
        ignored << "accept-encoding";
    sent.headers.removeIf([&](const auto &h) { return ignored.contains(h.first); });
    std::stable_sort(sent.headers.begin(), sent.headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const QByteArray type = sent.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (type.startsWith("multipart/") && at > 0) {
        const QByteArray boundary = type.mid(at + 9);
        sent.body.replace(boundary, "BOUNDARY");
        for (auto &h : sent.headers) {
            h.second.replace(boundary, "BOUNDARY");
            // The boundaries' lengths differ; the rest of the body is what counts.
            if (h.first == "content-length")
                h.second = QByteArray::number(sent.body.size());
        }
    }
    return sent;
}

} // namespace

class TestCurlFidelity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QString m_curl;
    QString m_previousDir;

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_files.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // curl as bash runs the command, without a terminal (so -u without a password is sent
    // with an empty one instead of asking).
    std::optional<Sent> sentByCurl(const QString &command, CaptureServer &server)
    {
        QProcess bash;
        bash.setWorkingDirectory(m_files.path());
        bash.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
        env.insert(QStringLiteral("CURL"), m_curl);
        bash.setProcessEnvironment(env);
        QString line = command;
        line.replace(0, 4, QStringLiteral("\"$CURL\" -s -o /dev/null"));
        bash.start(QStringLiteral("setsid"),
                   {QStringLiteral("-w"), QStringLiteral("bash"), QStringLiteral("-c"), line});
        bash.closeWriteChannel();
        const qsizetype before = server.requests.size();
        if (!QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 30000) ||
            server.requests.size() != before + 1) {
            qWarning().noquote() << "curl:" << line << bash.readAll();
            return std::nullopt;
        }
        return server.requests.last();
    }

    std::optional<Sent> sentByWirebench(const QString &command, CaptureServer &server,
                                        QStringList *warnings)
    {
        const auto imported = interchange::CurlImporter::parse(command);
        if (!imported) {
            qWarning().noquote() << imported.error().message;
            return std::nullopt;
        }
        *warnings = imported->warnings;
        http::HttpEngine engine;
        const qsizetype before = server.requests.size();
        const auto exchange = engine.send(imported->spec);
        QSignalSpy finished(exchange.get(), &http::ExchangeHandle::finished);
        if ((!exchange->isFinished() && !finished.wait(30000)) ||
            server.requests.size() != before + 1) {
            qWarning() << "the engine's request did not arrive";
            return std::nullopt;
        }
        return server.requests.last();
    }

private slots:
    void initTestCase()
    {
        m_curl = test::findExecutable(QStringLiteral("curl"));
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("curl")));
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("setsid")));
        qputenv("no_proxy", "*");
        writeFile(QStringLiteral("lines.txt"), "line1\r\nline2\nline3\n");
        writeFile(QStringLiteral("enc.txt"), "x y\n&z=1/\xc3\xa9\r\n");
        writeFile(QStringLiteral("upload.csv"), "a,b\n1,2\n");
        writeFile(QStringLiteral("notes.txt"), "hello\n");
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary += char(i);
        writeFile(QStringLiteral("blob.bin"), binary);
        // @file paths are relative to where curl runs, and to where the import reads them.
        m_previousDir = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_files.path()));
    }

    void cleanupTestCase() { QDir::setCurrent(m_previousDir); }

    void sameRequestAsCurl_data()
    {
        QTest::addColumn<QString>("command");
        const auto row = [](const char *name, const char *command) {
            QTest::newRow(name) << QString::fromUtf8(command);
        };
        row("-d pieces: implied form type", "curl -d a=1 -d 'b=two words' %URL%/form");
        row("-d @file: line breaks removed", "curl -d @lines.txt %URL%/lines");
        row("--data-ascii @file", "curl --data-ascii @lines.txt %URL%/");
        row("--data-binary @file: kept", "curl --data-binary @lines.txt %URL%/");
        row("--data-binary @binary file",
            "curl --data-binary @blob.bin -H 'Content-Type: application/octet-stream' %URL%/");
        row("--data-raw: @ is literal", "curl --data-raw @lines.txt %URL%/");
        row("-d, @file and --data-binary @file mixed",
            "curl -d a=1 -d @lines.txt --data-binary @enc.txt %URL%/");
        row("--data-urlencode content", "curl --data-urlencode 'a b&c' %URL%/");
        row("--data-urlencode =content", "curl --data-urlencode '=a b&c=d' %URL%/");
        row("--data-urlencode name=content", "curl --data-urlencode 'q=a b&c/é~' %URL%/");
        row("--data-urlencode @file", "curl --data-urlencode @enc.txt %URL%/");
        row("--data-urlencode name@file", "curl --data-urlencode text@enc.txt %URL%/");
        row("--data-urlencode all five",
            "curl --data-urlencode 'a b' --data-urlencode '=c d' --data-urlencode 'n=e f' "
            "--data-urlencode @enc.txt --data-urlencode m@enc.txt %URL%/");
        row("-G", "curl -G -d a=1 --data-urlencode 'q=x y' '%URL%/search?z=0'");
        row("-G -d @file", "curl -G -d @lines.txt %URL%/");
        row("--url-query", "curl --url-query 'a=b c' -d k=v %URL%/q");
        row("-X PUT -d", "curl -X PUT -d x=1 %URL%/put");
        row("-H Content-Type over -d", "curl -H 'Content-Type: application/json' -d '{\"a\":1}' "
                                       "%URL%/");
        row("--json", "curl --json '{\"a\":1}' %URL%/");
        row("repeated -b", "curl -b a=1 -b 'b=2; c=3' %URL%/");
        row("-u without a password", "curl -u alice %URL%/");
        row("-u with an empty password", "curl -u alice: %URL%/");
        row("-u user:password", "curl -u 'alice:s3cr:et' %URL%/");
        row("-F text fields", "curl -F a=1 -F 'b=two words' %URL%/upload");
        row("-F files, ;type= and ;filename=",
            "curl -F 'up=@upload.csv' -F 'doc=@notes.txt;filename=renamed.txt' "
            "-F 'raw=@blob.bin;type=x/y' -F 'pic=@blob.bin;filename=p.PNG' %URL%/upload");
        row("-F text ;type=", "curl -F 'meta={\"k\":1};type=application/json' %URL%/");
        row("-F <file", "curl -F 'text=<notes.txt' %URL%/");
        row("--form-string", "curl --form-string 'at=@notes.txt' %URL%/");
        row("-T", "curl -T notes.txt %URL%/dest.txt");
        row("shell quoting",
            "curl -H $'X-Tab: a\\tb' -H \"X-Quote: \\\"q\\\" \\$HOME\" -d 'it'\\''s' %URL%/");
        row("-A -e -r", "curl -A 'agent/1' -e https://ref.test/ -r 0-99 %URL%/");
        row("-I", "curl -I %URL%/head");
        row("--compressed", "curl --compressed %URL%/");
        row("grouped short options", "curl -sSfL -XPATCH -d x %URL%/");
    }

    void sameRequestAsCurl()
    {
        QFETCH(QString, command);
        CaptureServer server;
        command.replace(QStringLiteral("%URL%"), server.url());
        const auto curl = sentByCurl(command, server);
        QVERIFY2(curl, qPrintable(command));
        QStringList warnings;
        const auto ours = sentByWirebench(command, server, &warnings);
        QVERIFY2(ours, qPrintable(command));
        const Sent a = normalised(*curl, command);
        const Sent b = normalised(*ours, command);
        const QString both = QStringLiteral("\ncurl:\n%1\n\nWirebench:\n%2\nwarnings: %3")
                                 .arg(a.dump(), b.dump(), warnings.join(u'|'));
        QVERIFY2(a.line == b.line, qPrintable(both));
        QVERIFY2(a.headers == b.headers, qPrintable(both));
        QVERIFY2(a.body == b.body, qPrintable(both));
    }
};

QTEST_GUILESS_MAIN(TestCurlFidelity)
#include "tst_curlfidelity.moc"
