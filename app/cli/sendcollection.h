#pragma once

#include "core/common/result.h"
#include "core/workspace/variableresolver.h"

#include <QCommandLineParser>

namespace wb::cli {

// `send --collection FILE --request NAME [--env FILE] [--globals FILE] [--var NAME=VALUE]`:
// a request of a Postman collection file, found by its path ("Folder/Request") or by its name
// when that is unique, with inherited auth and headers and variables resolved with Postman's
// precedence (globals < collection and folders < environment < --var).
class SendCollection
{
public:
    static void addOptions(QCommandLineParser &parser);
    static bool isRequested(const QCommandLineParser &parser);
    // The resolved request; -H lines are added and connection options applied on top.
    static Result<workspace::ResolvedRequest> request(const QCommandLineParser &parser);
};

} // namespace wb::cli
