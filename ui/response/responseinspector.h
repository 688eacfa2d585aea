#pragma once

#include "core/http/exchange.h"
#include "core/http/exchangephase.h"
#include "ui/response/livetimings.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QBoxLayout;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace wb::ui {

class CookiesView;
class FindBar;
class FramesView;
class HeadersView;
class HexView;
class PrettyView;
class PreviewView;
class RawBodyView;
class StatusStrip;
class TimingView;
class TlsView;
class WireView;

// Everything about a response: the status strip, then tabs for the body (Pretty, Raw, Hex,
// Preview), headers, cookies, timing, TLS, the wire bytes of every hop and, for HTTP/2, its frames.
// Body views are filled only when first shown, so a large body costs nothing in views nobody looks
// at. While a response arrives (setInProgress, then its events) the status, headers and a live
// timing waterfall show what is known so far; chain() stays empty until setChain.
class ResponseInspector : public QWidget
{
    Q_OBJECT

public:
    enum class BodyMode { Pretty, Raw, Hex, Preview };
    enum Tab { BodyTab, HeadersTab, CookiesTab, TimingTab, TlsTab, WireTab, FramesTab };

    explicit ResponseInspector(QWidget *parent = nullptr);
    ~ResponseInspector() override;

    void setChain(const wb::http::ExchangeChain &chain);
    void setInProgress();
    bool isInProgress() const { return m_live.isRunning(); }
    // An exchange under way (after setInProgress; ignored otherwise) reached a phase, received
    // its response head, or more of its body.
    void showPhase(wb::http::ExchangePhase phase);
    void showHead(const wb::http::ResponseHead &head);
    void showProgress(qint64 received, qint64 expected);
    void clear();

    BodyMode bodyMode() const { return m_mode; }
    void setBodyMode(BodyMode mode);
    void showTab(Tab tab);
    const wb::http::ExchangeChain &chain() const { return m_chain; }

    StatusStrip *statusStrip() const { return m_status; }
    PrettyView *prettyView() const { return m_pretty; }
    RawBodyView *rawView() const { return m_raw; }
    HexView *hexView() const { return m_hex; }
    PreviewView *previewView() const { return m_preview; }
    HeadersView *headersView() const { return m_headers; }
    CookiesView *cookiesView() const { return m_cookies; }
    TimingView *timingView() const { return m_timing; }
    TlsView *tlsView() const { return m_tls; }
    WireView *wireView() const { return m_wire; }
    FramesView *framesView() const { return m_frames; }
    FindBar *findBar() const { return m_findBar; }
    QTabWidget *tabs() const { return m_tabs; }

    QAction *findAction() const { return m_findAction; }
    QAction *saveBodyAction() const { return m_saveAction; }
    QAction *copyCurlAction() const { return m_curlAction; }

    // Copies the body to `path` off the UI thread; emits bodySaved when done.
    void saveBodyTo(const QString &path);
    QString curlCommand() const;

signals:
    void bodySaved(bool ok, const QString &message);

private:
    QWidget *buildBodyTab();
    void loadCurrentBodyView();
    void onFind(const QString &text, bool backward, bool caseSensitive);
    void saveBody();
    void copyCurl();
    BodyMode defaultModeFor(const wb::http::Exchange &exchange) const;
    void updateLiveTimings();

    StatusStrip *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QButtonGroup *m_modeButtons = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QLabel *m_bodyNote = nullptr;
    QBoxLayout *m_treeSlot = nullptr;
    PrettyView *m_pretty = nullptr;
    RawBodyView *m_raw = nullptr;
    HexView *m_hex = nullptr;
    PreviewView *m_preview = nullptr;
    HeadersView *m_headers = nullptr;
    CookiesView *m_cookies = nullptr;
    TimingView *m_timing = nullptr;
    TlsView *m_tls = nullptr;
    WireView *m_wire = nullptr;
    FramesView *m_frames = nullptr;
    FindBar *m_findBar = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_curlAction = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_curlButton = nullptr;

    wb::http::ExchangeChain m_chain;
    LiveTimings m_live;
    QTimer m_liveTimer; // redraws the live waterfall while the exchange runs
    BodyMode m_mode = BodyMode::Pretty;
    bool m_loaded[4] = {};
};

} // namespace wb::ui
