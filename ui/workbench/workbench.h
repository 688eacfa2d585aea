#pragma once

#include "core/common/result.h"
#include "core/http/requestspec.h"
#include "core/http/sendoptions.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace wb::http {
class HttpEngine;
}
namespace wb::store {
class WorkspaceStore;
}

namespace wb::ui {

// What the request tabs of a window work with: the HTTP engine, the workspace store and the
// workspace folder. Made by the composition root, which owns the engine and the store; this
// object only points at them.
class Workbench : public QObject
{
    Q_OBJECT

public:
    // Turns the composer's spec into the request to send (variables, environments); the
    // default returns the spec unchanged.
    using SpecResolver = std::function<Result<http::RequestSpec>(const http::RequestSpec &)>;
    // The values of secret variables in effect, which the history must not keep.
    using SecretsProvider = std::function<QStringList()>;

    Workbench(http::HttpEngine *engine, store::WorkspaceStore *store, const QString &workspacePath,
              QObject *parent = nullptr);

    http::HttpEngine *engine() const { return m_engine; }
    store::WorkspaceStore *store() const { return m_store; }
    QString workspacePath() const { return m_workspacePath; }

    void setSpecResolver(SpecResolver resolver);
    void setSecretsProvider(SecretsProvider provider) { m_secrets = std::move(provider); }
    QStringList secrets() const { return m_secrets ? m_secrets() : QStringList(); }
    Result<http::RequestSpec> resolve(const http::RequestSpec &spec) const;

    // How the engine keeps what it receives for requests sent from the window.
    http::SendOptions sendOptions() const { return m_sendOptions; }
    void setSendOptions(const http::SendOptions &options) { m_sendOptions = options; }

private:
    http::HttpEngine *m_engine = nullptr;
    store::WorkspaceStore *m_store = nullptr;
    QString m_workspacePath;
    SpecResolver m_resolver;
    SecretsProvider m_secrets;
    http::SendOptions m_sendOptions;
};

} // namespace wb::ui
