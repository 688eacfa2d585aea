#pragma once

#include "core/http/exchange.h"

#include <QWidget>

namespace wb::ui {

// A waterfall of one exchange's phases (queued, DNS, connect, TLS, send, wait, download): each
// bar starts where the previous phase ended, so the picture shows where the time went; drawn
// live, the phase in progress growing, while the exchange runs.
class TimingView : public QWidget
{
    Q_OBJECT

public:
    explicit TimingView(QWidget *parent = nullptr);

    void setTimings(const wb::http::Timings &timings, bool connectionReused);
    // The timings of an exchange still under way (see LiveTimings): the total reads "so far".
    void setLiveTimings(const wb::http::Timings &timings);
    bool isLive() const { return m_live; }
    void clearTimings();

    // Phase name and duration (µs, -1 when it did not happen), in waterfall order.
    QList<QPair<QString, qint64>> phases() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    wb::http::Timings m_timings;
    bool m_reused = false;
    bool m_empty = true;
    bool m_live = false;
};

} // namespace wb::ui
