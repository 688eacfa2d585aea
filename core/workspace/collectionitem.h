#pragma once

#include "core/http/requestspec.h"
#include "core/workspace/variable.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace wb::workspace {

// A folder or a saved request inside a collection. Folders hold ordered children and may set
// auth, headers and variables that their requests inherit.
struct CollectionItem
{
    enum class Kind { Folder, Request };

    Kind kind = Kind::Request;
    QUuid id = QUuid::createUuid();
    QString name;
    QString description;
    wb::http::RequestSpec request;        // Request: what is sent (auth used unless inheritAuth)
    bool inheritAuth = true;              // take auth from the parent folder or the collection
    wb::http::AuthSpec auth;              // Folder: auth for the requests below it
    QList<wb::http::HeaderField> headers; // Folder: headers added to the requests below it
    QList<Variable> variables;
    QList<CollectionItem> children; // Folder: in display order
    QJsonObject original; // the element as imported, merged on export to keep unknown fields

    bool isFolder() const { return kind == Kind::Folder; }
};

} // namespace wb::workspace
