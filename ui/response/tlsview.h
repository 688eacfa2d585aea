#pragma once

#include "core/http/exchange.h"

#include <QTreeWidget>

namespace wb::ui {

// The TLS session of an exchange: protocol, cipher, ALPN, server name, every verification error,
// and the peer's certificate chain (subject, issuer, alternative names, validity, SHA-256).
class TlsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TlsView(QWidget *parent = nullptr);

    void setTls(const wb::http::TlsDetails &tls);
    void clearTls();
};

} // namespace wb::ui
