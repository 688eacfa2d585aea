#pragma once

#include "core/http/exchange.h"
#include "core/store/historytypes.h"
#include "ui/workbench/workbench.h"

#include <QObject>
#include <QUuid>

#include <memory>

class QWidget;

namespace wb::http {
class ExchangeHandle;
}

namespace wb::ui {

class RequestPage;

// Drives one request tab: Send runs the composer's spec (after the resolver) on the engine, Cancel
// stops it, the inspector shows progress (phases, the response head as soon as it is in, body
// bytes) and then the chain or the error, and every finished exchange goes to the history. Owns the
// exchange's handle while it runs: closing the tab cancels it. Also tracks the tab's title and
// unsaved edits.
class RequestController : public QObject
{
    Q_OBJECT

public:
    using SpecResolver = Workbench::SpecResolver;

    // Lives as a child of `page`.
    RequestController(RequestPage *page, Workbench *workbench);
    ~RequestController() override;

    // The controller of a request tab's page, or null for other pages.
    static RequestController *of(QWidget *page);

    RequestPage *page() const { return m_page; }
    QString tabId() const { return m_tabId; }
    void setTabId(const QString &tabId) { m_tabId = tabId; }
    // The saved collection request this tab edits (null ids: none); kept with the tab's draft.
    QUuid linkedCollection() const { return m_linkedCollection; }
    QUuid linkedItem() const { return m_linkedItem; }
    void setLink(const QUuid &collectionId, const QUuid &itemId);

    // Replaces the workbench's resolver for this tab (an empty function restores it).
    void setSpecResolver(SpecResolver resolver);
    // Replaces the workbench's secrets for this tab (what history masks).
    void setSecretsProvider(Workbench::SecretsProvider provider)
    {
        m_secrets = std::move(provider);
    }

    // The request as it would be sent now: variables and environments applied.
    Result<http::RequestSpec> resolvedSpec() const;
    void send();
    void cancel();
    bool isBusy() const { return m_exchange != nullptr; }

    // Shows `spec` in the composer; `modified` says whether it differs from what is saved.
    void loadSpec(const http::RequestSpec &spec, bool modified);
    // A history entry: its first request in the composer and its chain in the inspector.
    void showEntry(const store::HistoryEntry &entry);
    // Replaces the request with what a curl command describes; false (and statusMessage) when
    // the command does not parse.
    bool importCurl(const QString &command);
    QString curlCommand() const;

    bool isModified() const { return m_modified; }
    // The request was saved (for example into a collection) under `name`.
    void markSaved(const QString &name = {});
    QString title() const;

signals:
    void titleChanged(const QString &title);
    void modifiedChanged(bool modified);
    // Any edit of the request, for autosaving.
    void specEdited();
    void linkChanged();
    void busyChanged(bool busy);
    void exchangeFinished(const wb::http::ExchangeChain &chain);
    // A sentence for the window's status bar.
    void statusMessage(const QString &message);

private:
    void onEdited();
    void onFinished(const http::ExchangeChain &chain);
    void finish(const http::ExchangeChain &chain, bool record);
    void setModified(bool modified);
    void updateTitle();

    RequestPage *m_page = nullptr;
    Workbench *m_workbench = nullptr;
    SpecResolver m_resolver;
    Workbench::SecretsProvider m_secrets;
    QString m_tabId;
    QUuid m_linkedCollection;
    QUuid m_linkedItem;
    QString m_title;
    std::unique_ptr<http::ExchangeHandle> m_exchange; // the exchange under way
    bool m_modified = false;
};

} // namespace wb::ui
