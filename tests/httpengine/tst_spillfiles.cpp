// Every file has an owner: a body spilled to a temporary file is removed when the last exchange
// value that refers to it goes, over HTTP/1.1 and HTTP/2, while a file the user chose stays.

#include "tests/httpengine/enginetestutil.h"
#include "tests/support/nghttpdserver.h"
#include "tests/support/nginxserver.h"

#include "core/http/bodysink.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace wb;
using namespace wb::http;
using namespace wb::test;

namespace {

QStringList spillFiles()
{
    return QDir(QDir::tempPath())
        .entryList({QStringLiteral("wirebench-body-*")}, QDir::Files | QDir::Hidden);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class TestSpillFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Spill files of this test only: QDir::tempPath() follows TMPDIR.
        QVERIFY(m_temp.isValid());
        // nginx's workers (nobody, when the tests run as root) read their docroot below it.
        QFile::setPermissions(m_temp.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadGroup |
                                                 QFile::ExeGroup | QFile::ReadOther |
                                                 QFile::ExeOther);
        qputenv("TMPDIR", m_temp.path().toLocal8Bit());
        QCOMPARE(QDir::tempPath(), QDir(m_temp.path()).absolutePath());
    }

    void lastCopyRemovesTheFile()
    {
        BodySink sink(16);
        QVERIFY(sink.append(QByteArray(100, 'x')).ok());
        BodyData body = sink.take();
        QVERIFY(body.isFile());
        QVERIFY(QFile::exists(body.filePath));
        const QString path = body.filePath;
        {
            const BodyData copy = body;
            body = BodyData{};
            QVERIFY(QFile::exists(path)); // the copy still refers to it
        }
        QVERIFY(!QFile::exists(path));
    }

    void chosenOutputFileStays()
    {
        const QString path = m_temp.filePath(QStringLiteral("chosen.bin"));
        {
            BodySink sink(16);
            QVERIFY(sink.setOutputFile(path).ok());
            QVERIFY(sink.append(QByteArray(100, 'x')).ok());
            const BodyData body = sink.take();
            QVERIFY(!body.owner);
        }
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).size(), 100);
    }

    void manyLargeResponsesLeaveNothingBehind_data()
    {
        QTest::addColumn<bool>("http2");
        QTest::newRow("HTTP/1.1 (nginx)") << false;
        QTest::newRow("HTTP/2 (nghttpd h2c)") << true;
    }

    void manyLargeResponsesLeaveNothingBehind()
    {
        QFETCH(bool, http2);
        const QByteArray content = randomBytes(10 * 1024 * 1024);
        std::unique_ptr<ServerProcess> server;
        QString url;
        if (http2) {
            auto nghttpd = std::make_unique<NghttpdServer>();
            nghttpd->writeFile(QStringLiteral("big.bin"), content);
            WB_START_FIXTURE(*nghttpd);
            url = nghttpd->baseUrl() + QStringLiteral("/big.bin");
            server = std::move(nghttpd);
        } else {
            auto nginx = std::make_unique<NginxServer>();
            nginx->writeFile(QStringLiteral("big.bin"), content);
            WB_START_FIXTURE(*nginx);
            url = nginx->baseUrl() + QStringLiteral("/big.bin");
            server = std::move(nginx);
        }
        const QStringList before = spillFiles();
        HttpEngine engine;
        RequestSpec spec = get(url);
        spec.options.protocol = http2 ? HttpProtocol::Http2PriorKnowledge : HttpProtocol::Http1;
        for (int i = 0; i < 10; ++i) {
            const ExchangeChain chain = sendAndWait(engine, spec, {}, 60000);
            QVERIFY2(!chain.isEmpty(), "no answer in time");
            const Exchange &e = chain.last();
            QVERIFY2(e.succeeded(), qPrintable(e.error.toString()));
            QCOMPARE(e.response.status, 200);
            QVERIFY(e.responseBody.isFile()); // 10 MB spilled
            QVERIFY(QFile::exists(e.responseBody.filePath));
            QCOMPARE(e.responseBody.size, content.size());
        }
        // Every chain is gone: so are their files (the engine's copies go on its own thread).
        QTRY_COMPARE_WITH_TIMEOUT(spillFiles(), before, 5000);
    }

private:
    QTemporaryDir m_temp;
};

QTEST_MAIN(TestSpillFiles)
#include "tst_spillfiles.moc"
