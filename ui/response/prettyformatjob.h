#pragma once

#include "core/http/exchange.h"
#include "ui/response/syntaxspans.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace wb::ui {

// Formats a JSON or XML body on the thread pool. Small results come back as text; large ones are
// written to a temporary file (the receiver owns and removes it) so that no string of the whole
// formatted body is ever built. The first screen of text is sent as soon as it is ready.
class PrettyFormatJob : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 InMemoryLimit = 2 * 1024 * 1024;
    static constexpr qint64 FirstScreenBytes = 64 * 1024;

    // Makes a job; connect to its signals, then start() it. Keep the pointer to cancel it.
    // Signals arrive on the thread that created the job.
    static std::shared_ptr<PrettyFormatJob> create(const wb::http::BodyData &body, Syntax syntax);
    void start();
    void cancel() { m_cancelled = true; }

signals:
    void firstScreenReady(const QByteArray &text);
    // ok: formatted; text holds it, or filePath when it was large. Otherwise error says why.
    void finished(bool ok, const QString &error, const QByteArray &text, const QString &filePath);

private:
    PrettyFormatJob() = default;
    std::weak_ptr<PrettyFormatJob> m_self;
    wb::http::BodyData m_body;
    Syntax m_syntax = Syntax::Json;
    void run(const wb::http::BodyData &body, Syntax syntax);
    void runJson(const wb::http::BodyData &body);
    void runXml(const wb::http::BodyData &body);

    std::atomic_bool m_cancelled{false};
};

} // namespace wb::ui
