#pragma once

#include "core/http/requestspec.h"
#include "core/workspace/variable.h"

#include <QStringList>

#include <array>

namespace wb::workspace {

// Scopes from the weakest to the strongest, as in Postman: a name defined in several scopes
// takes the value of the strongest one.
enum class VariableScope { Global, Collection, Environment, Data, Local, Dynamic };

// One {{name}} that was replaced.
struct Substitution
{
    QString name;
    QString value;
    VariableScope scope = VariableScope::Global;
    bool secret = false;
};

// What resolving produced: every substitution in order, and the names that had no value.
struct ResolveReport
{
    QList<Substitution> substitutions;
    QStringList unresolved; // each name once, in order of first use
};

struct ResolvedRequest
{
    wb::http::RequestSpec spec;
    ResolveReport report;
};

// Replaces {{name}} in text and in requests. Values may refer to other variables; nesting
// stops after maxDepth levels (a cycle is reported as unresolved).
class VariableResolver
{
public:
    static constexpr int maxDepth = 10;

    void setVariables(VariableScope scope, const QList<Variable> &variables);
    const QList<Variable> &variables(VariableScope scope) const;

    // The strongest enabled definition of `name`, or the dynamic value of `$name`.
    std::optional<Substitution> lookup(const QString &name) const;
    QString resolve(const QString &text, ResolveReport *report = nullptr) const;
    ResolvedRequest resolve(const wb::http::RequestSpec &spec) const;

    // The {{name}} references in `text`, with their offsets, for highlighting.
    struct Reference
    {
        QString name;
        qsizetype start = 0;  // offset of the opening braces
        qsizetype length = 0; // including both pairs of braces
    };
    static QList<Reference> references(const QString &text);

private:
    QString resolve(const QString &text, ResolveReport *report, int depth) const;

    std::array<QList<Variable>, 5> m_scopes;
};

} // namespace wb::workspace
