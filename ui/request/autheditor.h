#pragma once

#include "core/http/requestspec.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace wb::ui {

// Authentication: none, Basic, Bearer token, API key (header or query) or Digest.
class AuthEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AuthEditor(QWidget *parent = nullptr);

    wb::http::AuthSpec auth() const;
    void setAuth(const wb::http::AuthSpec &auth);
    QComboBox *kindBox() const { return m_kind; }

signals:
    void authEdited();

private:
    QLineEdit *addField(QWidget *page, const QString &label, bool secret);

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_basicUser = nullptr;
    QLineEdit *m_basicPassword = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_keyName = nullptr;
    QLineEdit *m_keyValue = nullptr;
    QComboBox *m_keyPlace = nullptr;
    QLineEdit *m_digestUser = nullptr;
    QLineEdit *m_digestPassword = nullptr;
};

} // namespace wb::ui
