#include "core/http/responseparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace wb;
using namespace wb::http;

namespace {

using State = ResponseParser::State;

struct Outcome
{
    QList<ResponseHead> interim;
    ResponseHead head;
    int heads = 0;
    QByteArray body;
    QList<WireHeader> trailers;
    State state = State::Head;
    QString error;
    qint64 errorOffset = -1;
    QStringList warnings;
    qint64 consumed = 0;
    bool keepAlive = false;
    bool closeDelimited = false;

    QString dump() const
    {
        QString out;
        const auto headText = [](const ResponseHead &h) {
            QString t = QStringLiteral("%1|%2|%3")
                            .arg(QString::fromLatin1(h.version))
                            .arg(h.status)
                            .arg(QString::fromLatin1(h.reason.toHex()));
            for (const WireHeader &w : h.headers)
                t += QStringLiteral("|%1=%2").arg(QString::fromLatin1(w.name),
                                                  QString::fromLatin1(w.value));
            return t;
        };
        for (const ResponseHead &h : interim)
            out += QStringLiteral("interim:") + headText(h) + u'\n';
        out += QStringLiteral("head(%1):").arg(heads) + headText(head) + u'\n';
        out += QStringLiteral("body:%1\n").arg(QString::fromLatin1(body.toHex()));
        for (const WireHeader &w : trailers)
            out += QStringLiteral("trailer:%1=%2\n")
                       .arg(QString::fromLatin1(w.name), QString::fromLatin1(w.value));
        out +=
            QStringLiteral("state:%1 error:%2 @%3\n").arg(int(state)).arg(error).arg(errorOffset);
        out += QStringLiteral("warnings:%1\n").arg(warnings.join(u'|'));
        out += QStringLiteral("consumed:%1 keepAlive:%2 close:%3")
                   .arg(consumed)
                   .arg(keepAlive)
                   .arg(closeDelimited);
        return out;
    }
};

struct Options
{
    bool strict = false;
    bool finishAtEnd = true;
    QByteArray method = "GET";
    ResponseParser::Limits limits;
};

Outcome run(const QByteArray &input, const QList<qsizetype> &cuts, const Options &options)
{
    Outcome outcome;
    ResponseParser::Callbacks callbacks;
    callbacks.interim = [&](const ResponseHead &h) { outcome.interim.append(h); };
    callbacks.head = [&](const ResponseHead &h) {
        outcome.head = h;
        ++outcome.heads;
    };
    callbacks.body = [&](QByteArrayView bytes) { outcome.body += bytes.toByteArray(); };
    callbacks.trailers = [&](const QList<WireHeader> &t) { outcome.trailers = t; };
    ResponseParser parser(callbacks, options.strict, options.limits);
    parser.setRequestMethod(options.method);
    qsizetype start = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (const qsizetype end : ends) {
        const State state = parser.feed(QByteArrayView(input).sliced(start, end - start));
        outcome.consumed += parser.consumed();
        start = end;
        if (state == State::Complete || state == State::Failed)
            break;
    }
    if (options.finishAtEnd)
        parser.finish();
    outcome.state = parser.state();
    outcome.error = parser.error().message;
    if (parser.state() == State::Failed && parser.error().category != ErrorCategory::Protocol)
        outcome.error = QStringLiteral("<wrong category>");
    outcome.errorOffset = parser.errorOffset();
    outcome.warnings = parser.warnings();
    outcome.keepAlive = parser.keepAlive();
    outcome.closeDelimited = parser.bodyIsCloseDelimited();
    return outcome;
}

// Parses `input` whole, byte by byte and in random splits; every way must give the same outcome.
Outcome parseAllWays(const QByteArray &input, const Options &options = {})
{
    const Outcome whole = run(input, {}, options);
    QList<qsizetype> bytewise;
    for (qsizetype i = 1; i < input.size(); ++i)
        bytewise.append(i);
    const Outcome single = run(input, bytewise, options);
    if (single.dump() != whole.dump())
        qWarning().noquote() << "byte by byte:\n" << single.dump() << "\nwhole:\n" << whole.dump();
    [&] { QCOMPARE(single.dump(), whole.dump()); }();
    QRandomGenerator rng(20261125);
    for (int round = 0; round < 40; ++round) {
        QList<qsizetype> cuts;
        const int count = int(rng.bounded(1, 8));
        for (int i = 0; i < count && input.size() > 1; ++i)
            cuts.append(qsizetype(rng.bounded(1, int(input.size()))));
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        const Outcome split = run(input, cuts, options);
        if (split.dump() != whole.dump()) {
            qWarning() << "cuts" << cuts;
            [&] { QCOMPARE(split.dump(), whole.dump()); }();
            break;
        }
    }
    return whole;
}

Options strictOptions()
{
    Options options;
    options.strict = true;
    return options;
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void contentLength()
    {
        const QByteArray input = "HTTP/1.1 200 Très  OK \x01\r\n"
                                 "Content-Type: text/plain\r\n"
                                 "set-cookie: a=1\r\n"
                                 "X-Empty:\r\n"
                                 "Set-Cookie:   b=2  \r\n"
                                 "Content-Length: 5\r\n"
                                 "\r\n"
                                 "hello";
        const Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.head.version, QByteArray("HTTP/1.1"));
        QCOMPARE(o.head.status, 200);
        QCOMPARE(o.head.reason, QByteArray("Très  OK \x01"));
        QCOMPARE(o.head.headers.size(), 5);
        QCOMPARE(o.head.headers.at(1), (WireHeader{"set-cookie", "a=1"}));
        QCOMPARE(o.head.headers.at(2), (WireHeader{"X-Empty", ""}));
        QCOMPARE(o.head.headers.at(3), (WireHeader{"Set-Cookie", "b=2"}));
        QCOMPARE(o.head.headerValues("SET-COOKIE"), QList<QByteArray>({"a=1", "b=2"}));
        QCOMPARE(o.body, QByteArray("hello"));
        QCOMPARE(o.consumed, input.size());
        QVERIFY(o.keepAlive);
        QVERIFY(o.warnings.isEmpty());
        QCOMPARE(o.heads, 1);
    }

