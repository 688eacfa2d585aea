#include "core/http/cookiejar.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace wb::http;

class TestCookieJar : public QObject
{
    Q_OBJECT

private slots:
    void hostOnlyAndDomain()
    {
        CookieJar jar;
        jar.store(QStringLiteral("http://www.example.com/a/b"),
                  {"host=1", "dom=2; Domain=example.com", "other=3; Domain=other.com"});
        QCOMPARE(jar.count(), 2);
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://www.example.com/a/x")),
                 QByteArray("host=1; dom=2"));
        // Host-only cookies stay with their host; domain cookies go to subdomains too.
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://api.example.com/a/")),
                 QByteArray("dom=2"));
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://example.com/a/")), QByteArray("dom=2"));
        QVERIFY(jar.cookieHeaderFor(QStringLiteral("http://other.com/")).isEmpty());
        QVERIFY(jar.cookieHeaderFor(QStringLiteral("http://badexample.com/a/")).isEmpty());
    }

    void publicSuffixRefused()
    {
        CookieJar jar;
        jar.store(QStringLiteral("http://www.example.co.uk/"), {"a=1; Domain=co.uk"});
        jar.store(QStringLiteral("http://www.example.com/"), {"b=1; Domain=com"});
        QCOMPARE(jar.count(), 0);
    }

    void paths()
    {
        CookieJar jar;
        // Default path: the request path up to its last '/'.
        jar.store(QStringLiteral("http://h/docs/page.html"),
                  {"def=1", "root=2; Path=/", "deep=3; Path=/docs/api"});
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://h/docs/api/x")),
                 QByteArray("deep=3; def=1; root=2"));
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://h/docs/")),
                 QByteArray("def=1; root=2"));
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://h/docsx")), QByteArray("root=2"));
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://h/")), QByteArray("root=2"));
    }

    void secureAndExpiry()
    {
        CookieJar jar;
        jar.store(QStringLiteral("https://h/"), {"s=1; Secure", "plain=2", "gone=3; Max-Age=0",
                                                 "old=4; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
                                                 "later=5; Expires=Wed, 21 Oct 2099 07:28:00 GMT"});
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("https://h/")),
                 QByteArray("s=1; plain=2; later=5"));
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://h/")), QByteArray("plain=2; later=5"));
        // A later Max-Age=0 deletes a stored cookie; a new value replaces the old one.
        jar.store(QStringLiteral("https://h/"), {"plain=2; Max-Age=0", "later=6"});
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("https://h/")), QByteArray("s=1; later=6"));
    }

    void listRemoveClear()
    {
        CookieJar jar;
        jar.store(QStringLiteral("http://h:8080/"), {"a=1", "b=2"});
        QCOMPARE(jar.count(), 2);
        // Cookies do not depend on the port (RFC 6265 §8.5).
        QCOMPARE(jar.cookieHeaderFor(QStringLiteral("http://h:9090/")), QByteArray("a=1; b=2"));
        const QList<QNetworkCookie> all = jar.cookies();
        QVERIFY(jar.remove(all.first()));
        QCOMPARE(jar.count(), 1);
        jar.setCookies(all);
        QCOMPARE(jar.count(), 2);
        jar.clear();
        QCOMPARE(jar.count(), 0);
        QVERIFY(jar.cookieHeaderFor(QStringLiteral("http://h/")).isEmpty());
        // Junk does not crash or store anything.
        jar.store(QStringLiteral("not a url at all ::"), {"a=1"});
        jar.store(QStringLiteral("http://h/"), {"", ";;;", "=novalue"});
        QVERIFY(jar.count() <= 1);
        jar.clear();
        // A value with a control character is ignored as a whole (RFC 6265bis).
        jar.store(QStringLiteral("http://h/"), {"a=1\r; b=2", QByteArray("c=\0", 3), "d=\x7f"});
        QCOMPARE(jar.count(), 0);
    }

    void threadSafe()
    {
        CookieJar jar;
        std::atomic<bool> failed = false;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&jar, &failed, t] {
                for (int i = 0; i < 500; ++i) {
                    const QString url = QStringLiteral("http://h%1.example/").arg(t);
                    jar.store(url,
                              {"n" + QByteArray::number(i % 20) + "=" + QByteArray::number(i)});
                    if (jar.cookieHeaderFor(url).isEmpty())
                        failed = true;
                }
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY(!failed);
        QCOMPARE(jar.count(), 80);
    }
};

QTEST_GUILESS_MAIN(TestCookieJar)
#include "tst_cookiejar.moc"
