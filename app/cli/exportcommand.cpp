#include "app/cli/exportcommand.h"
#include "app/cli/clitr.h"

#include "app/cli/exitcodes.h"
#include "core/interchange/curlexporter.h"
#include "core/interchange/postmancollectionwriter.h"
#include "core/interchange/postmanenvironment.h"
#include "core/store/collectionstore.h"
#include "core/store/database.h"
#include "core/store/environmentstore.h"
#include "core/workspace/workspacelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

namespace wb::cli {

namespace {

QString curlCommands(const workspace::Collection &collection)
{
    QString out;
    std::function<void(const QList<workspace::CollectionItem> &, const QString &)> walk =
        [&](const QList<workspace::CollectionItem> &items, const QString &path) {
            for (const auto &item : items) {
                const QString name =
                    path.isEmpty() ? item.name : path + QStringLiteral(" / ") + item.name;
                if (item.isFolder()) {
                    walk(item.children, name);
                    continue;
                }
                const auto spec = collection.effectiveRequest(item.id);
                if (!spec)
                    continue;
                out += QStringLiteral("# ") +
                       QString(name).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
                       QLatin1Char('\n') + interchange::CurlExporter::toCommand(spec.value()) +
                       QStringLiteral("\n\n");
            }
        };
    walk(collection.items, {});
    return out;
}

} // namespace

int runExport(CliContext &c)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a collection as Postman v2.1 or as curl commands, or an environment as a "
           "Postman environment. Secret values are left out unless --include-secrets."));
    const QCommandLineOption collectionOption(
        QStringLiteral("collection"), tr("The collection (id or name)."), QStringLiteral("id"));
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"), tr("The environment (id or name)."), QStringLiteral("id"));
    const QCommandLineOption format(QStringLiteral("format"), tr("postman (default) or curl."),
                                    QStringLiteral("format"), QStringLiteral("postman"));
    const QCommandLineOption secrets(QStringLiteral("include-secrets"),
                                     tr("Write the values of secret variables too."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to <file> instead of standard output."),
                                    QStringLiteral("file"));
    parser.addOptions({collectionOption, environmentOption, format, secrets, output});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(c.arguments)) {
        c.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(collectionOption) == parser.isSet(environmentOption) ||
        (parser.value(format) != QLatin1String("postman") &&
         parser.value(format) != QLatin1String("curl"))) {
        c.err << tr("Usage: export --collection ID|NAME [--format postman|curl] | --environment "
                    "ID|NAME [--include-secrets] [--output FILE].")
              << Qt::endl;
        return ExitUsage;
    }
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
    const bool includeSecrets = parser.isSet(secrets);
    QByteArray document;
    if (parser.isSet(collectionOption)) {
        const QString wanted = parser.value(collectionOption);
        const store::CollectionStore store(*db.value());
        const auto listing = store.list();
        if (!listing) {
            c.err << listing.error().message << Qt::endl;
            return ExitWorkspace;
        }
        QUuid id;
        for (const auto &l : listing.value()) {
            if (l.id == QUuid::fromString(wanted) || l.name == wanted)
                id = l.id;
        }
        const auto collection =
            id.isNull() ? Result<workspace::Collection>(makeError(
                              ErrorCategory::InvalidInput,
                              tr("There is no collection “%1”; wirebench-cli import adds one.")
                                  .arg(wanted)))
                        : store.load(id);
        if (!collection) {
            c.err << collection.error().message << Qt::endl;
            return ExitFailure;
        }
        document =
            parser.value(format) == QLatin1String("curl")
                ? curlCommands(collection.value()).toUtf8()
                : interchange::PostmanCollectionWriter::toJson(collection.value(), includeSecrets);
    } else {
        const QString wanted = parser.value(environmentOption);
        const auto environments = store::EnvironmentStore(*db.value()).environments();
        if (!environments) {
            c.err << environments.error().message << Qt::endl;
            return ExitWorkspace;
        }
        const workspace::Environment *found = nullptr;
        for (const auto &e : environments.value()) {
            if (e.id == QUuid::fromString(wanted) || e.name == wanted)
                found = &e;
        }
        if (!found) {
            c.err << tr("There is no environment “%1”; wirebench-cli import adds one.").arg(wanted)
                  << Qt::endl;
            return ExitFailure;
        }
        document = interchange::PostmanEnvironment::toJson(*found, includeSecrets);
    }
    if (!parser.isSet(output)) {
        c.out << QString::fromUtf8(document);
        c.out.flush();
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() ||
        !file.commit()) {
        c.err << tr("Cannot write %1: %2.").arg(parser.value(output), file.errorString())
              << Qt::endl;
        return ExitIo;
    }
    return ExitOk;
}

} // namespace wb::cli
