#include "core/workspace/variableresolver.h"

#include "core/workspace/dynamicvariables.h"

#include <QStringDecoder>

namespace wb::workspace {

using wb::http::RequestSpec;

void VariableResolver::setVariables(VariableScope scope, const QList<Variable> &variables)
{
    if (scope != VariableScope::Dynamic)
        m_scopes[size_t(scope)] = variables;
}

const QList<Variable> &VariableResolver::variables(VariableScope scope) const
{
    static const QList<Variable> none;
    return scope == VariableScope::Dynamic ? none : m_scopes[size_t(scope)];
}

std::optional<Substitution> VariableResolver::lookup(const QString &name) const
{
    for (int s = int(m_scopes.size()) - 1; s >= 0; --s) {
        if (const Variable *v = findVariable(m_scopes[size_t(s)], name))
            return Substitution{name, v->value, VariableScope(s), v->secret};
    }
    if (name.startsWith(QLatin1Char('$'))) {
        if (auto value = DynamicVariables::value(name))
            return Substitution{name, *value, VariableScope::Dynamic, false};
    }
    return std::nullopt;
}

QList<VariableResolver::Reference> VariableResolver::references(const QString &text)
{
    QList<Reference> refs;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        const QString name = text.mid(open + 2, close - open - 2);
        // A name has no braces or line breaks; "{{ {{a}}" refers to "a".
        const qsizetype inner = name.lastIndexOf(QLatin1String("{{"));
        if (inner >= 0) {
            pos = open + 2 + inner;
            continue;
        }
        if (!name.isEmpty() && !name.contains(QLatin1Char('\n')) &&
            !name.contains(QLatin1Char('}')))
            refs.append({name, open, close + 2 - open});
        pos = close + 2;
    }
    return refs;
}

QString VariableResolver::resolve(const QString &text, ResolveReport *report) const
{
    return resolve(text, report, 0);
}

QString VariableResolver::resolve(const QString &text, ResolveReport *report, int depth) const
{
    const QList<Reference> refs = references(text);
    if (refs.isEmpty())
        return text;
    QString out;
    qsizetype pos = 0;
    for (const auto &ref : refs) {
        out += QStringView(text).mid(pos, ref.start - pos);
        pos = ref.start + ref.length;
        std::optional<Substitution> found = lookup(ref.name);
        if (found && depth + 1 < maxDepth) {
            found->value = resolve(found->value, report, depth + 1);
            if (report)
                report->substitutions.append(*found);
            out += found->value;
        } else {
            if (report && !report->unresolved.contains(ref.name))
                report->unresolved.append(ref.name);
            out += QStringView(text).mid(ref.start, ref.length);
        }
    }
    out += QStringView(text).mid(pos);
    return out;
}

ResolvedRequest VariableResolver::resolve(const RequestSpec &input) const
{
    ResolvedRequest result;
    RequestSpec &spec = result.spec;
    ResolveReport *r = &result.report;
    spec = input;
    spec.method = resolve(input.method, r);
    spec.url = resolve(input.url, r);
    for (auto &h : spec.headers) {
        if (!h.enabled)
            continue;
        h.name = resolve(h.name, r);
        h.value = resolve(h.value, r);
    }
    if (spec.body.kind == wb::http::RequestBody::Kind::Raw) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(input.body.raw);
        if (!decoder.hasError())
            spec.body.raw = resolve(text, r).toUtf8();
    }
    spec.body.filePath = resolve(input.body.filePath, r);
    spec.body.contentType = resolve(input.body.contentType, r);
    for (auto &f : spec.body.fields) {
        if (!f.enabled)
            continue;
        f.name = resolve(f.name, r);
        f.value = resolve(f.value, r);
        f.fileName = resolve(f.fileName, r);
        f.contentType = resolve(f.contentType, r);
    }
    auto &a = spec.auth;
    a.username = resolve(a.username, r);
    a.password = resolve(a.password, r);
    a.token = resolve(a.token, r);
    a.keyName = resolve(a.keyName, r);
    a.keyValue = resolve(a.keyValue, r);
    spec.options.proxy = resolve(spec.options.proxy, r);
    return result;
}

} // namespace wb::workspace
