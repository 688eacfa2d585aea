#pragma once

#include "core/http/exchange.h"

#include <QTableWidget>

namespace wb::ui {

// The cookies the server set (Set-Cookie of every hop), parsed for display.
class CookiesView : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { Name, Value, Domain, Path, Expires, Secure, HttpOnly, SameSite, SetBy, Count };

    explicit CookiesView(QWidget *parent = nullptr);

    void setChain(const wb::http::ExchangeChain &chain);
    void clearCookies();
};

} // namespace wb::ui
