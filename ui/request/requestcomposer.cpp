#include "ui/request/requestcomposer.h"

#include "ui/request/autheditor.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/headerseditor.h"
#include "ui/request/keyvaluetable.h"
#include "ui/request/queryparams.h"
#include "ui/request/requestsettingseditor.h"
#include "ui/request/urlbar.h"

#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb::ui {

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestComposer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_urlBar = new UrlBar(this);
    layout->addWidget(m_urlBar);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_params = new KeyValueTable(this);
    m_params->setObjectName(QStringLiteral("paramsTable"));
    m_headers = new HeadersEditor(this);
    m_body = new BodyEditor(this);
    m_auth = new AuthEditor(this);
    m_settings = new RequestSettingsEditor(this);
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_params, tr("Params"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_auth, tr("Auth"));
    m_tabs->addTab(settingsScroll, tr("Settings"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("requestDescription"));
    m_description->setPlaceholderText(
        tr("What this request is for, what it needs and what it returns (Markdown is kept as "
           "written and exported with the collection)."));
    m_tabs->addTab(m_description, tr("Docs"));
    layout->addWidget(m_tabs, 1);

    connect(m_urlBar, &UrlBar::sendRequested, this, &RequestComposer::sendRequested);
    connect(m_urlBar, &UrlBar::cancelRequested, this, &RequestComposer::cancelRequested);
    connect(m_urlBar, &UrlBar::curlPasted, this, &RequestComposer::curlPasted);
    connect(m_urlBar, &UrlBar::urlEdited, this, &RequestComposer::onUrlEdited);
    connect(m_urlBar, &UrlBar::methodEdited, this, &RequestComposer::edited);
    connect(m_params, &KeyValueTable::rowsEdited, this, &RequestComposer::onParamsEdited);
    connect(m_headers, &HeadersEditor::headersEdited, this, &RequestComposer::edited);
    connect(m_body, &BodyEditor::bodyEdited, this, &RequestComposer::edited);
    connect(m_body, &BodyEditor::contentTypeChosen, this, &RequestComposer::onContentTypeChosen);
    connect(m_auth, &AuthEditor::authEdited, this, &RequestComposer::edited);
    connect(m_settings, &RequestSettingsEditor::optionsEdited, this, &RequestComposer::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingSpec)
            edited();
    });
    updateTabTitles();
}

wb::http::RequestSpec RequestComposer::spec() const
{
    wb::http::RequestSpec s = m_base;
    s.method = m_urlBar->method();
    s.url = m_urlBar->url();
    s.headers = m_headers->headers();
    s.body = m_body->body();
    s.auth = m_auth->auth();
    s.options = m_settings->options();
    s.description = m_description->toPlainText();
    return s;
}

void RequestComposer::setSpec(const wb::http::RequestSpec &spec)
{
    m_base = spec;
    m_urlBar->setMethod(spec.method);
    m_urlBar->setUrl(spec.url);
    m_params->setRows(queryparams::parse(spec.url));
    m_headers->setHeaders(spec.headers);
    m_body->setBody(spec.body);
    m_auth->setAuth(spec.auth);
    m_settings->setOptions(spec.options);
    m_settingSpec = true;
    m_description->setPlainText(spec.description);
    m_settingSpec = false;
    m_autoContentType.clear();
    updateTabTitles();
}

void RequestComposer::setAutomaticHeaders(const QList<QPair<QString, QString>> &headers)
{
    m_headers->setAutomaticHeaders(headers);
}

void RequestComposer::setBusy(bool busy)
{
    m_urlBar->setBusy(busy);
}

void RequestComposer::onUrlEdited(const QString &url)
{
    // Keep the rows the user disabled: they are not in the URL but still in the table.
    QList<KeyValueTable::Row> rows = queryparams::parse(url);
    for (const auto &row : m_params->rows()) {
        if (!row.enabled)
            rows.append(row);
    }
    m_params->setRows(rows);
    edited();
}

void RequestComposer::onParamsEdited()
{
    m_urlBar->setUrl(queryparams::withQuery(m_urlBar->url(), m_params->rows()));
    edited();
}

void RequestComposer::onContentTypeChosen(const QString &contentType)
{
    const QString current = m_headers->headerValue(QStringLiteral("Content-Type"));
    const bool userSet = !current.isNull() && current != m_autoContentType;
    if (userSet)
        return;
    if (contentType.isEmpty()) {
        if (!current.isNull())
            m_headers->removeHeader(QStringLiteral("Content-Type"));
    } else {
        m_headers->setHeader(QStringLiteral("Content-Type"), contentType);
    }
    m_autoContentType = contentType;
    edited();
}

void RequestComposer::updateTabTitles()
{
    auto title = [](const QString &name, qsizetype count) {
        return count > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(count) : name;
    };
    qsizetype params = 0;
    for (const auto &row : m_params->rows())
        params += row.enabled ? 1 : 0;
    qsizetype headers = 0;
    for (const auto &h : m_headers->headers())
        headers += h.enabled ? 1 : 0;
    m_tabs->setTabText(ParamsTab, title(tr("Params"), params));
    m_tabs->setTabText(HeadersTab, title(tr("Headers"), headers));
}

void RequestComposer::edited()
{
    updateTabTitles();
    emit specChanged();
}

} // namespace wb::ui
