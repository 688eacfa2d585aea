// TLS client against socat's OPENSSL-LISTEN (valid, expired, wrong-host certificates, client
// certificates), and our TLS server against openssl s_client.

#include "core/net/tcpserversession.h"
#include "core/net/tlsclientsession.h"
#include "tests/net/commandserver.h"
#include "tests/net/sessionrecorder.h"
#include "tests/support/testcertificates.h"

#include <QProcess>
#include <QTest>

using namespace wb;
using namespace wb::net;
using wb::test::SessionRecorder;

namespace {

std::unique_ptr<test::CommandServer> socatTls(const test::TestCertificates &pki,
                                              const QString &leaf, bool requireClient = false)
{
    QString address = QStringLiteral("OPENSSL-LISTEN:%PORT%,bind=127.0.0.1,reuseaddr,fork,"
                                     "cert=%1,key=%2")
                          .arg(pki.certificate(leaf), pki.key(leaf));
    address += requireClient ? QStringLiteral(",verify=1,cafile=%1").arg(pki.caCertificate())
                             : QStringLiteral(",verify=0");
    return std::make_unique<test::CommandServer>(QStringLiteral("socat"),
                                                 QStringList{address, QStringLiteral("PIPE")});
}

QList<QSslCertificate> authority(const test::TestCertificates &pki)
{
    return TlsCredentials::loadCertificates(pki.caCertificate()).value();
}

} // namespace

class TestTlsSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WB_CHECK_FIXTURE(m_pki.generate()); }

    void verifiedEcho()
    {
        auto server = socatTls(m_pki, QStringLiteral("server"));
        WB_START_FIXTURE(*server);
        TlsClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        session.setCaCertificates(authority(m_pki));
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 10000);
        QVERIFY(session.verificationErrors().isEmpty());
        QCOMPARE(session.peerCertificateChain().size(), 1);
        QVERIFY(recorder.events().contains(QStringLiteral("established with 127.0.0.1:")));
        QVERIFY(recorder.events().contains(QStringLiteral("Certificate 1 of 1: 127.0.0.1")));
        session.send("over tls\n");
        QTRY_COMPARE(recorder.received(), QByteArray("over tls\n"));
        session.close();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.events()));
    }

    void untrustedAuthorityIsExplained()
    {
        auto server = socatTls(m_pki, QStringLiteral("server"));
        WB_START_FIXTURE(*server);
        TlsClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        session.open(); // no CA given: the test CA is unknown to the system
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QCOMPARE(recorder.errors.size(), 1);
        QCOMPARE(recorder.errors.first().category, ErrorCategory::Tls);
        QVERIFY2(recorder.errors.first().message.contains(QStringLiteral("does not trust")),
                 qPrintable(recorder.errors.first().message));
        // Two verification errors that mean the same to the user read as one sentence.
        QVERIFY2(recorder.errors.first().message.count(QStringLiteral("does not trust")) == 1,
                 qPrintable(recorder.errors.first().message));
    }

    void expiredIsExplained()
    {
        auto server = socatTls(m_pki, QStringLiteral("expired"));
        WB_START_FIXTURE(*server);
        TlsClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        session.setCaCertificates(authority(m_pki));
        session.open();
        QTRY_COMPARE(session.state(), NetSession::State::Closed);
        QCOMPARE(recorder.errors.size(), 1);
        QCOMPARE(recorder.errors.first().category, ErrorCategory::Tls);
        QVERIFY2(recorder.errors.first().message.contains(QStringLiteral("expired on 2020")),
                 qPrintable(recorder.errors.first().message));
    }

    void wrongHostIsExplainedAndCanBeIgnored()
    {
        auto server = socatTls(m_pki, QStringLiteral("wronghost"));
        WB_START_FIXTURE(*server);
        {
            TlsClientSession session;
            SessionRecorder recorder(&session);
            session.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
            session.setCaCertificates(authority(m_pki));
            session.open();
            QTRY_COMPARE(session.state(), NetSession::State::Closed);
            QCOMPARE(recorder.errors.size(), 1);
            QVERIFY2(recorder.errors.first().message.contains(QStringLiteral("wrong.example")),
                     qPrintable(recorder.errors.first().message));
            QVERIFY(recorder.errors.first().message.contains(QStringLiteral("not for this host")));
        }
        TlsClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        session.setCaCertificates(authority(m_pki));
        session.setIgnoreCertificateErrors(true);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 10000);
        QCOMPARE(session.verificationErrors().size(), 1);
        QCOMPARE(session.verificationErrors().first().error(), QSslError::HostNameMismatch);
        QVERIFY(recorder.events().contains(QStringLiteral("Ignored as asked")));
        session.send("still works");
        QTRY_COMPARE(recorder.received(), QByteArray("still works"));
        // The name the certificate does carry verifies without ignoring anything.
        TlsClientSession named;
        SessionRecorder namedRecorder(&named);
        named.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        named.setCaCertificates(authority(m_pki));
        named.setPeerVerifyName(QStringLiteral("wrong.example"));
        named.open();
        QTRY_VERIFY_WITH_TIMEOUT(named.isOpen(), 10000);
        QVERIFY(namedRecorder.errors.isEmpty());
    }

    void clientCertificate()
    {
        auto server = socatTls(m_pki, QStringLiteral("server"), true);
        WB_START_FIXTURE(*server);
        const auto credentials = TlsCredentials::fromPkcs12(
            m_pki.clientP12(), test::TestCertificates::clientP12Password().toUtf8());
        QVERIFY2(credentials.ok(), qPrintable(credentials.error().message));
        TlsClientSession session;
        SessionRecorder recorder(&session);
        session.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        session.setCaCertificates(authority(m_pki));
        session.setClientCredentials(credentials.value());
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 10000);
        session.send("with a client certificate");
        QTRY_COMPARE(recorder.received(), QByteArray("with a client certificate"));

        // Without one, the server refuses the handshake (TLS 1.3 reports it on first use).
        TlsClientSession anonymous;
        SessionRecorder anonymousRecorder(&anonymous);
        anonymous.setEndpoint(QStringLiteral("127.0.0.1"), server->port());
        anonymous.setCaCertificates(authority(m_pki));
        anonymous.open();
        QTRY_VERIFY_WITH_TIMEOUT(
            anonymous.isOpen() || anonymous.state() == NetSession::State::Closed, 10000);
        if (anonymous.isOpen())
            anonymous.send("no certificate");
        QTRY_COMPARE_WITH_TIMEOUT(anonymous.state(), NetSession::State::Closed, 10000);
        QVERIFY(anonymousRecorder.received().isEmpty());
        QVERIFY(!anonymousRecorder.errors.isEmpty());
    }

    void credentialsFromFiles()
    {
        const auto ok = TlsCredentials::fromFiles(m_pki.certificate(QStringLiteral("client")),
                                                  m_pki.key(QStringLiteral("client")));
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        const auto missing = TlsCredentials::fromFiles(QStringLiteral("/nonexistent.pem"),
                                                       m_pki.key(QStringLiteral("client")));
        QCOMPARE(missing.error().category, ErrorCategory::Io);
        const auto notKey = TlsCredentials::fromFiles(m_pki.certificate(QStringLiteral("client")),
                                                      m_pki.certificate(QStringLiteral("client")));
        QCOMPARE(notKey.error().category, ErrorCategory::InvalidInput);
        const auto badPassword = TlsCredentials::fromPkcs12(m_pki.clientP12(), "wrong");
        QVERIFY(!badPassword.ok());
    }

    void ourServerWithOpensslClient()
    {
        WB_CHECK_FIXTURE(test::requireExecutable(QStringLiteral("openssl")));
        const QString openssl = test::findExecutable(QStringLiteral("openssl"));
        const auto credentials = TlsCredentials::fromFiles(
            m_pki.certificate(QStringLiteral("server")), m_pki.key(QStringLiteral("server")));
        QVERIFY(credentials.ok());
        TcpServerSession server;
        SessionRecorder recorder(&server);
        server.setListenAddress(QHostAddress::LocalHost, 0);
        server.setTlsCredentials(credentials.value());
        server.open();
        QVERIFY(server.isOpen());
        QVERIFY(server.isTls());
        QVERIFY(recorder.events().contains(QStringLiteral("Listening for TLS clients")));
        connect(&server, &NetSession::chunkAdded, &server, [&server](const TranscriptChunk &c) {
            if (c.direction == TranscriptChunk::Direction::In)
                server.send("tls server says: " + c.bytes, c.peer);
        });
        QProcess client;
        client.start(openssl, {QStringLiteral("s_client"), QStringLiteral("-connect"),
                               QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                               QStringLiteral("-CAfile"), m_pki.caCertificate(),
                               QStringLiteral("-verify_return_error"), QStringLiteral("-quiet")});
        QTRY_COMPARE_WITH_TIMEOUT(server.clients().size(), 1, 10000);
        client.write("hello from s_client\n");
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += client.readAllStandardOutput())
                                     .contains("tls server says: hello from s_client"),
                                 10000);
        QCOMPARE(recorder.received(), QByteArray("hello from s_client\n"));
        // s_client -quiet ignores the end of its input; disconnecting it from our side ends it.
        server.disconnectClient(server.clients().constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 10000);
        QTRY_COMPARE(server.clients().size(), 0);
        QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.events()));

        // A client that does not trust the server's certificate fails, and the server says so.
        QProcess distrustful;
        distrustful.start(openssl,
                          {QStringLiteral("s_client"), QStringLiteral("-connect"),
                           QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                           QStringLiteral("-verify_return_error"), QStringLiteral("-quiet")});
        distrustful.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(distrustful.state() == QProcess::NotRunning, 10000);
        QVERIFY(distrustful.exitCode() != 0);
        QTRY_VERIFY(!recorder.errors.isEmpty());
        QCOMPARE(recorder.errors.first().category, ErrorCategory::Tls);
    }

private:
    test::TestCertificates m_pki;
};

QTEST_GUILESS_MAIN(TestTlsSessions)
#include "tst_tlssessions.moc"