    void pipelinedResponsesStayUnconsumed()
    {
        const QByteArray first = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray second = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        QByteArray body;
        int heads = 0;
        ResponseParser parser({nullptr, [&](const ResponseHead &) { ++heads; },
                               [&](QByteArrayView b) { body += b.toByteArray(); }, nullptr});
        QCOMPARE(parser.feed(first + second), State::Complete);
        QCOMPARE(parser.consumed(), first.size());
        QCOMPARE(parser.totalBytes(), first.size());
        QCOMPARE(body, QByteArray("abc"));
        QVERIFY(parser.keepAlive());
        parser.reset();
        QCOMPARE(parser.state(), State::Head);
        QCOMPARE(parser.feed(QByteArrayView(first + second).sliced(first.size())), State::Complete);
        QCOMPARE(parser.consumed(), second.size());
        QCOMPARE(parser.head().status, 404);
        QCOMPARE(heads, 2);
        // Feeding after Complete consumes nothing.
        QCOMPARE(parser.feed("HTTP/1.1"), State::Complete);
        QCOMPARE(parser.consumed(), 0);
    }

    void conflictingContentLength()
    {
        const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"
                                 "hello!";
        const Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("conflicting Content-Length values 5 and 6")),
                 qPrintable(o.error));
        QCOMPARE(o.errorOffset, 17); // the first Content-Length line
        QVERIFY(o.body.isEmpty());
        QCOMPARE(o.heads, 0);

        const Outcome list = parseAllWays("HTTP/1.1 200 OK\r\nContent-Length: 5, 7\r\n\r\n");
        QCOMPARE(list.state, State::Failed);
    }

    void identicalContentLengths()
    {
        const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2, 2\r\n"
                                 "\r\nok";
        const Outcome lenient = parseAllWays(input);
        QCOMPARE(lenient.state, State::Complete);
        QCOMPARE(lenient.body, QByteArray("ok"));
        QCOMPARE(lenient.warnings.size(), 1);
        const Outcome strict = parseAllWays(input, strictOptions());
        QCOMPARE(strict.state, State::Failed);
    }

    void invalidContentLength_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("letters") << QByteArray("abc");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("plus") << QByteArray("+5");
        QTest::newRow("huge") << QByteArray("99999999999999999999");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("hex") << QByteArray("0x10");
    }

    void invalidContentLength()
    {
        QFETCH(QByteArray, value);
        const Outcome o = parseAllWays("HTTP/1.1 200 OK\r\nContent-Length: " + value + "\r\n\r\n");
        QCOMPARE(o.state, State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("Content-Length")), qPrintable(o.error));
        QCOMPARE(o.errorOffset, 17);
    }

    void chunkedWithExtensionsAndTrailers()
    {
        const QByteArray input = "HTTP/1.1 200 OK\r\n"
                                 "Transfer-Encoding: chunked\r\n"
                                 "Trailer: X-Checksum\r\n"
                                 "\r\n"
                                 "5;name=value;flag\r\n"
                                 "hello\r\n"
                                 "A ; quoted=\"a;b\"\r\n"
                                 ", world!!!\r\n"
                                 "000\r\n"
                                 "X-Checksum: 42\r\n"
                                 "x-other: a\r\n"
                                 "\r\n";
        const Outcome o = parseAllWays(input + "HTTP/1.1 200 OK\r\n");
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.body, QByteArray("hello, world!!!"));
        QCOMPARE(o.trailers, (QList<WireHeader>{{"X-Checksum", "42"}, {"x-other", "a"}}));
        QCOMPARE(o.consumed, input.size());
        QVERIFY(o.keepAlive);
        QVERIFY(o.warnings.isEmpty());
    }

    void chunkedWithoutTrailers()
    {
        const Outcome o = parseAllWays("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                                       "3\r\nabc\r\n0\r\n\r\n");
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.body, QByteArray("abc"));
        QVERIFY(o.trailers.isEmpty());
        QCOMPARE(o.warnings.size(), 1); // gzip transfer coding is not decoded
    }

    void badChunks_data()
    {
        QTest::addColumn<QByteArray>("chunks");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("mentions");
        const qint64 bodyStart = 47;
        QTest::newRow("not hex") << QByteArray("zz\r\n") << bodyStart << "hexadecimal";
        QTest::newRow("empty size") << QByteArray("\r\n") << bodyStart << "hexadecimal";
        QTest::newRow("junk after size")
            << QByteArray("5x\r\nhello\r\n") << bodyStart << "hexadecimal";
        QTest::newRow("negative") << QByteArray("-5\r\n") << bodyStart << "hexadecimal";
        QTest::newRow("too large")
            << QByteArray("1000000000000000\r\n") << bodyStart << "too large";
        QTest::newRow("data too long")
            << QByteArray("3\r\nabcd\r\n0\r\n\r\n") << bodyStart + 6 << "longer than its size";
        QTest::newRow("line too long")
            << QByteArray("5;" + QByteArray(5000, 'x') + "\r\n") << bodyStart + 4096 << "4096";
    }

    void badChunks()
    {
        QFETCH(QByteArray, chunks);
        QFETCH(qint64, offset);
        QFETCH(QString, mentions);
        const Outcome o =
            parseAllWays("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
        QCOMPARE(o.state, State::Failed);
        QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
        QCOMPARE(o.errorOffset, offset);
        QVERIFY(o.error.contains(QString::number(offset)));
        QVERIFY(!o.keepAlive);
    }

    void closeDelimited()
    {
        Options options;
        const Outcome o = parseAllWays("HTTP/1.0 200 OK\r\nServer: x\r\n\r\nall of this", options);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.body, QByteArray("all of this"));
        QVERIFY(o.closeDelimited);
        QVERIFY(!o.keepAlive);
        options.finishAtEnd = false;
        const Outcome open = parseAllWays("HTTP/1.1 200 OK\r\n\r\nmore", options);
        QCOMPARE(open.state, State::Body);
        QCOMPARE(open.body, QByteArray("more"));
    }

    void transferEncodingNotChunkedIsCloseDelimited()
    {
        const Outcome o = parseAllWays("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n"
                                       "Content-Length: 2\r\n\r\nabcdef");
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.body, QByteArray("abcdef"));
        QVERIFY(o.closeDelimited);
    }

    void transferEncodingAndContentLength()
    {
        const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n";
        const Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.body, QByteArray("ok"));
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY(o.warnings.first().contains(QStringLiteral("Transfer-Encoding")));
        QVERIFY(!o.keepAlive);
        const Outcome strict = parseAllWays(input, strictOptions());
        QCOMPARE(strict.state, State::Failed);
        QCOMPARE(strict.errorOffset, 38);
    }

    void interimResponses()
    {
        const QByteArray input = "HTTP/1.1 100 Continue\r\n\r\n"
                                 "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n"
                                 "Link: </app.js>; rel=preload\r\n\r\n"
                                 "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        const Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.interim.size(), 2);
        QCOMPARE(o.interim.at(0).status, 100);
        QCOMPARE(o.interim.at(0).reason, QByteArray("Continue"));
        QCOMPARE(o.interim.at(1).status, 103);
        QCOMPARE(o.interim.at(1).headerValues("link").size(), 2);
        QCOMPARE(o.head.status, 200);
        QCOMPARE(o.heads, 1);
        QCOMPARE(o.body, QByteArray("hi"));
        QCOMPARE(o.consumed, input.size());
    }

    void switchingProtocols()
    {
        const QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                "Connection: Upgrade\r\n\r\n";
        Options options;
        options.finishAtEnd = false;
        const Outcome o = parseAllWays(head + "\x81\x05hello", options);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.head.status, 101);
        QVERIFY(o.interim.isEmpty());
        QVERIFY(o.body.isEmpty());
        QCOMPARE(o.consumed, head.size());
        QVERIFY(!o.keepAlive);
    }

    void responsesWithoutBody()
    {
        Options head;
        head.method = "HEAD";
        head.finishAtEnd = false;
        const QByteArray withLength = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n";
        Outcome o = parseAllWays(withLength + "HTTP/1.1", head);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.consumed, withLength.size());
        QVERIFY(o.keepAlive);

        Options get;
        get.finishAtEnd = false;
        o = parseAllWays("HTTP/1.1 204 No Content\r\nX: y\r\n\r\nHTTP", get);
        QCOMPARE(o.state, State::Complete);
        QVERIFY(o.body.isEmpty());
        o = parseAllWays("HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n", get);
        QCOMPARE(o.state, State::Complete);
        o = parseAllWays("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", get);
        QCOMPARE(o.state, State::Complete);
        QVERIFY(o.keepAlive);

        Options connect;
        connect.method = "CONNECT";
        connect.finishAtEnd = false;
        o = parseAllWays("HTTP/1.1 200 Connection established\r\n\r\n\x16\x03\x01", connect);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.consumed, 39);
        QVERIFY(!o.keepAlive);
    }

    void bareLf()
    {
        const QByteArray input = "HTTP/1.1 200 OK\nA: 1\r\nB: 2\n\n3\nabc\n0\n\n";
        const QByteArray chunked = "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n";
        Outcome o = parseAllWays(chunked);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.body, QByteArray("abc"));
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY(o.warnings.first().contains(QStringLiteral("bare LF")));
        o = parseAllWays(input, strictOptions());
        QCOMPARE(o.state, State::Failed);
        QCOMPARE(o.errorOffset, 15);
        QVERIFY(o.error.contains(QStringLiteral("bare LF")));
        QVERIFY(o.error.contains(QStringLiteral("15")));
    }

    void bareCr()
    {
        const QByteArray input = "HTTP/1.1 200 OK\r\nA: x\ry\r\nContent-Length: 0\r\n\r\n";
        Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.head.header("a"), QByteArray("x y"));
        o = parseAllWays(input, strictOptions());
        QCOMPARE(o.state, State::Failed);
        QCOMPARE(o.errorOffset, 21);
    }

    void obsFold()
    {
        const QByteArray input = "HTTP/1.1 200 OK\r\nX-Long: first\r\n   second\r\n\tthird\r\n"
                                 "Content-Length: 0\r\n\r\n";
        Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.head.header("x-long"), QByteArray("first second third"));
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY(o.warnings.first().contains(QStringLiteral("obs-fold")));
        o = parseAllWays(input, strictOptions());
        QCOMPARE(o.state, State::Failed);
        QCOMPARE(o.errorOffset, 32);
        o = parseAllWays("HTTP/1.1 200 OK\r\n folded-first: x\r\n\r\n");
        QCOMPARE(o.state, State::Failed);
        QCOMPARE(o.errorOffset, 17);
    }

    void hugeHeaderLineFailsCleanly()
    {
        QByteArray input = "HTTP/1.1 200 OK\r\nX-Big: ";
        input += QByteArray(1024 * 1024, 'a');
        input += "\r\n\r\n";
        Outcome o = run(input, {}, {});
        QCOMPARE(o.state, State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("header section larger than 262144 bytes")),
                 qPrintable(o.error));
        QCOMPARE(o.errorOffset, 262144);
        QCOMPARE(o.consumed, 262144);
        // In 1000-byte pieces the result is the same.
        QList<qsizetype> cuts;
        for (qsizetype i = 1000; i < input.size(); i += 1000)
            cuts.append(i);
        QCOMPARE(run(input, cuts, {}).dump(), o.dump());

        Options small;
        small.limits.maxHeaderBytes = 100;
        o = parseAllWays("HTTP/1.1 200 OK\r\n" + QByteArray(200, 'x'), small);
        QVERIFY(o.error.contains(QStringLiteral("header section larger than 100 bytes")));
        QCOMPARE(o.errorOffset, 100);
    }

    void tooManyHeaders()
    {
        QByteArray input = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 501; ++i)
            input += "X-" + QByteArray::number(i) + ": v\r\n";
        input += "\r\n";
        const Outcome o = run(input, {}, {});
        QCOMPARE(o.state, State::Failed);
        QVERIFY(o.error.contains(QStringLiteral("500 header fields")));
    }

    void badStatusLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << qint64(0);
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00", 5) << qint64(0);
        QTest::newRow("lower case") << QByteArray("http/1.1 200 OK\r\n\r\n") << qint64(0);
        QTest::newRow("two digits") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << qint64(0);
        QTest::newRow("four digits") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << qint64(0);
        QTest::newRow("letters") << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << qint64(0);
        QTest::newRow("no code") << QByteArray("HTTP/1.1\r\n\r\n") << qint64(0);
        QTest::newRow("bad version") << QByteArray("HTTP/1.x 200 OK\r\n\r\n") << qint64(0);
        QTest::newRow("http2") << QByteArray("HTTP/2.0 200 OK\r\n\r\n") << qint64(0);
        QTest::newRow("status 099") << QByteArray("HTTP/1.1 099 Low\r\n\r\n") << qint64(9);
        QTest::newRow("bad header name")
            << QByteArray("HTTP/1.1 200 OK\r\nBad(Name): x\r\n\r\n") << qint64(17);
        QTest::newRow("empty header name")
            << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n\r\n") << qint64(17);
    }

    void badStatusLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, offset);
        const Outcome o = parseAllWays(input);
        QCOMPARE(o.state, State::Failed);
        QCOMPARE(o.errorOffset, offset);
        QVERIFY(o.error.contains(QStringLiteral("byte %1").arg(offset)));
    }

    void statusLineVariants()
    {
        Outcome o = parseAllWays("HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(o.state, State::Complete);
        QVERIFY(o.head.reason.isEmpty());
        QVERIFY(o.warnings.isEmpty());
        o = parseAllWays("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.warnings.size(), 1);
        o = parseAllWays("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n", strictOptions());
        QCOMPARE(o.state, State::Failed);
        o = parseAllWays("HTTP/1.1 599 Custom Thing\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(o.head.status, 599);
        o = parseAllWays("\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.warnings.size(), 1);
    }

    void keepAliveRules()
    {
        Outcome o =
            parseAllWays("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(!o.keepAlive);
        o = parseAllWays("HTTP/1.1 200 OK\r\nConnection: foo, Close\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(!o.keepAlive);
        o = parseAllWays("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(!o.keepAlive);
        o = parseAllWays("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(o.keepAlive);
    }

    void connectionClosedEarly()
    {
        Outcome o = parseAllWays("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\nabc");
        QCOMPARE(o.state, State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("closed after 3 of 5000 body bytes")),
                 qPrintable(o.error));
        QCOMPARE(o.body, QByteArray("abc"));
        o = parseAllWays("");
        QCOMPARE(o.state, State::Failed);
        QVERIFY(o.error.contains(QStringLiteral("before any response byte")));
        o = parseAllWays("HTTP/1.1 200 OK\r\nServ");
        QCOMPARE(o.state, State::Failed);
        QVERIFY(o.error.contains(QStringLiteral("head")));
        o = parseAllWays("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel");
        QCOMPARE(o.state, State::Failed);
        QVERIFY(o.error.contains(QStringLiteral("chunked")));
        // A missing final CRLF after the last chunk is tolerated in lenient mode only.
        const QByteArray noFinalCrlf = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       "2\r\nok\r\n0\r\n";
        o = parseAllWays(noFinalCrlf);
        QCOMPARE(o.state, State::Complete);
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY(!o.keepAlive);
        o = parseAllWays(noFinalCrlf, strictOptions());
        QCOMPARE(o.state, State::Failed);
    }

    void errorsHaveProtocolCategory()
    {
        ResponseParser parser({});
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"), State::Failed);
        QCOMPARE(parser.error().category, ErrorCategory::Protocol);
        QVERIFY(!parser.keepAlive());
        parser.reset();
        QCOMPARE(parser.error().category, ErrorCategory::None);
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"), State::Complete);
        QCOMPARE(parser.bodyBytes(), 1);
        QCOMPARE(parser.expectedBodyLength(), 1);
    }

    void capturesFromRealServers()
    {
        // Bytes captured from nginx and httpbin (the fuzz seeds; their first byte is a mode byte).
        const auto capture = [](const char *name) {
            QFile file(qEnvironmentVariable("WB_SOURCE_DIR") +
                       QStringLiteral("/tests/fuzz/corpus/responseparser/") + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                return QByteArray();
            return file.readAll().mid(1);
        };
        const QByteArray pipelined = capture("nginx-keepalive-pipelined.http");
        QVERIFY(!pipelined.isEmpty());
        Options open;
        open.finishAtEnd = false;
        const Outcome first = parseAllWays(pipelined, open);
        QCOMPARE(first.state, State::Complete);
        QCOMPARE(first.head.status, 200);
        QCOMPARE(first.body, QByteArray("hello from nginx\n"));
        QVERIFY(first.keepAlive);
        const Outcome second = parseAllWays(pipelined.mid(first.consumed));
        QCOMPARE(second.state, State::Complete);
        QCOMPARE(second.head.status, 404);
        QVERIFY(!second.keepAlive); // Connection: close
        QCOMPARE(second.consumed, pipelined.size() - first.consumed);

        const Outcome chunked = parseAllWays(capture("httpbin-stream-chunked.http"));
        QCOMPARE(chunked.state, State::Complete);
        QCOMPARE(chunked.body.count('\n'), 3);
        QVERIFY(chunked.warnings.isEmpty());

        Options head;
        head.method = "HEAD";
        const Outcome headOnly = parseAllWays(capture("nginx-head.http"), head);
        QCOMPARE(headOnly.state, State::Complete);
        QCOMPARE(headOnly.head.header("Content-Length"), QByteArray("3000"));
        QVERIFY(headOnly.body.isEmpty());
    }

    void randomGarbageNeverHangs()
    {
        QRandomGenerator rng(7);
        int failed = 0;
        int cutShort = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray input = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
            const int extra = int(rng.bounded(200));
            for (int i = 0; i < extra; ++i)
                input += "0123456789abcdef\r\n;: \t"[rng.bounded(23)];
            // Fed whole (or in pieces) without the end of the connection: the head is complete,
            // so the parser is past it, and it never stops in between without a reason.
            Options open;
            open.finishAtEnd = false;
            const Outcome fed = parseAllWays(input, open);
            QVERIFY2(fed.state != State::Head, qPrintable(fed.dump()));
            QCOMPARE(fed.head.status, 200);
            // Then the peer closes: a finished outcome stays as it was; a chunked body cut short
            // fails with a sentence.
            const Outcome closed = parseAllWays(input);
            switch (fed.state) {
            case State::Complete:
                QCOMPARE(closed.state, State::Complete);
                QCOMPARE(closed.body, fed.body);
                QVERIFY2(closed.error.isEmpty(), qPrintable(closed.dump()));
                break;
            case State::Failed:
                ++failed;
                QCOMPARE(closed.state, State::Failed);
                QCOMPARE(closed.error, fed.error);
                QVERIFY2(!fed.error.isEmpty() && fed.error != QLatin1String("<wrong category>"),
                         qPrintable(fed.dump()));
                QVERIFY2(fed.errorOffset >= 0 && fed.errorOffset <= input.size(),
                         qPrintable(fed.dump()));
                break;
            case State::Body:
                ++cutShort;
                QCOMPARE(closed.state, State::Failed);
                QVERIFY2(!closed.error.isEmpty(), qPrintable(closed.dump()));
                break;
            case State::Head:
                break;
            }
        }
        // With this seed both kinds of garbage occur: the checks above did run.
        QVERIFY(failed > 0);
        QVERIFY(cutShort > 0);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
