#include "app/cli/importcommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "core/interchange/curlimporter.h"
#include "core/interchange/harreader.h"
#include "core/interchange/postmancollectionreader.h"
#include "core/interchange/postmanenvironment.h"
#include "core/store/collectionstore.h"
#include "core/store/database.h"
#include "core/store/environmentstore.h"
#include "core/workspace/workspacelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace wb::cli {

namespace {

// What a file holds, from its content when the format is "auto".
QString detectFormat(const QByteArray &bytes)
{
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    if (doc.contains(QStringLiteral("info")))
        return QStringLiteral("postman");
    if (doc.contains(QStringLiteral("values")))
        return QStringLiteral("environment");
    if (doc.contains(QStringLiteral("log")))
        return QStringLiteral("har");
    if (bytes.trimmed().startsWith('{'))
        return QStringLiteral("postman"); // let the importer say what is wrong
    return QStringLiteral("curl");
}

workspace::CollectionItem requestItem(const http::RequestSpec &spec)
{
    workspace::CollectionItem item;
    item.name = spec.name.isEmpty() ? spec.method + QLatin1Char(' ') + spec.url : spec.name;
    item.request = spec;
    item.inheritAuth = spec.auth.kind == http::AuthSpec::Kind::None;
    return item;
}

} // namespace

