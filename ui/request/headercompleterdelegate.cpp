#include "ui/request/headercompleterdelegate.h"

#include <QCompleter>
#include <QLineEdit>

namespace wb::ui {

HeaderCompleterDelegate::HeaderCompleterDelegate(int nameColumn, int valueColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_nameColumn(nameColumn)
    , m_valueColumn(valueColumn)
{}

QStringList HeaderCompleterDelegate::commonNames()
{
    return {QStringLiteral("Accept"),
            QStringLiteral("Accept-Encoding"),
            QStringLiteral("Accept-Language"),
            QStringLiteral("Authorization"),
            QStringLiteral("Cache-Control"),
            QStringLiteral("Connection"),
            QStringLiteral("Content-Encoding"),
            QStringLiteral("Content-Type"),
            QStringLiteral("Cookie"),
            QStringLiteral("DNT"),
            QStringLiteral("Expect"),
            QStringLiteral("Forwarded"),
            QStringLiteral("From"),
            QStringLiteral("Host"),
            QStringLiteral("If-Match"),
            QStringLiteral("If-Modified-Since"),
            QStringLiteral("If-None-Match"),
            QStringLiteral("If-Range"),
            QStringLiteral("If-Unmodified-Since"),
            QStringLiteral("Origin"),
            QStringLiteral("Pragma"),
            QStringLiteral("Prefer"),
            QStringLiteral("Range"),
            QStringLiteral("Referer"),
            QStringLiteral("TE"),
            QStringLiteral("Upgrade"),
            QStringLiteral("User-Agent"),
            QStringLiteral("X-Api-Key"),
            QStringLiteral("X-Forwarded-For"),
            QStringLiteral("X-Request-ID"),
            QStringLiteral("X-Requested-With")};
}

QStringList HeaderCompleterDelegate::commonValues(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("content-type") || n == QLatin1String("accept"))
        return {QStringLiteral("application/json"),
                QStringLiteral("application/xml"),
                QStringLiteral("application/x-www-form-urlencoded"),
                QStringLiteral("multipart/form-data"),
                QStringLiteral("text/plain"),
                QStringLiteral("text/html"),
                QStringLiteral("application/octet-stream"),
                QStringLiteral("*/*")};
    if (n == QLatin1String("accept-encoding") || n == QLatin1String("content-encoding"))
        return {QStringLiteral("gzip, deflate, br, zstd"), QStringLiteral("gzip"),
                QStringLiteral("identity")};
    if (n == QLatin1String("cache-control") || n == QLatin1String("pragma"))
        return {QStringLiteral("no-cache"), QStringLiteral("no-store"),
                QStringLiteral("max-age=0")};
    if (n == QLatin1String("connection"))
        return {QStringLiteral("keep-alive"), QStringLiteral("close"), QStringLiteral("Upgrade")};
    if (n == QLatin1String("authorization"))
        return {QStringLiteral("Bearer "), QStringLiteral("Basic ")};
    if (n == QLatin1String("accept-language"))
        return {QStringLiteral("en-US,en;q=0.9"), QStringLiteral("de-DE,de;q=0.9"),
                QStringLiteral("zh-CN,zh;q=0.9")};
    if (n == QLatin1String("expect"))
        return {QStringLiteral("100-continue")};
    if (n == QLatin1String("prefer"))
        return {QStringLiteral("return=minimal"), QStringLiteral("return=representation")};
    return {};
}

QWidget *HeaderCompleterDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return editor;
    QStringList words;
    if (index.column() == m_nameColumn)
        words = commonNames();
    else if (index.column() == m_valueColumn)
        words = commonValues(index.siblingAtColumn(m_nameColumn).data().toString());
    if (!words.isEmpty()) {
        auto *completer = new QCompleter(words, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    return editor;
}

} // namespace wb::ui
