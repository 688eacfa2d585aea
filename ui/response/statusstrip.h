#pragma once

#include "core/http/exchange.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace wb::ui {

// The line above the response: status and reason coloured by class, total time, size and protocol,
// always in view (live while the response arrives); when the exchange failed, its error sentence
// and what to try instead.
class StatusStrip : public QWidget
{
    Q_OBJECT

public:
    explicit StatusStrip(QWidget *parent = nullptr);

    void setExchange(const wb::http::Exchange &exchange, int hopCount = 1);
    void setInProgress();
    // While the response is still arriving (after setInProgress): its status line so far, and
    // the body bytes received of those expected (-1: not known). The elapsed time keeps running.
    void setHead(const wb::http::ResponseHead &head);
    void setProgress(qint64 received, qint64 expected);
    void clear();

    QString statusText() const;
    QString errorText() const;
    QString hintText() const;

    // "HTTP/2 · ALPN h2", "HTTP/2 · h2c" (cleartext), "HTTP/1.1 · ALPN http/1.1", "HTTP/1.1".
    static QString protocolText(const wb::http::Exchange &exchange);
    // The version as people write it: "HTTP/2" for "h2" and "HTTP/2.0".
    static QString versionText(const QByteArray &httpVersion);
    QString protocolLabelText() const;
    static QString formatSize(qint64 bytes);
    static QString formatDuration(qint64 microseconds);
    static QString hintFor(wb::ErrorCategory category);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStatusColour();
    void updateElapsed();

    QLabel *m_status = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_protocol = nullptr;
    QWidget *m_errorPanel = nullptr;
    QLabel *m_errorText = nullptr;
    QLabel *m_hint = nullptr;
    int m_statusCode = 0;
    QTimer m_elapsedTimer;
    QElapsedTimer m_elapsed;
};

} // namespace wb::ui
