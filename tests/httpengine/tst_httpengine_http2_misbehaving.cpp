// The engine against an HTTP/2 server that breaks the protocol on purpose (tests/support/
// h2misbehave.py, one scenario per case): each exchange must end with the right error category and
// a message that names the HTTP/2 error code and the stream, quickly (no hang), with bounded
// memory, and where the rule says so with a GOAWAY that the server saw.

#include "tests/httpengine/http2testutil.h"
#include "tests/support/h2misbehaveserver.h"
#include "tests/support/testcertificates.h"

#include <QSet>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

constexpr qint64 memoryLimitMb = streamingMemoryLimitMb();

struct Outcome
{
    ExchangeChain chain;
    qint64 elapsedMs = 0;
    qint64 memoryGrowthMb = 0;

    bool finished() const { return !chain.isEmpty(); }
    const Exchange &exchange() const { return chain.last(); }
};

RequestSpec h2c(const H2MisbehaveServer &server, const QString &path = QStringLiteral("/"))
{
    return withProtocol(get(server.url(path)), HttpProtocol::Http2PriorKnowledge);
}

Outcome run(const RequestSpec &spec, const SendOptions &options = {}, int waitMs = 30000)
{
    HttpEngine engine;
    Outcome outcome;
    const PeakRssGrowth memory;
    QElapsedTimer clock;
    clock.start();
    outcome.chain = sendAndWait(engine, spec, options, waitMs);
    outcome.elapsedMs = clock.elapsed();
    outcome.memoryGrowthMb = memory.growthMb();
    removeSpills(outcome.chain);
    return outcome;
}

bool hasFrame(const Exchange &e, bool outgoing, quint8 type)
{
    return std::any_of(e.frames.cbegin(), e.frames.cend(), [&](const Http2Frame &f) {
        return f.outgoing == outgoing && f.type == type;
    });
}

// The code of the GOAWAY the client sent, as the server reported it ("1"), or empty.
QString goawayCodeSeen(const H2MisbehaveServer &server)
{
    const auto seen = server.events(QStringLiteral("goaway-received"));
    return seen.isEmpty() ? QString() : seen.first().fields.value(QStringLiteral("code"));
}

} // namespace

// A connection error: Protocol, the code and (when the rule concerns one) the stream named, our
// GOAWAY with that code in the frame log and seen by the server, all within `boundMs`.
#define VERIFY_CONNECTION_ERROR(server, outcome, codeName, codeNumber, boundMs)                    \
    do {                                                                                           \
        QVERIFY2((outcome).finished(), "the exchange did not end: a hang");                        \
        const Exchange &wbE = (outcome).exchange();                                                \
        QCOMPARE(wbE.error.category, ErrorCategory::Protocol);                                     \
        QVERIFY2(namesCodeAndStream(wbE.error.message, QStringLiteral(codeName)),                  \
                 qPrintable(wbE.error.message));                                                   \
        QVERIFY2((outcome).elapsedMs < (boundMs),                                                  \
                 qPrintable(QStringLiteral("took %1 ms").arg((outcome).elapsedMs)));               \
        QVERIFY(hasFrame(wbE, true, 0x7));                                                         \
        QTRY_COMPARE_WITH_TIMEOUT(goawayCodeSeen(server), QStringLiteral(codeNumber), 5000);       \
        QVERIFY2((outcome).memoryGrowthMb < memoryLimitMb,                                         \
                 qPrintable(QStringLiteral("memory grew %1 MB").arg((outcome).memoryGrowthMb)));   \
    } while (false)

