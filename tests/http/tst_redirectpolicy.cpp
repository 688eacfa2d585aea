#include "core/http/redirectpolicy.h"

#include <QTest>

using namespace wb;
using namespace wb::http;

namespace {

ResponseHead redirect(int status, const QByteArray &location)
{
    ResponseHead head;
    head.version = "HTTP/1.1";
    head.status = status;
    if (!location.isNull())
        head.headers.append({"Location", location});
    return head;
}

} // namespace

class TestRedirectPolicy : public QObject
{
    Q_OBJECT

private slots:
    void isRedirect()
    {
        for (int status : {301, 302, 303, 307, 308})
            QVERIFY(RedirectPolicy::isRedirect(redirect(status, "/x")));
        QVERIFY(!RedirectPolicy::isRedirect(redirect(300, "/x")));
        QVERIFY(!RedirectPolicy::isRedirect(redirect(304, "/x")));
        QVERIFY(!RedirectPolicy::isRedirect(redirect(302, QByteArray())));
        RequestSpec spec;
        QVERIFY(RedirectPolicy::shouldFollow(spec, redirect(302, "/x")));
        spec.options.followRedirects = false;
        QVERIFY(!RedirectPolicy::shouldFollow(spec, redirect(302, "/x")));
    }

    void methodRewriting_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("nextMethod");
        QTest::addColumn<bool>("dropBody");
        QTest::newRow("301 POST") << 301 << QByteArray("POST") << QByteArray("GET") << true;
        QTest::newRow("302 POST") << 302 << QByteArray("POST") << QByteArray("GET") << true;
        QTest::newRow("302 PUT") << 302 << QByteArray("PUT") << QByteArray("PUT") << false;
        QTest::newRow("301 GET") << 301 << QByteArray("GET") << QByteArray("GET") << false;
        QTest::newRow("303 POST") << 303 << QByteArray("POST") << QByteArray("GET") << true;
        QTest::newRow("303 DELETE") << 303 << QByteArray("DELETE") << QByteArray("GET") << true;
        QTest::newRow("303 HEAD") << 303 << QByteArray("HEAD") << QByteArray("HEAD") << false;
        QTest::newRow("303 GET") << 303 << QByteArray("GET") << QByteArray("GET") << true;
        QTest::newRow("307 POST") << 307 << QByteArray("POST") << QByteArray("POST") << false;
        QTest::newRow("308 PATCH") << 308 << QByteArray("PATCH") << QByteArray("PATCH") << false;
        QTest::newRow("307 custom") << 307 << QByteArray("PURGE") << QByteArray("PURGE") << false;
    }

    void methodRewriting()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        auto hop = RedirectPolicy::nextHop(QStringLiteral("http://h/a/b"), method,
                                           redirect(status, "c?d=1"), 0, 10);
        QVERIFY2(hop.ok(), qPrintable(hop.error().message));
        QCOMPARE(hop->url, QStringLiteral("http://h/a/c?d=1"));
        QTEST(hop->method, "nextMethod");
        QTEST(hop->dropBody, "dropBody");
        QVERIFY(!hop->crossOrigin);
    }

    void crossOrigin()
    {
        const QString base = QStringLiteral("https://api.example.com/v1");
        auto sameHost = RedirectPolicy::nextHop(
            base, "GET", redirect(302, "https://API.example.com:443/v2"), 0, 10);
        QVERIFY(!sameHost->crossOrigin);
        for (const QByteArray &location :
             {QByteArray("http://api.example.com/v2"),
              QByteArray("https://api.example.com:8443/v2"), QByteArray("//cdn.example.com/v2")}) {
            auto hop = RedirectPolicy::nextHop(base, "GET", redirect(302, location), 0, 10);
            QVERIFY(hop.ok());
            QVERIFY2(hop->crossOrigin, location.constData());
        }
        QVERIFY(RedirectPolicy::sameOrigin(QStringLiteral("http://h"),
                                           QStringLiteral("HTTP://H:80/x")));
        QVERIFY(
            !RedirectPolicy::sameOrigin(QStringLiteral("http://h"), QStringLiteral("https://h")));
    }

    void specForHop()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("http://a.example/login");
        spec.headers = {{QStringLiteral("Content-Type"), QStringLiteral("text/plain")},
                        {QStringLiteral("Authorization"), QStringLiteral("Bearer t")},
                        {QStringLiteral("X-Keep"), QStringLiteral("1")},
                        {QStringLiteral("cookie"), QStringLiteral("a=1")},
                        {QStringLiteral("Content-Length"), QStringLiteral("4")}};
        spec.body.kind = RequestBody::Kind::Raw;
        spec.body.raw = "body";
        spec.auth.kind = AuthSpec::Kind::Basic;
        spec.auth.username = QStringLiteral("u");

        auto sameOrigin = RedirectPolicy::nextHop(spec.url, "POST", redirect(303, "/home"), 0, 5);
        RequestSpec next = RedirectPolicy::specForHop(spec, sameOrigin.value());
        QCOMPARE(next.method, QStringLiteral("GET"));
        QCOMPARE(next.url, QStringLiteral("http://a.example/home"));
        QCOMPARE(next.body.kind, RequestBody::Kind::None);
        QCOMPARE(next.headers.size(), 3);
        QCOMPARE(next.headers.at(0).name, QStringLiteral("Authorization"));
        QCOMPARE(next.auth.kind, AuthSpec::Kind::Basic);

        auto other = RedirectPolicy::nextHop(spec.url, "POST",
                                             redirect(307, "http://b.example/login"), 0, 5);
        next = RedirectPolicy::specForHop(spec, other.value());
        QCOMPARE(next.method, QStringLiteral("POST"));
        QCOMPARE(next.body.raw, QByteArray("body"));
        QCOMPARE(next.auth.kind, AuthSpec::Kind::None);
        QStringList names;
        for (const HeaderField &h : next.headers)
            names << h.name;
        QCOMPARE(names, QStringList({"Content-Type", "X-Keep", "Content-Length"}));
    }

    void errors()
    {
        auto noLocation = RedirectPolicy::nextHop(QStringLiteral("http://h/"), "GET",
                                                  redirect(302, QByteArray()), 0, 10);
        QVERIFY(!noLocation.ok());
        QCOMPARE(noLocation.error().category, ErrorCategory::Protocol);
        auto tooMany = RedirectPolicy::nextHop(QStringLiteral("http://h/"), "GET",
                                               redirect(302, "/loop"), 10, 10);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().category, ErrorCategory::LimitExceeded);
        QVERIFY(tooMany.error().message.contains(QStringLiteral("http://h/loop")));
        auto badTarget = RedirectPolicy::nextHop(QStringLiteral("http://h/"), "GET",
                                                 redirect(301, "gopher://h/"), 0, 10);
        QVERIFY(!badTarget.ok());
    }
};

QTEST_GUILESS_MAIN(TestRedirectPolicy)
#include "tst_redirectpolicy.moc"
