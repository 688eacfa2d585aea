#pragma once

#include "ui/request/keyvaluetable.h"

namespace wb::ui::queryparams {

// The query of a URL as typed, split into name/value rows. Percent-encoding is kept as typed.
QList<KeyValueTable::Row> parse(const QString &url);
// `url` with its query replaced by the enabled rows (the fragment is kept).
QString withQuery(const QString &url, const QList<KeyValueTable::Row> &rows);

} // namespace wb::ui::queryparams
