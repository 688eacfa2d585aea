#include "ui/request/autheditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wb::ui {

using wb::http::AuthSpec;

AuthEditor::AuthEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("authKindBox"));
    m_kind->addItems({tr("None"), tr("Basic"), tr("Bearer token"), tr("API key"), tr("Digest")});
    top->addRow(tr("Type:"), m_kind);
    layout->addLayout(top);
    m_stack = new QStackedWidget(this);
    auto makePage = [this] {
        auto *page = new QWidget(m_stack);
        auto *form = new QFormLayout(page);
        form->setContentsMargins(0, 0, 0, 0);
        m_stack->addWidget(page);
        return page;
    };
    auto *none = makePage();
    auto *noneLabel = new QLabel(tr("The request is sent without authentication."), none);
    noneLabel->setForegroundRole(QPalette::PlaceholderText);
    static_cast<QFormLayout *>(none->layout())->addRow(noneLabel);
    auto *basic = makePage();
    m_basicUser = addField(basic, tr("User name:"), false);
    m_basicPassword = addField(basic, tr("Password:"), true);
    auto *bearer = makePage();
    m_token = addField(bearer, tr("Token:"), true);
    auto *apiKey = makePage();
    m_keyName = addField(apiKey, tr("Key name:"), false);
    m_keyValue = addField(apiKey, tr("Key value:"), true);
    m_keyPlace = new QComboBox(apiKey);
    m_keyPlace->addItems({tr("Header"), tr("Query parameter")});
    static_cast<QFormLayout *>(apiKey->layout())->addRow(tr("Add to:"), m_keyPlace);
    connect(m_keyPlace, &QComboBox::activated, this, &AuthEditor::authEdited);
    auto *digest = makePage();
    m_digestUser = addField(digest, tr("User name:"), false);
    m_digestPassword = addField(digest, tr("Password:"), true);
    layout->addWidget(m_stack);
    layout->addStretch(1);
    connect(m_kind, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::activated, this, &AuthEditor::authEdited);
}

QLineEdit *AuthEditor::addField(QWidget *page, const QString &label, bool secret)
{
    auto *edit = new QLineEdit(page);
    if (secret)
        edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    static_cast<QFormLayout *>(page->layout())->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &AuthEditor::authEdited);
    return edit;
}

AuthSpec AuthEditor::auth() const
{
    AuthSpec a;
    a.kind = static_cast<AuthSpec::Kind>(m_kind->currentIndex());
    switch (a.kind) {
    case AuthSpec::Kind::None:
        break;
    case AuthSpec::Kind::Basic:
        a.username = m_basicUser->text();
        a.password = m_basicPassword->text();
        break;
    case AuthSpec::Kind::Bearer:
        a.token = m_token->text();
        break;
    case AuthSpec::Kind::ApiKey:
        a.keyName = m_keyName->text();
        a.keyValue = m_keyValue->text();
        a.keyPlace = m_keyPlace->currentIndex() == 1 ? AuthSpec::ApiKeyPlace::Query
                                                     : AuthSpec::ApiKeyPlace::Header;
        break;
    case AuthSpec::Kind::Digest:
        a.username = m_digestUser->text();
        a.password = m_digestPassword->text();
        break;
    }
    return a;
}

void AuthEditor::setAuth(const AuthSpec &a)
{
    m_kind->setCurrentIndex(int(a.kind));
    const bool digest = a.kind == AuthSpec::Kind::Digest;
    m_basicUser->setText(digest ? QString() : a.username);
    m_basicPassword->setText(digest ? QString() : a.password);
    m_digestUser->setText(digest ? a.username : QString());
    m_digestPassword->setText(digest ? a.password : QString());
    m_token->setText(a.token);
    m_keyName->setText(a.keyName);
    m_keyValue->setText(a.keyValue);
    m_keyPlace->setCurrentIndex(a.keyPlace == AuthSpec::ApiKeyPlace::Query ? 1 : 0);
}

} // namespace wb::ui