int runImport(CliContext &c)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a Postman collection (v2.0, v2.1), a Postman environment, a curl command or a "
           "HAR archive into the workspace. FILE - reads standard input."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("auto (default), postman, environment, curl or har."),
                                    QStringLiteral("format"), QStringLiteral("auto"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("Name of the new collection (curl and har)."),
                                  QStringLiteral("name"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        tr("When the workspace already holds this collection or environment, replace it."));
    const QCommandLineOption asCopy(
        QStringLiteral("as-copy"),
        tr("When the workspace already holds this collection or environment, import a copy "
           "beside it."));
    parser.addOptions({format, name, replace, asCopy});
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import, or -."));
    if (!parser.parse(c.arguments)) {
        c.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(replace) && parser.isSet(asCopy)) {
        c.err << tr("Give --replace or --as-copy, not both.") << Qt::endl;
        return ExitUsage;
    }
    const workspace::ExistingCollection existing =
        parser.isSet(replace)  ? workspace::ExistingCollection::Replace
        : parser.isSet(asCopy) ? workspace::ExistingCollection::ImportAsCopy
                               : workspace::ExistingCollection::Refuse;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        c.err << tr("Usage: import FILE [--format auto|postman|environment|curl|har] [--replace "
                    "| --as-copy].")
              << Qt::endl;
        return ExitUsage;
    }
    QFile file;
    const bool stdIn = files.first() == QLatin1String("-");
    const bool opened = stdIn ? file.open(stdin, QIODevice::ReadOnly)
                              : (file.setFileName(files.first()), file.open(QIODevice::ReadOnly));
    if (!opened) {
        c.err << tr("Cannot read %1: %2.").arg(files.first(), file.errorString()) << Qt::endl;
        return ExitIo;
    }
    const QByteArray bytes = file.readAll();
    QString kind = parser.value(format);
    if (kind == QLatin1String("auto"))
        kind = detectFormat(bytes);
    static const QStringList kinds{QStringLiteral("postman"), QStringLiteral("environment"),
                                   QStringLiteral("curl"), QStringLiteral("har")};
    if (!kinds.contains(kind)) {
        c.err << tr("--format takes auto, postman, environment, curl or har.") << Qt::endl;
        return ExitUsage;
    }

    // Parse first: a broken file changes nothing in the workspace.
    Result<workspace::Collection> collection{workspace::Collection{}};
    Result<workspace::Environment> environment{workspace::Environment{}};
    QStringList warnings;
    const QString newName =
        parser.isSet(name) ? parser.value(name)
                           : (stdIn ? tr("Imported") : QFileInfo(files.first()).completeBaseName());
    if (kind == QLatin1String("postman")) {
        collection = interchange::PostmanCollectionReader::read(bytes);
        if (collection)
            warnings = interchange::PostmanCollectionReader::notes(collection.value());
    } else if (kind == QLatin1String("environment")) {
        environment = interchange::PostmanEnvironment::read(bytes);
    } else if (kind == QLatin1String("curl")) {
        const auto imported = interchange::CurlImporter::parse(QString::fromUtf8(bytes));
        if (!imported)
            collection = imported.error();
        else {
            warnings = imported->warnings;
            collection.value().name = newName;
            collection.value().items.append(requestItem(imported->spec));
        }
    } else {
        const auto exchanges = interchange::HarReader::read(bytes);
        if (!exchanges)
            collection = exchanges.error();
        else {
            collection.value().name = newName;
            for (const auto &ex : exchanges.value())
                collection.value().items.append(requestItem(ex.spec));
        }
    }
    const Error &error =
        kind == QLatin1String("environment") ? environment.error() : collection.error();
    if (error.isError()) {
        c.err << error.message << Qt::endl;
        return ExitFailure;
    }
    for (const QString &w : warnings)
        c.err << w << Qt::endl;

    const auto folder = workspace::WorkspaceLocation::prepare(c.workspace);
    if (!folder) {
        c.err << folder.error().message << Qt::endl;
        return ExitWorkspace;
    }
    auto db = store::Database::open(folder.value());
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return ExitWorkspace;
    }
    if (!db.value()->notice().isEmpty())
        c.err << db.value()->notice() << Qt::endl;
    // Nothing is overwritten unless the command line says so.
    const auto refuse = [&c](const QString &sentence, const QString &storedName, const QUuid &id) {
        c.err << sentence.arg(storedName, id.toString(QUuid::WithoutBraces)) << Qt::endl;
        return ExitUsage;
    };
    if (kind == QLatin1String("environment")) {
        store::EnvironmentStore environments(*db.value());
        workspace::Environment incoming = environment.value();
        const auto stored = environments.load(incoming.id);
        bool replaced = false;
        if (stored) {
            if (existing == workspace::ExistingCollection::Refuse)
                return refuse(tr("The workspace already holds the environment “%1” (%2). Run "
                                 "the import again with --replace to replace it (edits made to "
                                 "it since are lost) or with --as-copy to import a copy beside "
                                 "it."),
                              stored->name, incoming.id);
            if (existing == workspace::ExistingCollection::ImportAsCopy)
                incoming.id = QUuid::createUuid();
            else
                replaced = true;
        }
        const auto saved = environments.save(incoming);
        if (!saved) {
            c.err << saved.error().message << Qt::endl;
            return ExitWorkspace;
        }
        c.out << (replaced ? tr("Replaced environment “%1” with %n variable(s) as %2.", nullptr,
                                int(incoming.variables.size()))
                           : tr("Imported environment “%1” with %n variable(s) as %2.", nullptr,
                                int(incoming.variables.size())))
                     .arg(incoming.name, incoming.id.toString(QUuid::WithoutBraces))
              << Qt::endl;
        return ExitOk;
    }
    store::CollectionStore collections(*db.value());
    const auto imported = collections.import(collection.value(), existing);
    if (!imported) {
        if (imported.error().category == ErrorCategory::InvalidInput) {
            const auto ids = collections.taken();
            return refuse(tr("The workspace already holds the collection “%1” (%2). Run the "
                             "import again with --replace to replace it (edits made to it since "
                             "are lost) or with --as-copy to import a copy beside it."),
                          ids ? ids->collections.value(collection->id) : collection->name,
                          collection->id);
        }
        c.err << imported.error().message << Qt::endl;
        return ExitWorkspace;
    }
    const workspace::Collection &stored = imported->collection;
    const int requests = stored.requestCount();
    const QString id = stored.id.toString(QUuid::WithoutBraces);
    if (imported->replaces) {
        c.out << tr("Replaced collection “%1” with %n request(s) as %2.", nullptr, requests)
                     .arg(stored.name, id)
              << Qt::endl;
    } else if (stored.id != collection->id) {
        c.out << tr("Imported collection “%1” with %n request(s) as a copy, %2.", nullptr, requests)
                     .arg(stored.name, id)
              << Qt::endl;
    } else {
        c.out << tr("Imported collection “%1” with %n request(s) as %2.", nullptr, requests)
                     .arg(stored.name, id)
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace wb::cli
