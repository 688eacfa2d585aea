#pragma once

#include "core/http/requestspec.h"

#include <QWidget>

class QTabWidget;

class QPlainTextEdit;

namespace wb::ui {

class AuthEditor;
class BodyEditor;
class HeadersEditor;
class KeyValueTable;
class RequestSettingsEditor;
class UrlBar;

// Edits one RequestSpec: the URL bar on top, then tabs for query parameters (kept in sync with
// the URL both ways), headers, body, authentication and per-request settings.
class RequestComposer : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ParamsTab, HeadersTab, BodyTab, AuthTab, SettingsTab, DocsTab };

    explicit RequestComposer(QWidget *parent = nullptr);

    wb::http::RequestSpec spec() const;
    void setSpec(const wb::http::RequestSpec &spec);
    // Headers the engine will add, shown greyed under the user's headers.
    void setAutomaticHeaders(const QList<QPair<QString, QString>> &headers);
    void setBusy(bool busy);

    UrlBar *urlBar() const { return m_urlBar; }
    KeyValueTable *paramsTable() const { return m_params; }
    HeadersEditor *headersEditor() const { return m_headers; }
    BodyEditor *bodyEditor() const { return m_body; }
    AuthEditor *authEditor() const { return m_auth; }
    RequestSettingsEditor *settingsEditor() const { return m_settings; }
    QPlainTextEdit *descriptionEditor() const { return m_description; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void sendRequested();
    void cancelRequested();
    void curlPasted(const QString &command);
    // Any edit; for autosaving drafts.
    void specChanged();

private:
    void onUrlEdited(const QString &url);
    void onParamsEdited();
    void onContentTypeChosen(const QString &contentType);
    void updateTabTitles();
    void edited();

    wb::http::RequestSpec m_base; // name, description and anything not edited here
    UrlBar *m_urlBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    KeyValueTable *m_params = nullptr;
    HeadersEditor *m_headers = nullptr;
    BodyEditor *m_body = nullptr;
    AuthEditor *m_auth = nullptr;
    RequestSettingsEditor *m_settings = nullptr;
    QPlainTextEdit *m_description = nullptr; // the request's description (Markdown as text)
    bool m_settingSpec = false;
    QString m_autoContentType; // the Content-Type this composer set, while the user keeps it
};

} // namespace wb::ui
