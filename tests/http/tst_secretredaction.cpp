// Secret values taken out of an exchange chain before it is kept.

#include "core/http/secretredaction.h"

#include <QTest>

using namespace wb::http;

namespace {

Exchange hopWith(const QString &url, const QByteArray &head)
{
    Exchange hop;
    hop.spec.url = url;
    hop.url = url;
    hop.requestHead = head;
    return hop;
}

} // namespace

class TestSecretRedaction : public QObject
{
    Q_OBJECT

private slots:
    void masksEveryFormOfASecret()
    {
        Exchange hop = hopWith(QStringLiteral("http://api.test/x?key=p%40ss+word"),
                               "GET /x?key=p%40ss+word HTTP/1.1\r\nX-Token: tok-12345\r\n"
                               "Authorization: Basic " +
                                   QByteArray("ada:tok-12345").toBase64() + "\r\n\r\n");
        hop.spec.headers = {{QStringLiteral("X-Token"), QStringLiteral("tok-12345"), true}};
        hop.spec.auth.kind = AuthSpec::Kind::Basic;
        hop.spec.auth.username = QStringLiteral("ada");
        hop.spec.auth.password = QStringLiteral("tok-12345");
        hop.spec.body.raw = "{\"secret\":\"tok-12345\"}";
        hop.requestBody.bytes = hop.spec.body.raw;
        hop.response.headers = {{"X-Echo", "tok-12345"}};
        hop.responseBody.bytes = "you sent tok-12345 and p@ss word";
        hop.responseBody.size = hop.responseBody.bytes.size();
        ExchangeChain chain;
        chain.hops = {hop};

        const ExchangeChain kept = SecretRedaction::redacted(
            chain, {QStringLiteral("tok-12345"), QStringLiteral("p@ss word")});
        const Exchange &k = kept.last();
        const QByteArray mask = SecretRedaction::mask().toUtf8();
        QCOMPARE(k.requestHead, "GET /x?key=" + mask + " HTTP/1.1\r\nX-Token: " + mask +
                                    "\r\nAuthorization: Basic " + mask + "\r\n\r\n");
        QCOMPARE(k.spec.url, QStringLiteral("http://api.test/x?key=") + SecretRedaction::mask());
        QCOMPARE(k.spec.headers.first().value, SecretRedaction::mask());
        QCOMPARE(k.spec.auth.password, SecretRedaction::mask());
        QCOMPARE(k.spec.auth.username, QStringLiteral("ada"));
        QCOMPARE(k.spec.body.raw, "{\"secret\":\"" + mask + "\"}");
        QCOMPARE(k.requestBody.bytes, k.spec.body.raw);
        QCOMPARE(k.response.headers.first().value, mask);
        QCOMPARE(k.responseBody.bytes, "you sent " + mask + " and " + mask);
        // The original is untouched.
        QVERIFY(chain.last().requestHead.contains("tok-12345"));
    }

    void shortOrNoSecretsChangeNothing()
    {
        ExchangeChain chain;
        chain.hops = {hopWith(QStringLiteral("http://a.test/?n=1"), "GET /?n=1 HTTP/1.1\r\n\r\n")};
        const ExchangeChain kept = SecretRedaction::redacted(chain, {QStringLiteral("1")});
        QCOMPARE(kept.last().requestHead, chain.last().requestHead);
        QCOMPARE(SecretRedaction::redacted(chain, {}).last().url, chain.last().url);
    }

    void spilledBodiesAreLeftAsTheyAre()
    {
        Exchange hop = hopWith(QStringLiteral("http://a.test/"), "GET / HTTP/1.1\r\n\r\n");
        hop.responseBody.filePath = QStringLiteral("/nonexistent/body");
        hop.responseBody.size = 10;
        ExchangeChain chain;
        chain.hops = {hop};
        const ExchangeChain kept = SecretRedaction::redacted(chain, {QStringLiteral("secret")});
        QCOMPARE(kept.last().responseBody.filePath, hop.responseBody.filePath);
    }
};

QTEST_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
