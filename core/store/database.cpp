#include "core/store/database.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace wb::store {

namespace {

QAtomicInteger<quint64> connectionCounter;

const QByteArray sqliteHeader("SQLite format 3\0", 16);

} // namespace

QString Database::fileName()
{
    return QStringLiteral("workspace.db");
}

Database::Database(QString folder)
    : m_folder(std::move(folder))
    , m_connectionName(QStringLiteral("wb-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    disconnect();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::filePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QString Database::blobsFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral("blobs"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &folder, Role role,
                                                 int busyTimeoutMs)
{
    std::unique_ptr<Database> db(new Database(folder));
    if (role == Role::Primary) {
        if (auto made = PrivateFiles::makeFolder(folder); !made)
            return made.error();
        QFile file(db->filePath());
        if (file.exists() && file.size() > 0 && file.open(QIODevice::ReadOnly)) {
            const QByteArray header = file.read(16);
            file.close();
            if (header != sqliteHeader) {
                if (auto moved = db->moveAside(QStringLiteral("not an SQLite database")); !moved)
                    return moved.error();
            }
        }
    }
    auto damagedError = [&db](const Error &error) {
        if (!error.message.isEmpty())
            return error;
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate(
                             "wb::store",
                             "The workspace database %1 is damaged. Close every Wirebench window "
                             "and start again: the damaged file is then kept as a backup and a "
                             "new one is created.")
                             .arg(db->filePath()),
                         error.detail);
    };
    if (role == Role::Secondary) {
        if (auto connected = db->connect(busyTimeoutMs); !connected)
            return damagedError(connected.error());
        return db;
    }
    // A file SQLite calls damaged is moved aside once, and a new database takes its place.
    Result<void> verified;
    for (int attempt = 0; attempt < 2; ++attempt) {
        verified = db->makePrivate();
        if (verified)
            verified = db->connect(busyTimeoutMs);
        if (verified)
            verified = db->verify();
        if (verified || !verified.error().detail.startsWith(QLatin1String("damaged:")))
            break;
        db->disconnect();
        if (attempt == 1)
            break;
        if (auto moved = db->moveAside(verified.error().detail.mid(8)); !moved)
            return moved.error();
    }
    if (!verified)
        return damagedError(verified.error());
    if (auto migrated = Schema::migrate(db->connection()); !migrated)
        return migrated.error();
    return db;
}

Result<void> Database::makePrivate()
{
    if (auto tightened = PrivateFiles::tightenTree(m_folder); !tightened) {
        if (!m_privacyError.isError()) {
            m_privacyError = tightened.error();
            addNotice(tightened.error().message);
            qCWarning(lcStore).noquote() << tightened.error().message;
        }
    }
    // SQLite gives the -wal and -shm files the mode of the database file.
    return PrivateFiles::createFile(filePath());
}

void Database::addNotice(const QString &notice)
{
    if (!m_notice.isEmpty())
        m_notice += QStringLiteral("\n\n");
    m_notice += notice;
}

Result<void> Database::connect(int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate(
                             "wb::store",
                             "The workspace database %1 could not be opened. Check that the "
                             "workspace folder is writable, or choose another with --workspace.")
                             .arg(filePath()),
                         db.lastError().text());
    }
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16384"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (query.exec(pragma))
            continue;
        if (SqlUtil::isCorrupt(query.lastError()))
            return makeError(ErrorCategory::Storage, {},
                             QStringLiteral("damaged:") + query.lastError().databaseText());
        return SqlUtil::error(query.lastError(), pragma);
    }
    return {};
}

// Checks that the file is a Wirebench workspace (or empty) and puts it in WAL mode.
// Errors whose detail starts with "damaged:" mean the file should be moved aside.
Result<void> Database::verify()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                   "(SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version)")) ||
        !query.next()) {
        const QSqlError error = query.lastError();
        if (SqlUtil::isCorrupt(error)) {
            return makeError(ErrorCategory::Storage, {},
                             QStringLiteral("damaged:") + error.databaseText());
        }
        return SqlUtil::error(error, QStringLiteral("reading the workspace schema"));
    }
    const int objects = query.value(0).toInt();
    const qint32 applicationId = query.value(1).toInt();
    query.finish();
    if (objects > 0 && applicationId != Schema::applicationId) {
        return makeError(ErrorCategory::Storage, {},
                         QStringLiteral("damaged:an SQLite database of another program "
                                        "(application_id %1)")
                             .arg(applicationId));
    }
    if (objects == 0) {
        // A new database: reclaim space incrementally; only possible before the first table.
        if (auto done = SqlUtil::exec(db, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
            !done)
            return done;
    }
    auto mode = SqlUtil::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore) << "workspace journal mode is" << mode.value().toString();
    }
    return {};
}

void Database::disconnect()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::moveAside(const QString &reason)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString original = filePath();
    QString backup = original + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = original + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(original, backup)) {
        return makeError(ErrorCategory::Storage,
                         QCoreApplication::translate(
                             "wb::store",
                             "The workspace database %1 is damaged or is not a Wirebench "
                             "workspace (%2), and it could not be moved aside. Move it away "
                             "yourself or choose another workspace with --workspace.")
                             .arg(original, reason));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(original + suffix))
            QFile::rename(original + suffix, backup + suffix);
    }
    addNotice(QCoreApplication::translate("wb::store",
                                          "The workspace database %1 was damaged or is not a "
                                          "Wirebench workspace (%2). It was kept as %3 and a new, "
                                          "empty workspace database was created.")
                  .arg(original, reason, backup));
    qCWarning(lcStore).noquote() << m_notice;
    return {};
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqlUtil::error(query.lastError(), QStringLiteral("checking integrity"));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace wb::store
