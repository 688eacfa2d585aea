// The workspace is private: its folders are 0700 and its files 0600 on disk, whether Wirebench
// created them or an older version or a copy left them looser; what cannot be tightened is
// reported. The modes are read back from the file system, not from what the code meant to set.

#include "core/common/privatefiles.h"
#include "core/http/bodysink.h"
#include "core/store/blobstore.h"
#include "core/store/database.h"
#include "core/store/historywriter.h"
#include "core/workspace/workspacelocation.h"
#include "tests/store/storetestdata.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace wb;
using namespace wb::store;

namespace {

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QString::number(mode, 8);
}

// Every folder and file below `folder` (and `folder` itself) whose mode is not the private one.
QStringList notPrivate(const QString &folder)
{
    QStringList found;
    if (PrivateFiles::mode(folder) != int(PrivateFiles::folderMode))
        found << folder + QStringLiteral(": ") + octal(PrivateFiles::mode(folder));
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int want = it.fileInfo().isDir() ? PrivateFiles::folderMode : PrivateFiles::fileMode;
        if (PrivateFiles::mode(path) != want)
            found << path + QStringLiteral(": ") + octal(PrivateFiles::mode(path));
    }
    return found;
}

// Fills a workspace with a history entry whose body lives in a blob file.
void writeHistory(const Database &db)
{
    HistoryWriter writer(db, {});
    const QByteArray large(BlobStore::inlineLimit * 4, 'x');
    const auto appended = writer.appendExchange(test::sampleExchange(1, large));
    QVERIFY2(appended.ok(), qPrintable(appended.error().toString()));
}

bool chmodAll(const QString &folder, mode_t folders, mode_t files)
{
    bool ok = ::chmod(QFile::encodeName(folder).constData(), folders) == 0;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ok = ::chmod(QFile::encodeName(path).constData(),
                     it.fileInfo().isDir() ? folders : files) == 0 &&
             ok;
    }
    return ok;
}

} // namespace

class TestWorkspacePrivacy : public QObject
{
    Q_OBJECT

private slots:
    void newWorkspaceIsPrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("parent/workspace"));
        const auto prepared = workspace::WorkspaceLocation::prepare(folder);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().toString()));
        QCOMPARE(octal(PrivateFiles::mode(folder)), QStringLiteral("700"));
        QCOMPARE(octal(PrivateFiles::mode(dir.filePath(QStringLiteral("parent")))),
                 QStringLiteral("700"));
        {
            auto db = Database::open(folder);
            QVERIFY2(db.ok(), qPrintable(db.error().toString()));
            QVERIFY2(db.value()->notice().isEmpty(), qPrintable(db.value()->notice()));
            QVERIFY(!db.value()->privacyError().isError());
            writeHistory(*db.value());
            // While the database is open in WAL mode its -wal and -shm files exist.
            for (const char *suffix : {"", "-wal", "-shm"}) {
                const QString path = db.value()->filePath() + QLatin1String(suffix);
                QCOMPARE(octal(PrivateFiles::mode(path)), QStringLiteral("600"));
            }
            QVERIFY(QFileInfo(db.value()->blobsFolder()).isDir());
            const QStringList loose = notPrivate(folder);
            QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char('\n'))));
        }
        const QStringList loose = notPrivate(folder);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char('\n'))));
        // Blob files were really written (the body and the wire, so their modes were checked).
        int blobFiles = 0;
        QDirIterator it(folder + QStringLiteral("/blobs"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++blobFiles;
        }
        QCOMPARE(blobFiles, 2);
    }

    void looseWorkspaceIsTightenedWhenOpened()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("workspace"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto db = Database::open(folder);
            QVERIFY(db.ok());
            writeHistory(*db.value());
        }
        // What an older version (or a copy made with a umask of 022) leaves: 0755 and 0644.
        QFile backup(folder + QStringLiteral("/workspace.db.damaged-20250101T000000Z"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.write("old");
        backup.close();
        QVERIFY(chmodAll(folder, 0755, 0644));
        QVERIFY(!notPrivate(folder).isEmpty());

        auto db = Database::open(folder);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QVERIFY2(db.value()->notice().isEmpty(), qPrintable(db.value()->notice()));
        QVERIFY(!db.value()->privacyError().isError());
        const QStringList loose = notPrivate(folder);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char('\n'))));
    }

    // A workspace that another user owns cannot be tightened: the open still works (the files are
    // usable) and says so. Changing the mode of someone else's folder needs a second user, so the
    // test takes the identity of "nobody" for a moment when it runs as root.
    void workspaceThatCannotBeTightenedIsReported()
    {
        WB_REQUIRE_OPTIONAL(::geteuid() == 0, "checking a workspace another user owns needs "
                                              "root (to act as a second user for a moment)");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        // Reachable and writable by "nobody", owned by root: nobody can use it but not chmod it.
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
        const uid_t nobody = 65534;
        QCOMPARE(::seteuid(nobody), 0);
        Error privacy;
        QString notice;
        bool opened = false;
        {
            auto db = Database::open(folder);
            opened = db.ok();
            if (opened) {
                privacy = db.value()->privacyError();
                notice = db.value()->notice();
            }
        }
        QCOMPARE(::seteuid(0), 0);
        QVERIFY(opened);
        QCOMPARE(privacy.category, ErrorCategory::Io);
        QVERIFY2(privacy.message.contains(folder), qPrintable(privacy.message));
        QVERIFY2(privacy.message.contains(QStringLiteral("can be read by other users")),
                 qPrintable(privacy.message));
        QVERIFY2(privacy.message.contains(QStringLiteral("chmod")), qPrintable(privacy.message));
        QVERIFY(!privacy.detail.isEmpty()); // strerror: "Operation not permitted"
        QVERIFY(notice.contains(privacy.message));
        // The database nobody created is still private.
        QCOMPARE(octal(PrivateFiles::mode(folder + QStringLiteral("/workspace.db"))),
                 QStringLiteral("600"));
        QCOMPARE(octal(PrivateFiles::mode(folder)), QStringLiteral("777"));
    }

    // Response bodies that spill out of memory go to a temporary file only the owner can read.
    void spilledBodyIsPrivate()
    {
        http::BodySink sink(16);
        QVERIFY(sink.append(QByteArray(4096, 'b')).ok());
        const http::BodyData body = sink.take();
        QVERIFY(body.isFile());
        const QString path = body.filePath;
        QCOMPARE(octal(PrivateFiles::mode(path)), QStringLiteral("600"));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePrivacy)
#include "tst_workspaceprivacy.moc"
