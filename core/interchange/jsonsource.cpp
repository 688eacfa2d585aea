#include "core/interchange/jsonsource.h"

#include <QCoreApplication>

namespace wb::interchange {

QString JsonSource::lineColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

Error JsonSource::importError(const QString &what, const QString &where, const QString &why)
{
    return makeError(ErrorCategory::InvalidInput,
                     QCoreApplication::translate(
                         "wb::interchange", "The %1 cannot be imported: %2 (at %3). Nothing "
                                            "was changed; correct the file and import it again.")
                         .arg(what, why, where),
                     where);
}

Result<QJsonDocument> JsonSource::parse(const QByteArray &bytes, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError's offset points just past the character that failed.
        return importError(
            what,
            QStringLiteral("line ") + lineColumn(bytes, error.offset - 1)
                                          .replace(QLatin1Char(':'), QStringLiteral(", column ")),
            QCoreApplication::translate("wb::interchange", "the JSON is not valid (%1)")
                .arg(error.errorString()));
    }
    if (!doc.isObject())
        return importError(
            what, QStringLiteral("$"),
            QCoreApplication::translate("wb::interchange", "the document must be a JSON object"));
    return doc;
}

} // namespace wb::interchange
