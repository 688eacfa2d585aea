#pragma once

#include "core/http/requestspec.h"

#include <QJsonValue>

namespace wb::interchange {

// Auth as a Postman collection states it. `inherit` is true when the element has no auth of
// its own; types Wirebench does not implement (oauth1, hawk, ntlm...) read as "no auth" and
// are kept verbatim in the element's original JSON.
struct PostmanAuth
{
    bool inherit = true;
    wb::http::AuthSpec spec;
    QString type; // the Postman type as read ("basic", "noauth", "hawk"...)

    friend bool operator==(const PostmanAuth &a, const PostmanAuth &b)
    {
        return a.inherit == b.inherit && a.spec == b.spec;
    }

    // Reads v2.1 (attribute arrays) and v2.0 (objects) auth; null or absent means inherit.
    static PostmanAuth fromJson(const QJsonValue &value);
    // v2.1 auth for `spec`; noauth when `spec` is None.
    static QJsonObject toJson(const wb::http::AuthSpec &spec);
    // Converts v2.0 auth (type-named objects) to v2.1 attribute arrays, keeping every value.
    static QJsonObject upgradeV20(const QJsonObject &auth);
};

} // namespace wb::interchange
