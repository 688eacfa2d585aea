#pragma once

#include "ui/collections/collectionsmodel.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

namespace wb::ui {

class AuthEditor;
class KeyValueTable;
class VariablesTable;

// Edits what a collection or a folder gives the requests below it: variables, headers, auth
// (or "inherit from above") and its description.
class ScopeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ScopeSettingsDialog(const QString &name, const CollectionsModel::ScopeSettings &settings,
                        QWidget *parent = nullptr);

    CollectionsModel::ScopeSettings settings() const;

    VariablesTable *variablesTable() const { return m_variables; }
    KeyValueTable *headersTable() const { return m_headers; }
    QCheckBox *setsAuthBox() const { return m_setsAuth; }
    AuthEditor *authEditor() const { return m_auth; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

private:
    VariablesTable *m_variables = nullptr;
    KeyValueTable *m_headers = nullptr;
    QCheckBox *m_setsAuth = nullptr;
    AuthEditor *m_auth = nullptr;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace wb::ui
