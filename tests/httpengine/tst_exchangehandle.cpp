// The handle send() returns: each exchange's events reach its own handle only, cancel() and
// dropping the handle stop the exchange, and the engine survives every order of destruction.

#include "tests/httpengine/enginetestutil.h"
#include "tests/httpengine/scriptedserver.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

// Everything one handle reported.
struct Events
{
    explicit Events(ExchangeHandle *handle)
    {
        QObject::connect(handle, &ExchangeHandle::started, handle, [this] { ++started; });
        QObject::connect(handle, &ExchangeHandle::phaseReached, handle,
                         [this](ExchangePhase phase) { phases.append(phase); });
        QObject::connect(handle, &ExchangeHandle::headReceived, handle,
                         [this](const ResponseHead &head) { heads.append(head); });
        QObject::connect(handle, &ExchangeHandle::bodyProgress, handle,
                         [this](qint64 received, qint64) { progress.append(received); });
        QObject::connect(handle, &ExchangeHandle::finished, handle,
                         [this](const ExchangeChain &chain) { finished.append(chain); });
    }

    int started = 0;
    QList<ExchangePhase> phases;
    QList<ResponseHead> heads;
    QList<qint64> progress;
    QList<ExchangeChain> finished;
};

QByteArray response(const QByteArray &which)
{
    return "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nX-Which: " + which + "\r\n\r\n" + which.left(1);
}

} // namespace

class TestExchangeHandle : public QObject
{
    Q_OBJECT

private slots:
    void twoExchangesInFlightEachGetOnlyTheirOwnEvents()
    {
        QList<QTcpSocket *> waiting;
        QList<QByteArray> paths;
        ScriptedServer *serverPointer = nullptr;
        ScriptedServer server([&](QTcpSocket *socket, int, int) {
            waiting.append(socket);
            if (waiting.size() < 2)
                return;
            // Both requests are in: answer the later one first, by what each asked for.
            const QList<QByteArray> &requests = serverPointer->requests();
            for (qsizetype i = waiting.size() - 1; i >= 0; --i) {
                const bool isA = requests.at(i).startsWith("GET /a ");
                waiting.at(i)->write(response(isA ? "a" : "b"));
            }
        });
        serverPointer = &server;
        HttpEngine engine;
        const std::unique_ptr<ExchangeHandle> a = engine.send(get(server.url("/a")));
        const std::unique_ptr<ExchangeHandle> b = engine.send(get(server.url("/b")));
        QVERIFY(a->id() != b->id());
        QVERIFY(a->id() != 0 && b->id() != 0);
        const Events eventsA(a.get());
        const Events eventsB(b.get());
        QTRY_VERIFY_WITH_TIMEOUT(eventsA.finished.size() == 1 && eventsB.finished.size() == 1,
                                 10000);
        QCOMPARE(server.connections(), 2); // in flight together: one connection each
        QTest::qWait(50);                  // nothing more arrives after finished
        for (const auto &[events, which] :
             {std::pair{&eventsA, QByteArray("a")}, std::pair{&eventsB, QByteArray("b")}}) {
            QCOMPARE(events->finished.size(), 1);
            const Exchange &last = events->finished.first().last();
            QVERIFY2(last.succeeded(), qPrintable(last.error.toString()));
            QCOMPARE(last.response.header("X-Which"), which);
            QCOMPARE(last.url, server.url(QStringLiteral("/") + QString::fromLatin1(which)));
            QCOMPARE(events->started, 1);
            QCOMPARE(events->heads.size(), 1);
            QCOMPARE(events->heads.first().header("X-Which"), which);
            QCOMPARE(events->phases.count(ExchangePhase::Queued), 1);
            QCOMPARE(events->phases.count(ExchangePhase::Connecting), 1);
            QCOMPARE(events->phases.count(ExchangePhase::Finished), 1);
            QCOMPARE(events->phases.first(), ExchangePhase::Queued);
            QCOMPARE(events->phases.last(), ExchangePhase::Finished);
        }
        QVERIFY(a->isFinished());
        QVERIFY(b->isFinished());
    }

