#include "core/http/urlparser.h"

#include <QTest>

using namespace wb;
using namespace wb::http;

class TestUrlParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("hostHeader");
        QTest::addColumn<QByteArray>("originForm");
        QTest::addColumn<QByteArray>("authority");

        QTest::newRow("plain") << "http://example.com/a/b?c=d"
                               << "http"
                               << "example.com" << 80 << QByteArray("example.com")
                               << QByteArray("/a/b?c=d") << QByteArray("example.com:80");
        QTest::newRow("no scheme") << "example.com"
                                   << "http"
                                   << "example.com" << 80 << QByteArray("example.com")
                                   << QByteArray("/") << QByteArray("example.com:80");
        QTest::newRow("no scheme with port") << "localhost:8080/x"
                                             << "http"
                                             << "localhost" << 8080 << QByteArray("localhost:8080")
                                             << QByteArray("/x") << QByteArray("localhost:8080");
        QTest::newRow("https default port") << "HTTPS://Example.COM:443"
                                            << "https"
                                            << "example.com" << 443 << QByteArray("example.com")
                                            << QByteArray("/") << QByteArray("example.com:443");
        QTest::newRow("ipv6") << "http://[::1]:8080/p"
                              << "http"
                              << "::1" << 8080 << QByteArray("[::1]:8080") << QByteArray("/p")
                              << QByteArray("[::1]:8080");
        QTest::newRow("ipv6 default port") << "https://[2001:DB8::1]/"
                                           << "https"
                                           << "2001:db8::1" << 443 << QByteArray("[2001:db8::1]")
                                           << QByteArray("/") << QByteArray("[2001:db8::1]:443");
        QTest::newRow("idn") << "http://bücher.example/"
                             << "http"
                             << "xn--bcher-kva.example" << 80 << QByteArray("xn--bcher-kva.example")
                             << QByteArray("/") << QByteArray("xn--bcher-kva.example:80");
        QTest::newRow("percent kept") << "http://h/a%2Fb%20c?q=%7e&x=a+b"
                                      << "http"
                                      << "h" << 80 << QByteArray("h")
                                      << QByteArray("/a%2Fb%20c?q=%7e&x=a+b") << QByteArray("h:80");
        QTest::newRow("space encoded")
            << "http://h/a b?q=x y"
            << "http"
            << "h" << 80 << QByteArray("h") << QByteArray("/a%20b?q=x%20y") << QByteArray("h:80");
        QTest::newRow("utf8 path")
            << "http://h/ü?ä"
            << "http"
            << "h" << 80 << QByteArray("h") << QByteArray("/%C3%BC?%C3%A4") << QByteArray("h:80");
        QTest::newRow("lone percent")
            << "http://h/100%"
            << "http"
            << "h" << 80 << QByteArray("h") << QByteArray("/100%25") << QByteArray("h:80");
        QTest::newRow("fragment dropped")
            << "http://h/p?q#frag"
            << "http"
            << "h" << 80 << QByteArray("h") << QByteArray("/p?q") << QByteArray("h:80");
        QTest::newRow("query no path")
            << "http://h?x=1"
            << "http"
            << "h" << 80 << QByteArray("h") << QByteArray("/?x=1") << QByteArray("h:80");
        QTest::newRow("userinfo") << "http://u:p@h:81/"
                                  << "http"
                                  << "h" << 81 << QByteArray("h:81") << QByteArray("/")
                                  << QByteArray("h:81");
        QTest::newRow("dots kept")
            << "http://h/a/../b/./c"
            << "http"
            << "h" << 80 << QByteArray("h") << QByteArray("/a/../b/./c") << QByteArray("h:80");
        QTest::newRow("ipv6 zone") << "http://[fe80::1%25eth0]:8080/"
                                   << "http"
                                   << "fe80::1%eth0" << 8080 << QByteArray("[fe80::1]:8080")
                                   << QByteArray("/") << QByteArray("[fe80::1]:8080");
        QTest::newRow("ipv4") << "127.0.0.1:9"
                              << "http"
                              << "127.0.0.1" << 9 << QByteArray("127.0.0.1:9") << QByteArray("/")
                              << QByteArray("127.0.0.1:9");
    }

    void parse()
    {
        QFETCH(QString, url);
        auto target = UrlParser::parse(url);
        QVERIFY2(target.ok(), qPrintable(target.error().message));
        QTEST(target->scheme, "scheme");
        QTEST(target->host, "host");
        QTEST(int(target->port), "port");
        QTEST(target->hostHeader, "hostHeader");
        QTEST(target->originForm, "originForm");
        QTEST(target->authority, "authority");
    }

    void userInfo()
    {
        auto target = UrlParser::parse(QStringLiteral("https://us%40er:p%3Ass@w@h/"));
        QVERIFY(target.ok());
        QVERIFY(target->hasUserInfo);
        QCOMPARE(target->username, QStringLiteral("us@er"));
        QCOMPARE(target->password, QStringLiteral("p:ss@w"));
        QCOMPARE(target->host, QStringLiteral("h"));
        QVERIFY(target->isTls());
    }

    void helpers()
    {
        auto target = UrlParser::parse(QStringLiteral("http://[::1]:8080/x?y"));
        QVERIFY(target.ok());
        QCOMPARE(target->absoluteForm(), QByteArray("http://[::1]:8080/x?y"));
        QCOMPARE(target->originKey(), QStringLiteral("http://::1:8080"));
        QVERIFY(!target->isTls());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("ftp") << "ftp://h/"
                             << "ftp";
        QTest::newRow("no host") << "http:///path"
                                 << "no host";
        QTest::newRow("port zero") << "http://h:0/"
                                   << "port";
        QTest::newRow("port too big") << "http://h:65536/"
                                      << "65536";
        QTest::newRow("port letters") << "http://h:8o/"
                                      << "8o";
        QTest::newRow("bad ipv6") << "http://[::g]/"
                                  << "IPv6";
        QTest::newRow("unclosed ipv6") << "http://[::1/"
                                       << "]";
        QTest::newRow("bare ipv6") << "http://::1/"
                                   << "brackets";
        QTest::newRow("space in host") << "http://a b/"
                                       << "host";
        QTest::newRow("zone with control") << "http://[fe80::1%25\x02"
                                              "eth0]/"
                                           << "zone";
        QTest::newRow("nul in ipv6")
            << QString::fromUtf8("http://[fe80::1\0%25eth0]/", 25) << "IPv6";
    }

    void errors()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        auto target = UrlParser::parse(url);
        QVERIFY(!target.ok());
        QCOMPARE(target.error().category, ErrorCategory::InvalidInput);
        QVERIFY2(target.error().message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable(target.error().message));
    }

    void resolveRedirect_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("expected");
        const QString base = QStringLiteral("http://a/b/c/d;p?q");
        // RFC 3986 §5.4.1 and §5.4.2 examples.
        QTest::newRow("g") << base << QByteArray("g") << "http://a/b/c/g";
        QTest::newRow("./g") << base << QByteArray("./g") << "http://a/b/c/g";
        QTest::newRow("g/") << base << QByteArray("g/") << "http://a/b/c/g/";
        QTest::newRow("/g") << base << QByteArray("/g") << "http://a/g";
        QTest::newRow("//g") << base << QByteArray("//g") << "http://g";
        QTest::newRow("?y") << base << QByteArray("?y") << "http://a/b/c/d;p?y";
        QTest::newRow("g?y") << base << QByteArray("g?y") << "http://a/b/c/g?y";
        QTest::newRow("#s") << base << QByteArray("#s") << "http://a/b/c/d;p?q#s";
        QTest::newRow(";x") << base << QByteArray(";x") << "http://a/b/c/;x";
        QTest::newRow("empty-ish .") << base << QByteArray(".") << "http://a/b/c/";
        QTest::newRow("..") << base << QByteArray("..") << "http://a/b/";
        QTest::newRow("../g") << base << QByteArray("../g") << "http://a/b/g";
        QTest::newRow("../../g") << base << QByteArray("../../g") << "http://a/g";
        QTest::newRow("../../../g") << base << QByteArray("../../../g") << "http://a/g";
        QTest::newRow("/./g") << base << QByteArray("/./g") << "http://a/g";
        QTest::newRow("g.") << base << QByteArray("g.") << "http://a/b/c/g.";
        QTest::newRow("g;x=1/../y") << base << QByteArray("g;x=1/../y") << "http://a/b/c/y";
        QTest::newRow("absolute") << base << QByteArray("https://other:8443/x?y=%41")
                                  << "https://other:8443/x?y=%41";
        QTest::newRow("fragment inherited")
            << "http://h/a#top" << QByteArray("/b") << "http://h/b#top";
        QTest::newRow("spaces encoded") << "http://h/" << QByteArray("/a b") << "http://h/a%20b";
        QTest::newRow("base without scheme") << "h:81/x/y" << QByteArray("z") << "http://h:81/x/z";
        QTest::newRow("whitespace trimmed") << "http://h/" << QByteArray("  /z \r") << "http://h/z";
    }

    void resolveRedirect()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, location);
        auto resolved = UrlParser::resolveRedirect(base, location);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QTEST(resolved.value(), "expected");
    }

    void resolveRedirectErrors()
    {
        auto empty = UrlParser::resolveRedirect(QStringLiteral("http://h/"), QByteArray());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().category, ErrorCategory::Protocol);
        auto ftp = UrlParser::resolveRedirect(QStringLiteral("http://h/"), "ftp://h/file");
        QVERIFY(!ftp.ok());
        QVERIFY(ftp.error().message.contains(QStringLiteral("ftp://h/file")));
    }
};

QTEST_GUILESS_MAIN(TestUrlParser)
#include "tst_urlparser.moc"
