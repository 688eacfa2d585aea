#include "ui/workbench/requestcontroller.h"

#include "core/http/exchangehandle.h"
#include "core/http/httpengine.h"
#include "core/http/secretredaction.h"
#include "core/interchange/curlexporter.h"
#include "core/interchange/curlimporter.h"
#include "core/store/workspacestore.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/response/responseinspector.h"
#include "ui/response/statusstrip.h"

namespace wb::ui {

namespace {

constexpr qsizetype maxTitleLength = 48;

// A chain of one hop that never reached the network, for errors found before sending.
http::ExchangeChain failedChain(const http::RequestSpec &spec, const Error &error)
{
    http::Exchange hop;
    hop.spec = spec;
    hop.method = spec.method.toUtf8();
    hop.url = spec.url;
    hop.error = error;
    return http::ExchangeChain{{hop}};
}

} // namespace

RequestController::RequestController(RequestPage *page, Workbench *workbench)
    : QObject(page)
    , m_page(page)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("requestController"));
    RequestComposer *composer = page->composer();
    connect(composer, &RequestComposer::sendRequested, this, &RequestController::send);
    connect(composer, &RequestComposer::cancelRequested, this, &RequestController::cancel);
    connect(composer, &RequestComposer::curlPasted, this, &RequestController::importCurl);
    connect(composer, &RequestComposer::specChanged, this, &RequestController::onEdited);
    updateTitle();
}

// The exchange still under way, if any, is cancelled with its handle.
RequestController::~RequestController() = default;

RequestController *RequestController::of(QWidget *page)
{
    return page ? page->findChild<RequestController *>(QString(), Qt::FindDirectChildrenOnly)
                : nullptr;
}

void RequestController::setSpecResolver(SpecResolver resolver)
{
    m_resolver = std::move(resolver);
}

Result<http::RequestSpec> RequestController::resolvedSpec() const
{
    const http::RequestSpec spec = m_page->composer()->spec();
    return m_resolver ? m_resolver(spec) : m_workbench->resolve(spec);
}

void RequestController::send()
{
    if (isBusy())
        return;
    const http::RequestSpec spec = m_page->composer()->spec();
    const Result<http::RequestSpec> resolved = resolvedSpec();
    if (!resolved) {
        finish(failedChain(spec, resolved.error()), false);
        return;
    }
    if (!m_workbench->engine())
        return;
    ResponseInspector *inspector = m_page->inspector();
    inspector->setInProgress();
    m_page->composer()->setBusy(true);
    http::SendOptions options = m_workbench->sendOptions();
    options.events = http::ExchangeEvent::PhaseReached | http::ExchangeEvent::HeadReceived |
                     http::ExchangeEvent::BodyProgress;
    m_exchange = m_workbench->engine()->send(resolved.value(), options);
    http::ExchangeHandle *exchange = m_exchange.get();
    connect(exchange, &http::ExchangeHandle::phaseReached, inspector,
            &ResponseInspector::showPhase);
    connect(exchange, &http::ExchangeHandle::headReceived, inspector, &ResponseInspector::showHead);
    connect(exchange, &http::ExchangeHandle::bodyProgress, inspector,
            &ResponseInspector::showProgress);
    connect(exchange, &http::ExchangeHandle::finished, this, &RequestController::onFinished);
    emit busyChanged(true);
}

void RequestController::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

void RequestController::onFinished(const http::ExchangeChain &chain)
{
    m_exchange.reset(); // from the handle's own signal, which a handle allows
    m_page->composer()->setBusy(false);
    emit busyChanged(false);
    finish(chain, true);
}

void RequestController::finish(const http::ExchangeChain &chain, bool record)
{
    m_page->inspector()->setChain(chain);
    if (chain.isEmpty())
        return;
    const http::Exchange &last = chain.last();
    // A request that never left (an unusable URL) is not history.
    const bool sent = last.error.category != ErrorCategory::InvalidInput;
    if (record && sent && m_workbench->store()) {
        // Secret variable values never reach the history.
        const QStringList secrets = m_secrets ? m_secrets() : m_workbench->secrets();
        m_workbench->store()->appendExchange(http::SecretRedaction::redacted(chain, secrets));
    }
    emit exchangeFinished(chain);
    if (last.error.isError()) {
        emit statusMessage(last.error.message);
        return;
    }
    //: A finished request in the status bar: "GET example.com/a: 200 OK in 120 ms, 5 KB".
    emit statusMessage(tr("%1: %2 %3 in %4, %5")
                           .arg(m_title, QString::number(last.response.status),
                                QString::fromLatin1(last.response.reason),
                                StatusStrip::formatDuration(last.timings.totalUs),
                                StatusStrip::formatSize(last.responseBody.size)));
}

void RequestController::loadSpec(const http::RequestSpec &spec, bool modified)
{
    {
        const QSignalBlocker block(m_page->composer());
        m_page->composer()->setSpec(spec);
    }
    setModified(modified);
    updateTitle();
    emit specEdited();
}

void RequestController::showEntry(const store::HistoryEntry &entry)
{
    if (entry.chain.isEmpty())
        return;
    loadSpec(entry.chain.hops.first().spec, false);
    m_page->inspector()->setChain(entry.chain);
}

bool RequestController::importCurl(const QString &command)
{
    const auto imported = interchange::CurlImporter::parse(command);
    if (!imported) {
        emit statusMessage(tr("The pasted text is not a cURL command Wirebench can read: %1")
                               .arg(imported.error().message));
        return false;
    }
    loadSpec(imported->spec, true);
    if (imported->warnings.isEmpty())
        emit statusMessage(tr("Imported the cURL command."));
    else
        emit statusMessage(tr("Imported the cURL command; not applied: %1")
                               .arg(imported->warnings.join(QStringLiteral("; "))));
    return true;
}

QString RequestController::curlCommand() const
{
    return interchange::CurlExporter::toCommand(m_page->composer()->spec());
}

void RequestController::markSaved(const QString &name)
{
    if (!name.isEmpty()) {
        http::RequestSpec spec = m_page->composer()->spec();
        spec.name = name;
        const QSignalBlocker block(m_page->composer());
        m_page->composer()->setSpec(spec);
    }
    setModified(false);
    updateTitle();
    emit specEdited();
}

QString RequestController::title() const
{
    return m_title;
}

void RequestController::onEdited()
{
    setModified(true);
    updateTitle();
    emit specEdited();
}

void RequestController::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void RequestController::updateTitle()
{
    const http::RequestSpec spec = m_page->composer()->spec();
    QString title = spec.name;
    if (title.isEmpty()) {
        QString url = spec.url.trimmed();
        // The scheme and the query say little in a tab; host and path say which request it is.
        for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
            if (url.startsWith(scheme, Qt::CaseInsensitive))
                url = url.mid(scheme.size());
        }
        url.truncate(url.indexOf(QLatin1Char('?')) >= 0 ? url.indexOf(QLatin1Char('?'))
                                                        : url.size());
        title = url.isEmpty() ? tr("New Request") : spec.method + QLatin1Char(' ') + url;
    }
    if (title.size() > maxTitleLength)
        title = title.left(maxTitleLength - 1) + QChar(0x2026);
    if (title == m_title)
        return;
    m_title = title;
    emit titleChanged(title);
}

void RequestController::setLink(const QUuid &collectionId, const QUuid &itemId)
{
    if (collectionId == m_linkedCollection && itemId == m_linkedItem)
        return;
    m_linkedCollection = collectionId;
    m_linkedItem = itemId;
    emit linkChanged();
}

} // namespace wb::ui