class TestHttpEngineHttp2Misbehaving : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("no_proxy", "*"); }

    void wellBehavedServerWorks()
    {
        H2MisbehaveServer server(QStringLiteral("ok"));
        WB_START_FIXTURE(server);
        const Outcome small = run(h2c(server));
        QVERIFY(small.finished());
        QVERIFY2(small.exchange().succeeded(), qPrintable(small.exchange().error.toString()));
        QCOMPARE(small.exchange().httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(small.exchange().responseBody.bytes, QByteArray("hello from h2misbehave\n"));
        QCOMPARE(small.exchange().response.header("server"), QByteArray("h2misbehave"));

        const Outcome large = run(h2c(server, QStringLiteral("/bytes/5000000")));
        QVERIFY2(large.exchange().succeeded(), qPrintable(large.exchange().error.toString()));
        QCOMPARE(large.exchange().responseBody.size, 5000000);

        RequestSpec post = h2c(server, QStringLiteral("/echo"));
        post.method = QStringLiteral("POST");
        post.body.kind = RequestBody::Kind::Raw;
        post.body.raw = randomBytes(300000, 9);
        const Outcome echoed = run(post);
        QVERIFY2(echoed.exchange().succeeded(), qPrintable(echoed.exchange().error.toString()));
        QVERIFY(bodyEquals(echoed.exchange().responseBody, post.body.raw));
        QTRY_COMPARE_WITH_TIMEOUT(server.events(QStringLiteral("request")).size(), 3, 5000);
    }

    void wellBehavedServerOverTls()
    {
        TestCertificates pki;
        WB_CHECK_FIXTURE(pki.generate());
        H2MisbehaveServer::Options options;
        options.certificateFile = pki.certificate(QStringLiteral("server"));
        options.keyFile = pki.key(QStringLiteral("server"));
        H2MisbehaveServer server(options);
        WB_START_FIXTURE(server);
        RequestSpec spec = withProtocol(get(server.url()), HttpProtocol::Http2);
        spec.options.caFile = pki.caCertificate();
        const Outcome outcome = run(spec);
        QVERIFY(outcome.finished());
        QVERIFY2(outcome.exchange().succeeded(), qPrintable(outcome.exchange().error.toString()));
        QCOMPARE(outcome.exchange().tls.alpn, QByteArray("h2"));
        QCOMPARE(outcome.exchange().httpVersion, QByteArray("HTTP/2"));

        // The same server resetting the stream over TLS.
        options.scenario = QStringLiteral("rst-calm");
        H2MisbehaveServer calm(options);
        WB_START_FIXTURE(calm);
        spec.url = calm.url();
        const Outcome reset = run(spec);
        QVERIFY(reset.finished());
        QCOMPARE(reset.exchange().error.category, ErrorCategory::Protocol);
        QVERIFY2(namesCodeAndStream(reset.exchange().error.message,
                                    QStringLiteral("ENHANCE_YOUR_CALM"), 1),
                 qPrintable(reset.exchange().error.message));
    }

    void resetMidBody()
    {
        H2MisbehaveServer server(QStringLiteral("rst-mid-body"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        const Exchange &e = outcome.exchange();
        QCOMPARE(e.error.category, ErrorCategory::Protocol);
        QVERIFY2(namesCodeAndStream(e.error.message, QStringLiteral("INTERNAL_ERROR"), 1),
                 qPrintable(e.error.message));
        QVERIFY(e.error.message.contains(QStringLiteral("RST_STREAM")));
        QCOMPARE(e.response.status, 200);
        QCOMPARE(e.responseBody.size, 16384); // what came before the reset is kept
        QVERIFY(hasFrame(e, false, 0x3));
        QVERIFY(outcome.elapsedMs < 5000);
    }

    void goawayWithLowLastStreamRetriesIdempotentRequests()
    {
        H2MisbehaveServer server(QStringLiteral("goaway-low"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        QElapsedTimer clock;
        clock.start();
        const QList<ExchangeChain> chains =
            sendAllAndWait(engine,
                           {h2c(server, QStringLiteral("/a")), h2c(server, QStringLiteral("/b")),
                            h2c(server, QStringLiteral("/c"))},
                           {}, 30000);
        for (const ExchangeChain &chain : chains) {
            QVERIFY2(!chain.isEmpty(), "a request did not end: a hang");
            QVERIFY2(chain.last().succeeded(), qPrintable(chain.last().error.toString()));
            QCOMPARE(chain.last().responseBody.bytes, QByteArray("hello from h2misbehave\n"));
        }
        QVERIFY(clock.elapsed() < 15000);
        // All three were open on the first connection when the GOAWAY (last_stream_id=1) came;
        // the two the server never processed were sent again on a second connection.
        const auto goaway = server.events(QStringLiteral("sent"));
        QCOMPARE(goaway.size(), 1);
        QCOMPARE(goaway.first().fields.value(QStringLiteral("open")), QStringLiteral("1,3,5"));
        QCOMPARE(server.connections(), 2);
        int onSecond = 0;
        for (const auto &request : server.events(QStringLiteral("request")))
            onSecond += request.connection == 2 ? 1 : 0;
        QCOMPARE(onSecond, 2);
    }

    void goawayWithLowLastStreamFailsNonIdempotentRequests()
    {
        H2MisbehaveServer server(QStringLiteral("goaway-low"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec post = h2c(server, QStringLiteral("/form"));
        post.method = QStringLiteral("POST");
        post.body.kind = RequestBody::Kind::Raw;
        post.body.raw = "x=1";
        const QList<ExchangeChain> chains = sendAllAndWait(engine, {post, post, post}, {}, 30000);
        int succeeded = 0;
        for (const ExchangeChain &chain : chains) {
            QVERIFY2(!chain.isEmpty(), "a request did not end: a hang");
            if (chain.last().succeeded()) {
                ++succeeded;
                continue;
            }
            // Not retried: the sentence says the server went away before processing it.
            QVERIFY2(chain.last().error.message.contains(QStringLiteral("GOAWAY")),
                     qPrintable(chain.last().error.message));
        }
        QCOMPARE(succeeded, 1);
        QCOMPARE(server.connections(), 1);
    }

    void goawayWithError()
    {
        H2MisbehaveServer server(QStringLiteral("goaway-error"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::Protocol);
        QVERIFY2(
            namesCodeAndStream(outcome.exchange().error.message, QStringLiteral("INTERNAL_ERROR")),
            qPrintable(outcome.exchange().error.message));
        QVERIFY(outcome.exchange().error.message.contains(QStringLiteral("GOAWAY")));
        QVERIFY(hasFrame(outcome.exchange(), false, 0x7));
        QVERIFY(outcome.elapsedMs < 5000);
    }

    void dataOnStreamZero()
    {
        H2MisbehaveServer server(QStringLiteral("data-stream0"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        VERIFY_CONNECTION_ERROR(server, outcome, "PROTOCOL_ERROR", "1", 5000);
    }

    void badHpack()
    {
        H2MisbehaveServer server(QStringLiteral("bad-hpack"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        VERIFY_CONNECTION_ERROR(server, outcome, "COMPRESSION_ERROR", "9", 5000);
    }

    void frameLargerThanMaxFrameSize()
    {
        H2MisbehaveServer server(QStringLiteral("oversized-frame"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        VERIFY_CONNECTION_ERROR(server, outcome, "FRAME_SIZE_ERROR", "6", 5000);
    }

    void flowControlViolation()
    {
        H2MisbehaveServer server(QStringLiteral("flow-control"));
        WB_START_FIXTURE(server);
        SendOptions options;
        options.wireCaptureLimit = 64 * 1024;
        const Outcome outcome = run(h2c(server), options);
        VERIFY_CONNECTION_ERROR(server, outcome, "FLOW_CONTROL_ERROR", "3", 15000);
    }

    void silentServerHitsIdleTimeout()
    {
        H2MisbehaveServer server(QStringLiteral("silent"));
        WB_START_FIXTURE(server);
        RequestSpec spec = h2c(server);
        spec.options.idleTimeoutMs = 500;
        const Outcome outcome = run(spec);
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::Timeout);
        QVERIFY(outcome.elapsedMs < 5000);
        QVERIFY(outcome.elapsedMs >= 400);
        QCOMPARE(server.events(QStringLiteral("request")).size(), 1);
    }

    void silentServerHitsTotalTimeout()
    {
        H2MisbehaveServer server(QStringLiteral("silent"));
        WB_START_FIXTURE(server);
        RequestSpec spec = h2c(server);
        spec.options.totalTimeoutMs = 800;
        const Outcome outcome = run(spec);
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::Timeout);
        QVERIFY(outcome.elapsedMs < 5000);
    }

    void endlessBodyHitsTotalTimeoutWithFlatMemory_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("to /dev/null") << QStringLiteral("/dev/null");
        QTest::newRow("spilled to a file") << QString();
    }
    void endlessBodyHitsTotalTimeoutWithFlatMemory()
    {
        QFETCH(QString, output);
        H2MisbehaveServer server(QStringLiteral("endless-body"));
        WB_START_FIXTURE(server);
        RequestSpec spec = h2c(server);
        spec.options.totalTimeoutMs = 3000;
        SendOptions options;
        options.bodyOutputFile = output;
        options.wireCaptureLimit = 64 * 1024;
        const Outcome outcome = run(spec, options);
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::Timeout);
        QVERIFY(outcome.exchange().responseBody.size > 1024 * 1024);
        QVERIFY(outcome.elapsedMs < 10000);
        QVERIFY2(outcome.memoryGrowthMb < memoryLimitMb,
                 qPrintable(QStringLiteral("memory grew %1 MB for %2 bytes")
                                .arg(outcome.memoryGrowthMb)
                                .arg(outcome.exchange().responseBody.size)));
    }

    void gzipBombHitsDecodedLimit()
    {
        H2MisbehaveServer server(QStringLiteral("gzip-bomb"));
        WB_START_FIXTURE(server);
        RequestSpec spec = h2c(server);
        spec.options.maxDecodedBytes = 1024 * 1024;
        const Outcome outcome = run(spec);
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::LimitExceeded);
        QVERIFY(outcome.exchange().responseBody.size <= 2 * 1024 * 1024);
        QVERIFY(outcome.elapsedMs < 15000);
        QVERIFY(outcome.memoryGrowthMb < memoryLimitMb);
    }

    void hpackBombHitsHeaderListLimit()
    {
        H2MisbehaveServer server(QStringLiteral("hpack-bomb"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::LimitExceeded);
        QVERIFY(outcome.elapsedMs < 10000);
        QVERIFY2(outcome.memoryGrowthMb < memoryLimitMb,
                 qPrintable(QStringLiteral("memory grew %1 MB").arg(outcome.memoryGrowthMb)));
        // The decoded list was never kept whole: 256 MiB of headers would not fit the limit.
        QVERIFY(outcome.exchange().response.headers.size() < 10000);
    }

    void continuationFloodHitsLimit()
    {
        H2MisbehaveServer server(QStringLiteral("continuation-flood"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::LimitExceeded);
        QVERIFY(outcome.elapsedMs < 10000);
        QVERIFY(outcome.memoryGrowthMb < memoryLimitMb);
        int continuations = 0;
        for (const Http2Frame &f : outcome.exchange().frames)
            continuations += (!f.outgoing && f.type == 0x9) ? 1 : 0;
        QVERIFY(continuations < 100000); // stopped long before the flood ended
    }

    void rstStreamEnhanceYourCalm()
    {
        H2MisbehaveServer server(QStringLiteral("rst-calm"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        const Exchange &e = outcome.exchange();
        QCOMPARE(e.error.category, ErrorCategory::Protocol);
        QVERIFY2(namesCodeAndStream(e.error.message, QStringLiteral("ENHANCE_YOUR_CALM"), 1),
                 qPrintable(e.error.message));
        QVERIFY(hasFrame(e, false, 0x3));
        QVERIFY(outcome.elapsedMs < 5000);
    }

    void refusedStreamEndsAfterBoundedRetries()
    {
        H2MisbehaveServer server(QStringLiteral("refused-stream"));
        WB_START_FIXTURE(server);
        const Outcome outcome = run(h2c(server));
        QVERIFY2(outcome.finished(), "the exchange did not end: a hang");
        QCOMPARE(outcome.exchange().error.category, ErrorCategory::Protocol);
        QVERIFY2(
            namesCodeAndStream(outcome.exchange().error.message, QStringLiteral("REFUSED_STREAM")),
            qPrintable(outcome.exchange().error.message));
        QVERIFY(outcome.elapsedMs < 15000);
        QVERIFY(server.events(QStringLiteral("request")).size() <= 5);
    }

    void cancelResetsOneStreamAndLeavesTheOthers()
    {
        H2MisbehaveServer server(QStringLiteral("endless-body"));
        WB_START_FIXTURE(server);
        HttpEngine engine;
        RequestSpec spec = h2c(server);
        spec.options.totalTimeoutMs = 2500;
        SendOptions options;
        options.bodyOutputFile = QStringLiteral("/dev/null");
        options.wireCaptureLimit = 64 * 1024;
        const auto cancelledHandle = engine.send(spec, options);
        const auto keptHandle = engine.send(spec, options);
        QSignalSpy cancelledSpy(cancelledHandle.get(), &ExchangeHandle::finished);
        QSignalSpy keptSpy(keptHandle.get(), &ExchangeHandle::finished);
        const quint64 cancelled = cancelledHandle->id();
        const quint64 kept = keptHandle->id();
        QTRY_COMPARE_WITH_TIMEOUT(server.events(QStringLiteral("request")).size(), 2, 5000);
        QTest::qWait(300);
        cancelledHandle->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelledSpy.size() + keptSpy.size(), 2, 10000);
        QHash<quint64, Exchange> ends;
        ends.insert(cancelled, cancelledSpy.first().at(0).value<ExchangeChain>().last());
        ends.insert(kept, keptSpy.first().at(0).value<ExchangeChain>().last());
        QCOMPARE(ends.value(cancelled).error.category, ErrorCategory::Cancelled);
        QCOMPARE(ends.value(kept).error.category, ErrorCategory::Timeout); // it ran on
        QCOMPARE(ends.value(kept).localPort, ends.value(cancelled).localPort);
        // RST_STREAM CANCEL (0x8) for the cancelled stream only; the connection stayed up.
        const auto resets = server.events(QStringLiteral("rst-received"));
        QVERIFY(!resets.isEmpty());
        QCOMPARE(resets.first().fields.value(QStringLiteral("code")), QStringLiteral("8"));
        QCOMPARE(resets.first().fields.value(QStringLiteral("stream")),
                 QString::number(outgoingHeaderStreams(ends.value(cancelled)).value(0)));
        QCOMPARE(server.connections(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpEngineHttp2Misbehaving)
#include "tst_httpengine_http2_misbehaving.moc"
