#pragma once

#include "core/http/requestspec.h"

#include <QWidget>

class QTableWidget;

namespace wb::ui {

class KeyValueTable;

// The request's headers in order with enable boxes and completion, and below them, greyed and
// read-only, the headers the engine will add when it sends the request.
class HeadersEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HeadersEditor(QWidget *parent = nullptr);

    QList<wb::http::HeaderField> headers() const;
    void setHeaders(const QList<wb::http::HeaderField> &headers);
    void setAutomaticHeaders(const QList<QPair<QString, QString>> &headers);
    // The value of the first enabled header `name` (case-insensitive), or a null string.
    QString headerValue(const QString &name) const;
    // Sets `name` to `value`, adding a row when there is none.
    void setHeader(const QString &name, const QString &value);
    void removeHeader(const QString &name);

    KeyValueTable *table() const { return m_table; }
    QTableWidget *automaticTable() const { return m_automatic; }

signals:
    void headersEdited();

private:
    KeyValueTable *m_table = nullptr;
    QTableWidget *m_automatic = nullptr;
};

} // namespace wb::ui
