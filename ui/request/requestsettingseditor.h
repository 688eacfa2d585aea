#pragma once

#include "core/http/requestspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace wb::ui {

// Per-request settings: the HTTP version, redirects and their limit, TLS verification, CA file,
// client certificate, timeouts and proxy.
class RequestSettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestSettingsEditor(QWidget *parent = nullptr);

    wb::http::RequestOptions options() const;
    void setOptions(const wb::http::RequestOptions &options);

    QComboBox *protocolField() const { return m_protocol; }

signals:
    void optionsEdited();

private:
    QLineEdit *fileField(const QString &placeholder, const QString &dialogTitle);
    QSpinBox *secondsField();

    wb::http::RequestOptions m_base; // keeps settings this editor does not show
    QComboBox *m_protocol = nullptr;
    QCheckBox *m_follow = nullptr;
    QSpinBox *m_maxRedirects = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_totalTimeout = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QLineEdit *m_proxy = nullptr;
    QCheckBox *m_decode = nullptr;
    QCheckBox *m_strict = nullptr;
};

} // namespace wb::ui
