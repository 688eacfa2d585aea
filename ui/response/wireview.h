#pragma once

#include "core/http/exchange.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace wb::ui {

// The exact bytes sent and received, hop by hop through a redirect chain. Control characters are
// shown as escapes (\r, \n, \t, \xNN) so that line endings and stray bytes are visible.
class WireView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 ShownBytesPerSide = 1024 * 1024;
    // Bytes of an HTTP/2 stream shown as a hex dump (each takes a line of 16).
    static constexpr qint64 HexBytesShown = 64 * 1024;

    explicit WireView(QWidget *parent = nullptr);

    void setChain(const wb::http::ExchangeChain &chain);
    void clearChain();
    int hopCount() const;
    void showHop(int index);
    QString hopLabel(int index) const;
    QString text() const;

    static QString escapeBytes(const QByteArray &bytes);

private:
    QListWidget *m_hops = nullptr;
    QPlainTextEdit *m_text = nullptr;
    wb::http::ExchangeChain m_chain;
};

} // namespace wb::ui
