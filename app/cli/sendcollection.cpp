#include "app/cli/sendcollection.h"
#include "app/cli/clitr.h"

#include "app/cli/sendargs.h"
#include "core/interchange/postmancollectionreader.h"
#include "core/interchange/postmanenvironment.h"
#include "core/workspace/requestresolver.h"

#include <QFile>

namespace wb::cli {

namespace {

using workspace::CollectionItem;

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCategory::Io,
                         tr("%1 could not be read: %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

// Every request under `items` with its path ("Folder/Sub/Request").
void requestPaths(const QList<CollectionItem> &items, const QString &prefix,
                  QList<std::pair<QString, const CollectionItem *>> &out)
{
    for (const auto &item : items) {
        const QString path = prefix.isEmpty() ? item.name : prefix + QLatin1Char('/') + item.name;
        if (item.isFolder())
            requestPaths(item.children, path, out);
        else
            out.append({path, &item});
    }
}

Result<QUuid> findRequest(const workspace::Collection &collection, const QString &name)
{
    QList<std::pair<QString, const CollectionItem *>> all;
    requestPaths(collection.items, {}, all);
    QList<const CollectionItem *> byName;
    QStringList paths;
    for (const auto &[path, item] : all) {
        if (path == name || item->id.toString(QUuid::WithoutBraces) == name)
            return item->id;
        if (item->name == name)
            byName.append(item);
        paths.append(path);
    }
    if (byName.size() == 1)
        return byName.first()->id;
    if (byName.size() > 1) {
        return makeError(ErrorCategory::InvalidInput,
                         tr("%1 requests are named '%2': give the path, one of: %3.")
                             .arg(byName.size())
                             .arg(name, paths.join(QStringLiteral(", "))));
    }
    return makeError(
        ErrorCategory::InvalidInput,
        tr("The collection has no request '%1'. Its requests: %2.")
            .arg(name, paths.isEmpty() ? tr("none") : paths.join(QStringLiteral(", "))));
}

Result<workspace::Environment> readEnvironment(const QCommandLineParser &parser,
                                               const QString &option)
{
    if (!parser.isSet(option))
        return workspace::Environment{};
    const auto bytes = readFile(parser.value(option));
    if (!bytes)
        return bytes.error();
    return interchange::PostmanEnvironment::read(bytes.value());
}

} // namespace

void SendCollection::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("collection"),
         tr("Send a request of this Postman collection file; -X/--request then names the "
            "request (Folder/Request)."),
         QStringLiteral("file")},
        {QStringLiteral("env"), tr("Postman environment file for --collection."),
         QStringLiteral("file")},
        {QStringLiteral("globals"), tr("Postman globals file for --collection."),
         QStringLiteral("file")},
        {QStringLiteral("var"),
         tr("Variable NAME=VALUE for --collection, stronger than the environment (repeatable)."),
         QStringLiteral("name=value")},
    });
}

bool SendCollection::isRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("collection"));
}

Result<workspace::ResolvedRequest> SendCollection::request(const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("request"));
    if (name.isEmpty()) {
        return makeError(ErrorCategory::InvalidInput,
                         tr("Name the request to send with --request, for example "
                            "--request \"Users/Create user\"."));
    }
    const auto bytes = readFile(parser.value(QStringLiteral("collection")));
    if (!bytes)
        return bytes.error();
    const auto collection = interchange::PostmanCollectionReader::read(bytes.value());
    if (!collection)
        return collection.error();
    const auto id = findRequest(collection.value(), name);
    if (!id)
        return id.error();
    const auto environment = readEnvironment(parser, QStringLiteral("env"));
    if (!environment)
        return environment.error();
    const auto globals = readEnvironment(parser, QStringLiteral("globals"));
    if (!globals)
        return globals.error();
    QList<workspace::Variable> local;
    for (const QString &assignment : parser.values(QStringLiteral("var"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return makeError(ErrorCategory::InvalidInput,
                             tr("--var needs NAME=VALUE, not '%1'.").arg(assignment));
        }
        workspace::Variable variable;
        variable.key = assignment.left(eq);
        variable.value = assignment.mid(eq + 1);
        local.append(variable);
    }
    auto resolved = workspace::RequestResolver::resolve(
        collection.value(), id.value(), globals->variables,
        parser.isSet(QStringLiteral("env")) ? &environment.value() : nullptr, {}, local);
    if (!resolved)
        return resolved.error();
    const auto extra = SendArgs::headers(parser);
    if (!extra)
        return extra.error();
    resolved.value().spec.headers += extra.value();
    if (auto applied = SendArgs::applyOptions(parser, resolved.value().spec.options); !applied)
        return applied.error();
    return resolved;
}

} // namespace wb::cli
