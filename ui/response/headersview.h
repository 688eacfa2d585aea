#pragma once

#include "core/http/exchange.h"

#include <QTableWidget>

namespace wb::ui {

// Response headers exactly in wire order, duplicates kept, followed by any trailers.
class HeadersView : public QTableWidget
{
    Q_OBJECT

public:
    explicit HeadersView(QWidget *parent = nullptr);

    void setExchange(const wb::http::Exchange &exchange);
    // The head of a response whose body is still arriving.
    void setHead(const wb::http::ResponseHead &head);
    void clearHeaders();

private:
    void addRow(const QString &name, const QString &value, bool muted);
};

} // namespace wb::ui