    void onlyTheEventsAskedForAreReported()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) { s->write(response("x")); });
        HttpEngine engine;
        SendOptions quiet;
        quiet.events = {};
        SendOptions headsOnly;
        headsOnly.events = ExchangeEvent::HeadReceived;
        // A third exchange asks for everything, so every kind of event is on its way.
        const auto loud = engine.send(get(server.url("/loud")));
        const auto silent = engine.send(get(server.url("/silent")), quiet);
        const auto heads = engine.send(get(server.url("/heads")), headsOnly);
        QCOMPARE(silent->events(), ExchangeEvents());
        const QRegularExpression warning(QStringLiteral("was not sent asking for"));
        QTest::ignoreMessage(QtWarningMsg, warning);
        QSignalSpy silentPhases(silent.get(), &ExchangeHandle::phaseReached);
        QTest::ignoreMessage(QtWarningMsg, warning);
        QSignalSpy headsPhases(heads.get(), &ExchangeHandle::phaseReached);
        QSignalSpy headsHeads(heads.get(), &ExchangeHandle::headReceived);
        QSignalSpy loudPhases(loud.get(), &ExchangeHandle::phaseReached);
        QSignalSpy loudDone(loud.get(), &ExchangeHandle::finished);
        QSignalSpy silentDone(silent.get(), &ExchangeHandle::finished);
        QSignalSpy headsDone(heads.get(), &ExchangeHandle::finished);
        QTRY_VERIFY_WITH_TIMEOUT(
            loudDone.size() == 1 && silentDone.size() == 1 && headsDone.size() == 1, 10000);
        QVERIFY(loudPhases.size() >= 4);
        QCOMPARE(silentPhases.size(), 0);
        QCOMPARE(headsPhases.size(), 0);
        QCOMPARE(headsHeads.size(), 1);
        QVERIFY(silentDone.first().at(0).value<ExchangeChain>().last().succeeded());
    }

    void cancelThroughTheHandle()
    {
        ScriptedServer server([](QTcpSocket *, int, int) {}); // never answers
        HttpEngine engine;
        const auto handle = engine.send(get(server.url()));
        const Events events(handle.get());
        QTRY_VERIFY_WITH_TIMEOUT(events.phases.contains(ExchangePhase::Waiting), 5000);
        handle->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(events.finished.size(), 1, 5000);
        QCOMPARE(events.finished.first().last().error.category, ErrorCategory::Cancelled);
        handle->cancel(); // once finished: nothing happens
        QTest::qWait(50);
        QCOMPARE(events.finished.size(), 1);
    }

    void cancelBeforeTheEventLoopRuns()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) { s->write(response("x")); });
        HttpEngine engine;
        const auto handle = engine.send(get(server.url()));
        QSignalSpy finished(handle.get(), &ExchangeHandle::finished);
        handle->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<ExchangeChain>().last().error.category,
                 ErrorCategory::Cancelled);
    }

    void droppingTheHandleCancelsTheExchange()
    {
        QPointer<QTcpSocket> held;
        ScriptedServer server([&held](QTcpSocket *s, int, int) { held = s; }); // never answers
        HttpEngine engine;
        auto handle = engine.send(get(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(held, 5000);
        QSignalSpy closed(held.data(), &QTcpSocket::disconnected);
        handle.reset();
        QVERIFY(closed.wait(5000)); // the engine gave the connection up
        // The engine goes on serving others.
        ScriptedServer other([](QTcpSocket *s, int, int) { s->write(response("o")); });
        QVERIFY(sendAndWait(engine, get(other.url())).last().succeeded());
    }

    void droppingTheHandleFromItsOwnSignals()
    {
        QPointer<QTcpSocket> held;
        ScriptedServer server([&held](QTcpSocket *s, int, int) {
            held = s;
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello"); // and never the rest
        });
        HttpEngine engine;
        std::unique_ptr<ExchangeHandle> handle = engine.send(get(server.url()));
        bool headSeen = false;
        connect(handle.get(), &ExchangeHandle::headReceived, this, [&] {
            headSeen = true;
            handle.reset(); // from inside the handle's own signal
        });
        QTRY_VERIFY_WITH_TIMEOUT(headSeen, 5000);
        QVERIFY(!handle);
        QTRY_VERIFY_WITH_TIMEOUT(!held || held->state() == QAbstractSocket::UnconnectedState, 5000);

        // And from finished, the usual place.
        ScriptedServer quick([](QTcpSocket *s, int, int) { s->write(response("q")); });
        handle = engine.send(get(quick.url()));
        bool finishedSeen = false;
        connect(handle.get(), &ExchangeHandle::finished, this, [&] {
            finishedSeen = true;
            handle.reset();
        });
        QTRY_VERIFY_WITH_TIMEOUT(finishedSeen, 5000);
        QVERIFY(!handle);
    }

    void droppedBeforeTheEventLoopRuns()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) { s->write(response("x")); });
        HttpEngine engine;
        engine.send(get(server.url())).reset();
        // Nothing to receive its events; the engine stays usable.
        QVERIFY(sendAndWait(engine, get(server.url())).last().succeeded());
    }

    void handleMayOutliveTheEngine()
    {
        ScriptedServer server([](QTcpSocket *, int, int) {}); // never answers
        std::unique_ptr<ExchangeHandle> handle;
        {
            HttpEngine engine;
            handle = engine.send(get(server.url()));
            QTest::qWait(100);
        }
        QVERIFY(!handle->isFinished());
        handle->cancel(); // nothing to cancel any more
        handle.reset();
    }

    void callerThreadWithoutEventsStartsAtOnce()
    {
        ScriptedServer server([](QTcpSocket *s, int, int) { s->write(response("c")); });
        HttpEngine engine(HttpEngine::Threading::CallerThread);
        SendOptions options;
        options.events = {};
        for (int i = 0; i < 3; ++i) {
            const auto handle = engine.send(get(server.url()), options);
            QSignalSpy finished(handle.get(), &ExchangeHandle::finished);
            QCOMPARE(finished.size(), 0); // never before the caller could connect
            QVERIFY(finished.wait(5000));
            QVERIFY(finished.first().at(0).value<ExchangeChain>().last().succeeded());
        }
        // With events asked for, they arrive too.
        const auto handle = engine.send(get(server.url()));
        const Events events(handle.get());
        QTRY_COMPARE_WITH_TIMEOUT(events.finished.size(), 1, 5000);
        QCOMPARE(events.heads.size(), 1);
        QVERIFY(events.phases.contains(ExchangePhase::Waiting));
        QCOMPARE(server.connections(), 1); // kept alive throughout
    }
};

QTEST_MAIN(TestExchangeHandle)
#include "tst_exchangehandle.moc"
