#include "ui/collections/fileimport.h"

#include "core/interchange/curlimporter.h"
#include "core/interchange/harreader.h"
#include "core/interchange/postmancollectionreader.h"
#include "core/interchange/postmanenvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb::ui {

namespace {

workspace::CollectionItem requestItem(const http::RequestSpec &spec)
{
    workspace::CollectionItem item;
    item.name = spec.name.isEmpty() ? spec.method + QLatin1Char(' ') + spec.url : spec.name;
    item.request = spec;
    item.inheritAuth = spec.auth.kind == http::AuthSpec::Kind::None;
    return item;
}

} // namespace

Result<FileImport::Imported> FileImport::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCategory::Io,
                         tr("%1 could not be read: %2. Nothing was imported.")
                             .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return parse(file.readAll(), QFileInfo(path).completeBaseName());
}

Result<FileImport::Imported> FileImport::parse(const QByteArray &bytes, const QString &name)
{
    Imported imported;
    const QByteArray trimmed = bytes.trimmed();
    if (!trimmed.startsWith('{')) {
        const auto curl = interchange::CurlImporter::parse(QString::fromUtf8(bytes));
        if (!curl)
            return curl.error();
        imported.collection.emplace();
        imported.collection->name = name;
        imported.collection->items.append(requestItem(curl->spec));
        imported.notes = curl->warnings;
        return imported;
    }
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    if (doc.contains(QStringLiteral("log"))) {
        const auto exchanges = interchange::HarReader::read(bytes);
        if (!exchanges)
            return exchanges.error();
        imported.collection.emplace();
        imported.collection->name = name;
        for (const auto &exchange : exchanges.value())
            imported.collection->items.append(requestItem(exchange.spec));
        return imported;
    }
    if (doc.contains(QStringLiteral("values")) && !doc.contains(QStringLiteral("info"))) {
        auto environment = interchange::PostmanEnvironment::read(bytes);
        if (!environment)
            return environment.error();
        imported.environment = std::move(environment).value();
        return imported;
    }
    // A Postman collection, or a broken document the collection reader explains.
    auto collection = interchange::PostmanCollectionReader::read(bytes);
    if (!collection)
        return collection.error();
    imported.notes = interchange::PostmanCollectionReader::notes(collection.value());
    imported.collection = std::move(collection).value();
    return imported;
}

} // namespace wb::ui
