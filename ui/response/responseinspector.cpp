#include "ui/response/responseinspector.h"

#include "core/interchange/curlexporter.h"
#include "ui/response/bodysource.h"
#include "ui/response/cookiesview.h"
#include "ui/response/findbar.h"
#include "ui/response/framesmodel.h"
#include "ui/response/framesview.h"
#include "ui/response/headersview.h"
#include "ui/response/hexview.h"
#include "ui/response/pagedtextview.h"
#include "ui/response/prettyview.h"
#include "ui/response/previewview.h"
#include "ui/response/rawbodyview.h"
#include "ui/response/statusstrip.h"
#include "ui/response/timingview.h"
#include "ui/response/tlsview.h"
#include "ui/response/wireview.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wb::ui {

ResponseInspector::ResponseInspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responseInspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new StatusStrip(this);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_headers = new HeadersView(this);
    m_cookies = new CookiesView(this);
    m_timing = new TimingView(this);
    auto *timingScroll = new QScrollArea(this);
    timingScroll->setWidget(m_timing);
    timingScroll->setWidgetResizable(true);
    timingScroll->setFrameShape(QFrame::NoFrame);
    m_tls = new TlsView(this);
    m_wire = new WireView(this);
    m_frames = new FramesView(this);
    m_tabs->addTab(buildBodyTab(), tr("&Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_cookies, tr("Cookies"));
    m_tabs->addTab(timingScroll, tr("Timing"));
    m_tabs->addTab(m_tls, tr("TLS"));
    m_tabs->addTab(m_wire, tr("Wire"));
    m_tabs->addTab(m_frames, tr("Frames"));
    m_tabs->setTabToolTip(FramesTab, tr("Every HTTP/2 frame of this request, both ways"));
    layout->addWidget(m_tabs, 1);

    m_findAction = new QAction(tr("Find in Body"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(BodyTab);
        m_findBar->activate();
    });
    m_saveAction = new QAction(tr("Save Body As…"), this);
    m_saveAction->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ResponseInspector::saveBody);
    m_curlAction = new QAction(tr("Copy as cURL"), this);
    m_curlAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_curlAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_curlAction, &QAction::triggered, this, &ResponseInspector::copyCurl);
    addActions({m_findAction, m_saveAction, m_curlAction});
    m_saveButton->setDefaultAction(m_saveAction);
    m_curlButton->setDefaultAction(m_curlAction);
    connect(m_findBar, &FindBar::findRequested, this, &ResponseInspector::onFind);
    connect(m_pretty->pagedView(), &PagedTextView::findFinished, m_findBar, &FindBar::setResult);
    connect(m_raw->pagedView(), &PagedTextView::findFinished, m_findBar, &FindBar::setResult);
    connect(m_hex, &HexView::findFinished, m_findBar, &FindBar::setResult);
    m_liveTimer.setInterval(100);
    connect(&m_liveTimer, &QTimer::timeout, this, &ResponseInspector::updateLiveTimings);
    clear();
}

ResponseInspector::~ResponseInspector() = default;

QWidget *ResponseInspector::buildBodyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_modeButtons = new QButtonGroup(page);
    const QStringList names = {tr("Pretty"), tr("Raw"), tr("Hex"), tr("Preview")};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QToolButton(page);
        button->setText(names.at(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("bodyMode%1").arg(i));
        m_modeButtons->addButton(button, i);
        bar->addWidget(button);
    }
    m_bodyNote = new QLabel(page);
    m_treeSlot = bar;
    m_bodyNote->setObjectName(QStringLiteral("bodyNote"));
    m_bodyNote->setForegroundRole(QPalette::PlaceholderText);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_bodyNote, 1);
    m_saveButton = new QToolButton(page);
    m_saveButton->setAutoRaise(true);
    m_curlButton = new QToolButton(page);
    m_curlButton->setAutoRaise(true);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_curlButton);
    layout->addLayout(bar);

    m_bodyStack = new QStackedWidget(page);
    m_pretty = new PrettyView(page);
    m_raw = new RawBodyView(page);
    m_hex = new HexView(page);
    m_preview = new PreviewView(page);
    m_bodyStack->addWidget(m_pretty);
    // The Tree toggle sits with the view buttons rather than on a line of its own.
    m_treeSlot->insertWidget(m_modeButtons->buttons().size(), m_pretty->treeButton());
    m_bodyStack->addWidget(m_raw);
    m_bodyStack->addWidget(m_hex);
    m_bodyStack->addWidget(m_preview);
    layout->addWidget(m_bodyStack, 1);
    m_findBar = new FindBar(page);
    layout->addWidget(m_findBar);
    connect(m_modeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setBodyMode(static_cast<BodyMode>(id)); });
    return page;
}

