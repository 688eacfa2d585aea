#include "core/http/digestauth.h"

#include <QCryptographicHash>
#include <QTest>

using namespace wb;
using namespace wb::http;

namespace {

QMap<QByteArray, QByteArray> params(const QByteArray &authorization)
{
    // Enough for the values written by DigestAuth (no commas inside quoted values).
    QMap<QByteArray, QByteArray> map;
    QByteArray rest = authorization.mid(authorization.indexOf(' ') + 1);
    for (const QByteArray &part : rest.split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        QByteArray value = item.mid(eq + 1);
        if (value.startsWith('"'))
            value = value.mid(1, value.size() - 2);
        map.insert(item.left(eq), value);
    }
    return map;
}

const QByteArray rfc7616Challenges[] = {
    "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
    "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
    "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
    "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5, "
    "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
    "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""};

} // namespace

class TestDigestAuth : public QObject
{
    Q_OBJECT

private slots:
    void rfc7616Example()
    {
        // RFC 7616 §3.9.1: both challenges offered; SHA-256 is chosen.
        auto challenge = DigestAuth::parseChallenge(
            QList<QByteArray>{rfc7616Challenges[1], rfc7616Challenges[0]});
        QVERIFY(challenge.ok());
        QCOMPARE(challenge->algorithm, QByteArray("SHA-256"));
        QCOMPARE(challenge->realm, QByteArray("http-auth@example.org"));
        QCOMPARE(challenge->qop, QList<QByteArray>({"auth", "auth-int"}));
        const QByteArray cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        auto sha = DigestAuth::authorization(challenge.value(), QStringLiteral("Mufasa"),
                                             QStringLiteral("Circle of Life"), "GET",
                                             "/dir/index.html", 1, cnonce);
        QVERIFY(sha.ok());
        auto p = params(sha.value());
        QCOMPARE(p.value("response"),
                 QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"));
        QCOMPARE(p.value("nc"), QByteArray("00000001"));
        QCOMPARE(p.value("qop"), QByteArray("auth"));
        QCOMPARE(p.value("cnonce"), cnonce);
        QCOMPARE(p.value("opaque"), QByteArray("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"));
        QCOMPARE(p.value("uri"), QByteArray("/dir/index.html"));
        QCOMPARE(p.value("username"), QByteArray("Mufasa"));
        QCOMPARE(p.value("algorithm"), QByteArray("SHA-256"));

        auto md5Challenge = DigestAuth::parseChallenge(rfc7616Challenges[1]);
        auto md5 = DigestAuth::authorization(md5Challenge.value(), QStringLiteral("Mufasa"),
                                             QStringLiteral("Circle of Life"), "GET",
                                             "/dir/index.html", 1, cnonce);
        QCOMPARE(params(md5.value()).value("response"),
                 QByteArray("8ca523f5e9506fed4657c9700eebdbec"));
    }

    void rfc2617Example()
    {
        auto challenge = DigestAuth::parseChallenge(
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
            "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", "
            "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
        QVERIFY(challenge.ok());
        QCOMPARE(challenge->algorithm, QByteArray("MD5"));
        auto header = DigestAuth::authorization(challenge.value(), QStringLiteral("Mufasa"),
                                                QStringLiteral("Circle Of Life"), "GET",
                                                "/dir/index.html", 1, "0a4f113b");
        QCOMPARE(params(header.value()).value("response"),
                 QByteArray("6629fae49393a05397450978507c4ef1"));
    }

    void challengeParsing()
    {
        // Several challenges in one header value, Basic first, odd spacing and escapes.
        auto challenge = DigestAuth::parseChallenge(
            "Basic realm=\"basic, realm\", Negotiate abc==, DIGEST  nonce = \"n\\\"1\" , "
            "realm=\"r\",qop=auth, stale=TRUE, algorithm=MD5-sess, userhash=true");
        QVERIFY2(challenge.ok(), qPrintable(challenge.error().message));
        QCOMPARE(challenge->nonce, QByteArray("n\"1"));
        QCOMPARE(challenge->realm, QByteArray("r"));
        QCOMPARE(challenge->qop, QList<QByteArray>({"auth"}));
        QVERIFY(challenge->stale);
        QVERIFY(challenge->userhash);
        QCOMPARE(challenge->algorithm, QByteArray("MD5-sess"));

        auto basicOnly = DigestAuth::parseChallenge("Basic realm=\"x\"");
        QVERIFY(!basicOnly.ok());
        QVERIFY(basicOnly.error().message.contains(QStringLiteral("Basic")));
        auto sha512 = DigestAuth::parseChallenge("Digest realm=\"x\", nonce=\"n\", "
                                                 "algorithm=SHA-512-256, qop=\"auth\"");
        QVERIFY(!sha512.ok());
        QVERIFY(sha512.error().message.contains(QStringLiteral("SHA-512-256")));
        auto authIntOnly = DigestAuth::parseChallenge("Digest realm=\"x\", nonce=\"n\", "
                                                      "qop=\"auth-int\"");
        QVERIFY(!authIntOnly.ok());
        QVERIFY(!DigestAuth::parseChallenge(QByteArray()).ok());
        QVERIFY(!DigestAuth::parseChallenge("\"\",,,=;").ok());
    }

    void sessionUserhashAndLegacy()
    {
        DigestChallenge challenge;
        challenge.realm = "r";
        challenge.nonce = "n";
        challenge.algorithm = "SHA-256-sess";
        challenge.qop = {"auth"};
        challenge.userhash = true;
        auto header = DigestAuth::authorization(challenge, QStringLiteral("u"), QStringLiteral("p"),
                                                "POST", "/x?y", 2, "c");
        auto p = params(header.value());
        const auto h = [](const QByteArray &d) {
            return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
        };
        const QByteArray ha1 = h(h("u:r:p") + ":n:c");
        QCOMPARE(p.value("response"), h(ha1 + ":n:00000002:c:auth:" + h("POST:/x?y")));
        QCOMPARE(p.value("username"), h("u:r"));
        QCOMPARE(p.value("userhash"), QByteArray("true"));

        // RFC 2069 servers send no qop: no nc, no cnonce.
        DigestChallenge legacy;
        legacy.realm = "r";
        legacy.nonce = "n";
        header = DigestAuth::authorization(legacy, QStringLiteral("u"), QStringLiteral("p"), "GET",
                                           "/", 1);
        p = params(header.value());
        const auto m = [](const QByteArray &d) {
            return QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex();
        };
        QCOMPARE(p.value("response"), m(m("u:r:p") + ":n:" + m("GET:/")));
        QVERIFY(!p.contains("nc"));

        // Non-ASCII user names use username* (RFC 7616 §3.4.4).
        header = DigestAuth::authorization(legacy, QStringLiteral("Jäsøn"), QStringLiteral("p"),
                                           "GET", "/", 1);
        QVERIFY(header.value().contains("username*=UTF-8''J%C3%A4s%C3%B8n"));
    }

    void nonceCounting()
    {
        DigestAuth auth(QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(!auth.next("GET", "/").ok());
        QVERIFY(auth.setChallenge({"Digest realm=\"r\", nonce=\"n\", qop=\"auth\""}).ok());
        QVERIFY(auth.hasChallenge());
        QCOMPARE(params(auth.next("GET", "/").value()).value("nc"), QByteArray("00000001"));
        QCOMPARE(params(auth.next("GET", "/").value()).value("nc"), QByteArray("00000002"));
        const auto a = params(auth.next("GET", "/").value()).value("cnonce");
        const auto b = params(auth.next("GET", "/").value()).value("cnonce");
        QVERIFY(a != b);
        QCOMPARE(a.size(), 32);
        QVERIFY(auth.setChallenge({"Digest realm=\"r\", nonce=\"n2\", qop=\"auth\""}).ok());
        QCOMPARE(params(auth.next("GET", "/").value()).value("nc"), QByteArray("00000001"));
    }
};

QTEST_GUILESS_MAIN(TestDigestAuth)
#include "tst_digestauth.moc"
