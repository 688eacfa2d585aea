#pragma once

#include "core/common/result.h"
#include "core/workspace/collection.h"
#include "core/workspace/environment.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace wb::ui {

// Reads a file the user chose to import: a Postman collection (v2.0, v2.1) or environment, a
// curl command, or a HAR archive, recognised from its content. Nothing is changed here; a broken
// file yields the importer's error, which says where and why.
class FileImport
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::FileImport)

public:
    struct Imported
    {
        std::optional<workspace::Collection> collection;
        std::optional<workspace::Environment> environment;
        QStringList notes; // what was kept but is not applied, or ignored
    };

    static Result<Imported> read(const QString &path);
    static Result<Imported> parse(const QByteArray &bytes, const QString &name);
};

} // namespace wb::ui
