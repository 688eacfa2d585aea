// The engine's cookie jar kept in the workspace database across runs, against a real httpbin:
// a cookie set in one run is sent by the next run's engine after a fresh store loads it.

#include "core/http/cookiejar.h"
#include "core/http/exchangehandle.h"
#include "core/http/httpengine.h"
#include "core/store/cookiesync.h"
#include "core/store/workspacestore.h"
#include "tests/support/httpbinserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wb;

namespace {

// One run of the application's HTTP side: an engine, the store, and the cookie sync between.
struct Run
{
    explicit Run(const QString &workspace)
        : store(workspace)
        , cookies(&store, engine.cookieJar())
    {
        store.start();
        QObject::connect(&engine, &http::HttpEngine::cookiesChanged, &cookies,
                         &store::CookieSync::changed);
    }

    // Sends a GET and waits (bounded) for its chain.
    http::ExchangeChain get(const QString &url)
    {
        http::RequestSpec spec;
        spec.url = url;
        spec.options.followRedirects = false;
        const std::unique_ptr<http::ExchangeHandle> exchange = engine.send(spec);
        QSignalSpy finished(exchange.get(), &http::ExchangeHandle::finished);
        if (!finished.wait(15000))
            return {};
        return finished.first().at(0).value<http::ExchangeChain>();
    }

    http::HttpEngine engine;
    store::WorkspaceStore store;
    store::CookieSync cookies;
};

} // namespace

class TestCookieSync : public QObject
{
    Q_OBJECT

private slots:
    void cookiesSurviveARestart()
    {
        test::HttpbinServer httpbin;
        WB_START_FIXTURE(httpbin);
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        {
            Run first(workspace.path());
            QSignalSpy loaded(&first.cookies, &store::CookieSync::loaded);
            first.cookies.load();
            QVERIFY(loaded.wait(5000));
            QCOMPARE(loaded.first().at(0).toInt(), 0);
            QSignalSpy changed(&first.engine, &http::HttpEngine::cookiesChanged);
            const auto set = first.get(httpbin.baseUrl() +
                                       QStringLiteral("/cookies/set?session=abc123&theme=dark"));
            QVERIFY(!set.isEmpty());
            QVERIFY2(set.last().succeeded(), qPrintable(set.last().error.message));
            QCOMPARE(first.engine.cookieJar()->count(), 2);
            QCOMPARE(changed.size(), 1); // the response set cookies
            QVERIFY(!first.get(httpbin.baseUrl() + QStringLiteral("/get")).isEmpty());
            QCOMPARE(changed.size(), 1); // this one set none
            // The run ends before the debounced save: the destructor writes what is unsaved.
        }
        Run second(workspace.path());
        QCOMPARE(second.engine.cookieJar()->count(), 0);
        QSignalSpy loaded(&second.cookies, &store::CookieSync::loaded);
        second.cookies.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).toInt(), 2);
        const auto echoed = second.get(httpbin.baseUrl() + QStringLiteral("/cookies"));
        QVERIFY(!echoed.isEmpty());
        const QJsonObject sent = QJsonDocument::fromJson(echoed.last().responseBody.head(1 << 16))
                                     .object()
                                     .value(QStringLiteral("cookies"))
                                     .toObject();
        QCOMPARE(sent.value(QStringLiteral("session")).toString(), QStringLiteral("abc123"));
        QCOMPARE(sent.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    }

    void cookiesTheJarHoldsWinOverStoredOnes()
    {
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        {
            Run first(workspace.path());
            first.engine.cookieJar()->store(QStringLiteral("http://app.test/"),
                                            {"token=old; Path=/; Max-Age=3600"});
            first.cookies.saveNow();
        }
        Run second(workspace.path());
        second.engine.cookieJar()->store(QStringLiteral("http://app.test/"),
                                         {"token=new; Path=/; Max-Age=3600"});
        QSignalSpy loaded(&second.cookies, &store::CookieSync::loaded);
        second.cookies.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).toInt(), 0);
        QCOMPARE(second.engine.cookieJar()->cookieHeaderFor(QStringLiteral("http://app.test/")),
                 QByteArray("token=new"));
    }
};

QTEST_MAIN(TestCookieSync)
#include "tst_cookiesync.moc"