void ResponseInspector::clear()
{
    m_liveTimer.stop();
    m_live.stop();
    m_chain = {};
    std::fill(std::begin(m_loaded), std::end(m_loaded), false);
    m_status->clear();
    m_pretty->clear();
    m_raw->setSource(nullptr);
    m_hex->setSource(nullptr);
    m_preview->clear();
    m_headers->clearHeaders();
    m_cookies->clearCookies();
    m_timing->clearTimings();
    m_tls->clearTls();
    m_wire->clearChain();
    m_frames->clearFrames();
    m_tabs->setTabVisible(FramesTab, false);
    m_tabs->setTabText(FramesTab, tr("Frames"));
    m_bodyNote->clear();
    m_tabs->setTabText(HeadersTab, tr("Headers"));
    m_tabs->setTabText(CookiesTab, tr("Cookies"));
    m_saveAction->setEnabled(false);
    m_curlAction->setEnabled(false);
}

void ResponseInspector::setInProgress()
{
    clear();
    m_status->setInProgress();
    m_live.start();
    m_liveTimer.start();
    updateLiveTimings();
}

void ResponseInspector::showPhase(wb::http::ExchangePhase phase)
{
    if (!isInProgress())
        return;
    m_live.reach(phase);
    updateLiveTimings();
}

void ResponseInspector::showHead(const wb::http::ResponseHead &head)
{
    if (!isInProgress())
        return;
    m_status->setHead(head);
    m_headers->setHead(head);
    m_tabs->setTabText(HeadersTab, tr("Headers (%1)").arg(head.headers.size()));
}

void ResponseInspector::showProgress(qint64 received, qint64 expected)
{
    if (isInProgress())
        m_status->setProgress(received, expected);
}

void ResponseInspector::updateLiveTimings()
{
    if (isInProgress())
        m_timing->setLiveTimings(m_live.snapshot());
}

ResponseInspector::BodyMode ResponseInspector::defaultModeFor(const wb::http::Exchange &ex) const
{
    const QByteArray type = ex.response.header("Content-Type").toLower();
    if (type.contains("json") || (type.contains("xml") && !type.contains("html")))
        return BodyMode::Pretty;
    if (type.startsWith("image/"))
        return BodyMode::Preview;
    if (type.startsWith("text/") || type.contains("html") || type.contains("javascript") ||
        type.contains("x-www-form-urlencoded"))
        return BodyMode::Raw;
    const QByteArray head = ex.responseBody.head(512).trimmed();
    if (head.startsWith('{') || head.startsWith('['))
        return BodyMode::Pretty;
    // Text if the first bytes have no NULs or control bytes besides whitespace.
    for (const char c : ex.responseBody.head(4096)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return BodyMode::Hex;
    }
    return BodyMode::Raw;
}

void ResponseInspector::setChain(const wb::http::ExchangeChain &chain)
{
    clear();
    m_chain = chain;
    if (chain.isEmpty())
        return;
    const auto &last = chain.last();
    m_status->setExchange(last, int(chain.hops.size()));
    m_headers->setExchange(last);
    m_tabs->setTabText(HeadersTab, tr("Headers (%1)").arg(last.response.headers.size()));
    m_cookies->setChain(chain);
    if (m_cookies->rowCount() > 0)
        m_tabs->setTabText(CookiesTab, tr("Cookies (%1)").arg(m_cookies->rowCount()));
    m_timing->setTimings(last.timings, last.connectionReused);
    m_tls->setTls(last.tls);
    m_wire->setChain(chain);
    const bool http2 = std::any_of(chain.hops.cbegin(), chain.hops.cend(), FramesView::isHttp2);
    if (http2) {
        m_frames->setChain(chain);
        m_tabs->setTabText(
            FramesTab,
            tr("Frames (%1)").arg(QLocale().toString(m_frames->model()->frames().size())));
        m_tabs->setTabVisible(FramesTab, true);
    }
    const qint64 size = BodySource(last.responseBody).size();
    m_bodyNote->setText(size == 0 && last.response.status > 0 ? tr("The response has no body.")
                                                              : QString());
    m_saveAction->setEnabled(size > 0);
    m_curlAction->setEnabled(true);
    setBodyMode(defaultModeFor(last));
}

