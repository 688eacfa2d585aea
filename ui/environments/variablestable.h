#pragma once

#include "core/workspace/variable.h"

#include <QTableWidget>

namespace wb::ui {

// Variables of an environment or the globals: enabled, name, value, secret. Secret values are
// shown as dots and edited in a password field until revealed.
class VariablesTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { EnabledColumn, NameColumn, ValueColumn, SecretColumn };

    explicit VariablesTable(QWidget *parent = nullptr);

    // Replaces the rows without emitting variablesEdited().
    void setVariables(const QList<workspace::Variable> &variables);
    // The rows that have a name, in order.
    QList<workspace::Variable> variables() const;

    bool secretsRevealed() const { return m_reveal; }
    void setSecretsRevealed(bool reveal);
    // What the value cell shows: the value, or dots for a hidden secret.
    QString shownValue(int row) const;
    bool isSecret(int row) const;

    void addVariable();
    void removeCurrent();

signals:
    void variablesEdited();

private:
    void appendRow(const workspace::Variable &variable);

    bool m_reveal = false;
    bool m_updating = false;
};

} // namespace wb::ui
