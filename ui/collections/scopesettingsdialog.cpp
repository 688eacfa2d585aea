#include "ui/collections/scopesettingsdialog.h"

#include "ui/environments/variablestable.h"
#include "ui/request/autheditor.h"
#include "ui/request/keyvaluetable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb::ui {

ScopeSettingsDialog::ScopeSettingsDialog(const QString &name,
                                         const CollectionsModel::ScopeSettings &settings,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings of “%1”").arg(name));
    setObjectName(QStringLiteral("scopeSettingsDialog"));
    resize(680, 460);

    auto *hint = new QLabel(tr("Every request below “%1” uses these variables and headers, and "
                               "this auth unless it sets its own.")
                                .arg(name),
                            this);
    hint->setWordWrap(true);

    auto *variablesPage = new QWidget(this);
    m_variables = new VariablesTable(variablesPage);
    m_variables->setVariables(settings.variables);
    auto *addVariable = new QPushButton(tr("Add Variable"), variablesPage);
    auto *removeVariable = new QPushButton(tr("Remove"), variablesPage);
    connect(addVariable, &QPushButton::clicked, m_variables, &VariablesTable::addVariable);
    connect(removeVariable, &QPushButton::clicked, m_variables, &VariablesTable::removeCurrent);
    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(addVariable);
    variableButtons->addWidget(removeVariable);
    variableButtons->addStretch();
    auto *variablesLayout = new QVBoxLayout(variablesPage);
    variablesLayout->addWidget(m_variables, 1);
    variablesLayout->addLayout(variableButtons);

    m_headers = new KeyValueTable(this);
    m_headers->setNamePlaceholder(tr("Header"));
    QList<KeyValueTable::Row> rows;
    for (const auto &header : settings.headers)
        rows.append({header.name, header.value, header.enabled});
    m_headers->setRows(rows);

    auto *authPage = new QWidget(this);
    m_setsAuth = new QCheckBox(tr("Set auth for the requests below"), authPage);
    m_setsAuth->setChecked(settings.setsAuth);
    m_auth = new AuthEditor(authPage);
    m_auth->setAuth(settings.auth);
    m_auth->setEnabled(settings.setsAuth);
    connect(m_setsAuth, &QCheckBox::toggled, m_auth, &QWidget::setEnabled);
    auto *authLayout = new QVBoxLayout(authPage);
    authLayout->addWidget(m_setsAuth);
    authLayout->addWidget(m_auth, 1);

    m_description = new QPlainTextEdit(this);
    m_description->setPlainText(settings.description);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(variablesPage, tr("Variables"));
    tabs->addTab(m_headers, tr("Headers"));
    tabs->addTab(authPage, tr("Auth"));
    tabs->addTab(m_description, tr("Docs"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

CollectionsModel::ScopeSettings ScopeSettingsDialog::settings() const
{
    CollectionsModel::ScopeSettings settings;
    settings.variables = m_variables->variables();
    for (const auto &row : m_headers->rows())
        settings.headers.append({row.name, row.value, row.enabled});
    settings.setsAuth = m_setsAuth->isChecked();
    settings.auth = m_auth->auth();
    settings.description = m_description->toPlainText();
    return settings;
}

} // namespace wb::ui