void ResponseInspector::setBodyMode(BodyMode mode)
{
    m_mode = mode;
    m_modeButtons->button(int(mode))->setChecked(true);
    m_bodyStack->setCurrentIndex(int(mode));
    loadCurrentBodyView();
    m_pretty->treeButton()->setVisible(mode == BodyMode::Pretty && m_pretty->canShowTree());
}

void ResponseInspector::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ResponseInspector::loadCurrentBodyView()
{
    const int index = int(m_mode);
    if (m_chain.isEmpty() || m_loaded[index])
        return;
    m_loaded[index] = true;
    const auto &ex = m_chain.last();
    const wb::http::BodyData &body = ex.responseBody;
    switch (m_mode) {
    case BodyMode::Pretty: {
        const QByteArray type = ex.response.header("Content-Type").toLower();
        const bool xml = type.contains("xml") || body.head(64).trimmed().startsWith('<');
        m_pretty->setBody(body, xml ? Syntax::Xml : Syntax::Json);
        break;
    }
    case BodyMode::Raw:
        m_raw->setSource(std::make_shared<BodySource>(body));
        break;
    case BodyMode::Hex:
        m_hex->setSource(std::make_shared<BodySource>(body));
        break;
    case BodyMode::Preview:
        m_preview->setBody(body, ex.response.header("Content-Type"));
        break;
    }
}

void ResponseInspector::onFind(const QString &text, bool backward, bool caseSensitive)
{
    QPlainTextEdit *editor = nullptr;
    PagedTextView *paged = nullptr;
    if (m_mode == BodyMode::Pretty) {
        if (m_pretty->pagedView()->isVisibleTo(m_pretty))
            paged = m_pretty->pagedView();
        else
            editor = m_pretty->editor();
    } else if (m_mode == BodyMode::Raw) {
        if (m_raw->isPaged())
            paged = m_raw->pagedView();
        else
            editor = m_raw->editor();
    } else if (m_mode == BodyMode::Hex) {
        return m_hex->find(text, backward, caseSensitive);
    } else {
        setBodyMode(BodyMode::Raw);
        return onFind(text, backward, caseSensitive);
    }
    if (paged)
        return paged->find(text, backward, caseSensitive);
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    bool found = editor->find(text, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        editor->setTextCursor(cursor);
        found = editor->find(text, flags);
    }
    m_findBar->setResult(found);
}

void ResponseInspector::saveBody()
{
    if (m_chain.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Response Body"));
    if (!path.isEmpty())
        saveBodyTo(path);
}

void ResponseInspector::saveBodyTo(const QString &path)
{
    if (m_chain.isEmpty())
        return;
    const wb::http::BodyData body = m_chain.last().responseBody;
    QPointer<ResponseInspector> self(this);
    QThreadPool::globalInstance()->start([body, path, self] {
        BodySource source(body);
        QSaveFile out(path);
        bool ok = out.open(QIODevice::WriteOnly);
        constexpr qint64 chunk = 4 * 1024 * 1024;
        for (qint64 offset = 0; ok && offset < source.size(); offset += chunk) {
            const QByteArray bytes = source.read(offset, chunk);
            ok = !bytes.isEmpty() && out.write(bytes) == bytes.size();
        }
        ok = ok && out.commit();
        const QString error = out.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, path, error] {
                if (!self)
                    return;
                emit self->bodySaved(
                    ok, ok ? tr("Saved the body to %1.").arg(path)
                           : tr("The body could not be saved to %1: %2. Check that the folder "
                                "exists and that you may write to it.")
                                 .arg(path, error));
            },
            Qt::QueuedConnection);
    });
}

QString ResponseInspector::curlCommand() const
{
    return m_chain.isEmpty() ? QString()
                             : interchange::CurlExporter::toCommand(m_chain.hops.first().spec);
}

void ResponseInspector::copyCurl()
{
    if (!m_chain.isEmpty())
        QApplication::clipboard()->setText(curlCommand());
}

} // namespace wb::ui
