// History on one connection: appends, whole-entry round trips, full-text search with filters and
// paging, body files (deduplicated, deleted when unused), retention and clearing.

#include "core/net/transcript.h"
#include "core/store/database.h"
#include "core/store/historycodec.h"
#include "core/store/historyreader.h"
#include "core/store/historywriter.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"
#include "storetestdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::store;

namespace {

int blobFileCount(const QString &folder)
{
    int n = 0;
    QDirIterator it(folder + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QByteArray readBody(const http::BodyData &body)
{
    if (!body.isFile())
        return body.bytes;
    QFile file(body.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Database> openFresh()
    {
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto db = Database::open(m_dir.path());
        if (!db)
            qWarning() << db.error().toString();
        return db ? std::move(db).value() : nullptr;
    }

private slots:
    void init()
    {
        m_db = openFresh();
        QVERIFY(m_db);
    }

    void cleanup() { m_db.reset(); }

    void openSetsPragmas()
    {
        const QSqlDatabase c = m_db->connection();
        QCOMPARE(SqlUtil::scalar(c, QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(SqlUtil::scalar(c, QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QCOMPARE(SqlUtil::scalar(c, QStringLiteral("PRAGMA user_version")).value().toInt(),
                 Schema::currentVersion);
        QCOMPARE(SqlUtil::scalar(c, QStringLiteral("PRAGMA auto_vacuum")).value().toInt(), 2);
        QVERIFY(SqlUtil::scalar(c, QStringLiteral("PRAGMA busy_timeout")).value().toInt() > 0);
        QCOMPARE(QFileInfo(m_db->filePath()).fileName(), QStringLiteral("workspace.db"));
        QVERIFY(m_db->notice().isEmpty());
    }

    // A history row shows the size of the response as received, whatever the workspace keeps
    // of it: a small body is compressed in its row, a large one a blob file.
    void rowsShowTheResponseSize()
    {
        HistoryWriter writer(*m_db, {});
        const auto small = writer.appendExchange(test::sampleExchange(1, QByteArray(50000, 'a')));
        QVERIFY2(small.ok(), qPrintable(small.error().toString()));
        QCOMPARE(small->responseBytes, 50000);
        QVERIFY2(small->storedBytes < 5000, qPrintable(QString::number(small->storedBytes)));
        const auto large = writer.appendExchange(test::sampleExchange(2, QByteArray(300000, 'b')));
        QVERIFY(large.ok());
        QCOMPARE(large->responseBytes, 300000);
        http::ExchangeChain failed = test::sampleExchange(3);
        failed.hops.last().response = {};
        failed.hops.last().responseBody = {};
        failed.hops.last().error =
            makeError(ErrorCategory::ConnectionRefused, QStringLiteral("no"));
        const auto none = writer.appendExchange(failed);
        QVERIFY(none.ok());
        QCOMPARE(none->responseBytes, -1); // no response: nothing to show
        const auto session = writer.appendSession(test::sampleSession(4));
        QVERIFY(session.ok());
        QCOMPARE(session->responseBytes, 10); // what the socket received

        const auto page = HistoryReader(*m_db).search({});
        QVERIFY(page.ok());
        QCOMPARE(page->entries.size(), 4);
        QCOMPARE(page->entries.at(0).responseBytes, 10);
        QCOMPARE(page->entries.at(1).responseBytes, -1);
        QCOMPARE(page->entries.at(2).responseBytes, 300000);
        QCOMPARE(page->entries.at(3).responseBytes, 50000);
        QCOMPARE(page->entries.at(3).storedBytes, small->storedBytes);
    }

    void exchangeRoundTrip()
    {
        HistoryWriter writer(*m_db, {});
        const http::ExchangeChain chain = test::sampleRedirectChain();
        auto summary = writer.appendExchange(chain);
        QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
        QCOMPARE(summary.value().status, 200);
        QCOMPARE(summary.value().url, QStringLiteral("https://new.test/final"));
        QCOMPARE(summary.value().host, QStringLiteral("new.test"));

        auto loaded = HistoryReader(*m_db).entry(summary.value().id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        const http::ExchangeChain &back = loaded.value().chain;
        QCOMPARE(back.hops.size(), 2);
        // Every field survives: the encoded forms are identical.
        QCOMPARE(HistoryCodec::encodeChain(back), HistoryCodec::encodeChain(chain));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(readBody(back.hops[i].requestBody), chain.hops[i].requestBody.bytes);
            QCOMPARE(readBody(back.hops[i].responseWire), chain.hops[i].responseWire.bytes);
            QCOMPARE(readBody(back.hops[i].responseBody), chain.hops[i].responseBody.bytes);
        }
        QCOMPARE(back.hops[0].tls.peerChain.first().pem, chain.hops[0].tls.peerChain.first().pem);
        QCOMPARE(back.last().error.category, ErrorCategory::Protocol);
        QCOMPARE(loaded.value().summary.error, QStringLiteral("The server broke HTTP."));
    }

    void sessionRoundTrip()
    {
        HistoryWriter writer(*m_db, {});
        const SocketSession session = test::sampleSession(3);
        auto summary = writer.appendSession(session);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().kind, HistoryKind::Socket);
        QCOMPARE(summary.value().method, QStringLiteral("TCP"));
        auto loaded = HistoryReader(*m_db).entry(summary.value().id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.value().session, session);
        auto found = HistoryReader(*m_db).search({.text = QStringLiteral("socket")});
        QVERIFY(found.ok());
        QCOMPARE(found.value().entries.size(), 1);
    }

    void sessionFromConsoleTranscript()
    {
        net::Transcript transcript;
        transcript.append(net::TranscriptChunk::event(QStringLiteral("Connected"),
                                                      QStringLiteral("127.0.0.1:9")));
        transcript.append(
            net::TranscriptChunk::outgoing("PING\r\n", QStringLiteral("127.0.0.1:9")));
        transcript.append(
            net::TranscriptChunk::incoming("PONG\r\n", QStringLiteral("127.0.0.1:9")));
        transcript.append(net::TranscriptChunk::event(QStringLiteral("Connection reset"),
                                                      QStringLiteral("127.0.0.1:9"), true));
        const SocketSession session = SocketSession::fromTranscript(
            transcript, QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9"));
        QCOMPARE(session.chunks.size(), 4);
        QCOMPARE(session.chunks[2].direction, SessionChunk::Direction::In);
        QCOMPARE(session.chunks[1].bytes, QByteArray("PING\r\n"));
        QCOMPARE(session.error, QStringLiteral("Connection reset"));
        QCOMPARE(session.startedAt, transcript.chunks().first().timestamp);
        auto stored = HistoryWriter(*m_db, {}).appendSession(session);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().error, QStringLiteral("Connection reset"));
        QCOMPARE(HistoryReader(*m_db).entry(stored.value().id).value().session, session);
        QCOMPARE(
            HistoryReader(*m_db).search({.text = QStringLiteral("pong")}).value().entries.size(),
            1);
    }

    void searchAndFilters()
    {
        HistoryWriter writer(*m_db, {});
        QList<HistoryEntry> entries;
        for (int n = 1; n <= 300; ++n) {
            HistoryEntry e;
            e.chain = test::sampleExchange(n);
            entries.append(e);
        }
        QVERIFY(writer.append(entries).ok());
        HistoryReader reader(*m_db);

        // A word from the response body of one entry.
        auto page = reader.search({.text = QStringLiteral("marker77")});
        QVERIFY(page.ok());
        QCOMPARE(page.value().entries.size(), 1);
        QCOMPARE(page.value().entries.first().url,
                 QStringLiteral("http://host2.test:8080/api/items/77"));
        // A header value (X-Seq) and the status text.
        QCOMPARE(reader.search({.text = QStringLiteral("nosuchword")}).value().entries.size(), 0);
        const auto notFound = reader.search({.text = QStringLiteral("Not Found"), .limit = 1000});
        QCOMPARE(notFound.value().entries.size(), 300 / 7);
        // Filters: method, status class, host and time range, and their combination.
        auto posts = reader.search({.method = QStringLiteral("post"), .limit = 1000});
        QCOMPARE(posts.value().entries.size(), 60);
        auto client = reader.search({.statusClass = 4, .limit = 1000});
        QCOMPARE(client.value().entries.size(), 42);
        auto host = reader.search({.host = QStringLiteral("HOST1.test"), .limit = 1000});
        QCOMPARE(host.value().entries.size(), 100);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1700000000000LL, Qt::UTC);
        auto range = reader.search({.from = t0.addSecs(10), .to = t0.addSecs(20), .limit = 1000});
        QCOMPARE(range.value().entries.size(), 10);
        auto combined = reader.search({.text = QStringLiteral("items"),
                                       .method = QStringLiteral("GET"),
                                       .statusClass = 2,
                                       .host = QStringLiteral("host0.test"),
                                       .limit = 1000});
        int expected = 0;
        for (int n = 1; n <= 300; ++n)
            expected += (n % 3 == 0 && n % 5 != 0 && n % 7 != 0) ? 1 : 0;
        QCOMPARE(combined.value().entries.size(), expected);
        // Punctuation only finds nothing instead of failing; quotes are escaped.
        QVERIFY(reader.search({.text = QStringLiteral("\"/")}).value().entries.isEmpty());
        QVERIFY(reader.search({.text = QStringLiteral("mark*")}).value().entries.size() > 0);
        QCOMPARE(HistoryReader::matchExpression(QStringLiteral("a\"b c*")),
                 QStringLiteral("\"a\"\"b\" \"c\"*"));
    }

    void pagingNewestFirst()
    {
        HistoryWriter writer(*m_db, {});
        QList<HistoryEntry> entries;
        for (int n = 1; n <= 125; ++n) {
            HistoryEntry e;
            e.chain = test::sampleExchange(n);
            entries.append(e);
        }
        QVERIFY(writer.append(entries).ok());
        HistoryReader reader(*m_db);
        for (const QString &text : {QString(), QStringLiteral("items")}) {
            QList<qint64> seen;
            HistoryQuery query{.text = text, .limit = 50};
            int pages = 0;
            do {
                auto page = reader.search(query);
                QVERIFY(page.ok());
                for (const auto &s : page.value().entries)
                    seen.append(s.id);
                query.beforeId = page.value().nextBeforeId;
                ++pages;
            } while (query.beforeId != 0 && pages < 10);
            QCOMPARE(pages, 3);
            QCOMPARE(seen.size(), 125);
            for (int i = 1; i < seen.size(); ++i)
                QVERIFY(seen[i - 1] > seen[i]);
        }
    }

    void largeBodiesAreDeduplicatedFiles()
    {
        HistoryWriter writer(*m_db, {});
        QByteArray big(300 * 1024, 'x');
        for (int i = 0; i < big.size(); i += 7)
            big[i] = char('a' + i % 26);
        auto a = writer.appendExchange(test::sampleExchange(1, big));
        auto b = writer.appendExchange(test::sampleExchange(7, big));
        QVERIFY(a.ok() && b.ok());
        // One file for the shared decoded body, one for each response's wire bytes (200, 404).
        QCOMPARE(blobFileCount(m_dir.path()), 3);
        auto loaded = HistoryReader(*m_db).entry(b.value().id);
        QVERIFY(loaded.ok());
        const auto &body = loaded.value().chain.last().responseBody;
        QVERIFY(body.isFile());
        QCOMPARE(readBody(body), big);

        // A body that spilled to a file on the engine's side is copied in, and deduplicated.
        QTemporaryDir spill;
        QFile spilled(spill.filePath(QStringLiteral("body")));
        QVERIFY(spilled.open(QIODevice::WriteOnly));
        spilled.write(big);
        spilled.close();
        http::ExchangeChain fromFile = test::sampleExchange(3);
        fromFile.hops[0].responseBody = {QByteArray(), spilled.fileName(), big.size()};
        auto c = writer.appendExchange(fromFile);
        QVERIFY(c.ok());
        QCOMPARE(blobFileCount(m_dir.path()), 3);
        QCOMPARE(
            readBody(HistoryReader(*m_db).entry(c.value().id).value().chain.last().responseBody),
            big);

        // Deleting an entry removes only the files no other entry refers to.
        QVERIFY(SqlUtil::exec(m_db->connection(),
                              QStringLiteral("DELETE FROM history WHERE id = %1").arg(a.value().id))
                    .ok());
        QVERIFY(BlobStore(m_db->blobsFolder()).removeUnreferenced(m_db->connection()).ok());
        QCOMPARE(blobFileCount(m_dir.path()), 2);
        QVERIFY(writer.clear().ok());
        QCOMPARE(blobFileCount(m_dir.path()), 0);
        QCOMPARE(HistoryReader(*m_db).totals().value().first, 0);
        QVERIFY(HistoryReader(*m_db).search({}).value().entries.isEmpty());
    }

    void retentionByCount()
    {
        HistoryWriter writer(*m_db, {.maxEntries = 50, .maxBytes = 0});
        QList<HistoryEntry> entries;
        for (int n = 1; n <= 120; ++n) {
            HistoryEntry e;
            e.chain = test::sampleExchange(n);
            entries.append(e);
        }
        auto appended = writer.append(entries);
        QVERIFY(appended.ok());
        HistoryReader reader(*m_db);
        QCOMPARE(reader.totals().value().first, 50);
        auto page = reader.search({.limit = 1000});
        QCOMPARE(page.value().entries.size(), 50);
        QCOMPARE(page.value().entries.last().id, appended.value().at(70).id); // oldest kept
        // Pruned entries are gone from the full-text index too.
        QVERIFY(reader.search({.text = QStringLiteral("marker5")}).value().entries.isEmpty());
        QCOMPARE(reader.search({.text = QStringLiteral("marker100")}).value().entries.size(), 1);
        QCOMPARE(
            SqlUtil::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM history_fts"))
                .value()
                .toInt(),
            50);
    }

    void retentionByBytes()
    {
        HistoryWriter writer(*m_db, {.maxEntries = 0, .maxBytes = 1300 * 1024});
        for (int n = 1; n <= 6; ++n) {
            QByteArray big(200 * 1024, char('a' + n)); // a distinct file per entry
            for (int i = 0; i < big.size(); i += 3)
                big[i] = char(i * n);
            QVERIFY(writer.appendExchange(test::sampleExchange(n, big)).ok());
        }
        const auto totals = HistoryReader(*m_db).totals().value();
        // Each entry holds two distinct ~200 KiB files (decoded body and wire bytes).
        QVERIFY2(totals.second <= 1300 * 1024, qPrintable(QString::number(totals.second)));
        QCOMPARE(totals.first, 3);
        QCOMPARE(blobFileCount(m_dir.path()), int(totals.first) * 2);
        QCOMPARE(HistoryReader(*m_db).entry(1).error().category, ErrorCategory::InvalidInput);
    }

    void damagedDetailIsReported()
    {
        HistoryWriter writer(*m_db, {});
        auto s = writer.appendExchange(test::sampleExchange(1));
        QVERIFY(s.ok());
        QVERIFY(SqlUtil::exec(m_db->connection(),
                              QStringLiteral("UPDATE history SET detail = x'00000010deadbeef'"))
                    .ok());
        auto loaded = HistoryReader(*m_db).entry(s.value().id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().category, ErrorCategory::Storage);
        QVERIFY(loaded.error().message.contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
