#include "ui/socket/snippetstore.h"

#include "core/store/database.h"
#include "core/store/workspacestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace wb::ui {

namespace {

QList<Snippet> parse(const QByteArray &json)
{
    QList<Snippet> out;
    const QJsonArray array =
        QJsonDocument::fromJson(json).object().value(QLatin1String("snippets")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Snippet s;
        s.name = o.value(QLatin1String("name")).toString();
        s.text = o.value(QLatin1String("text")).toString();
        s.hex = o.value(QLatin1String("hex")).toBool();
        s.lineEnding = o.value(QLatin1String("lineEnding")).toInt();
        if (!s.name.isEmpty())
            out << s;
    }
    return out;
}

QByteArray serialize(const QList<Snippet> &snippets)
{
    QJsonArray array;
    for (const Snippet &s : snippets)
        array.append(QJsonObject{{QLatin1String("name"), s.name},
                                 {QLatin1String("text"), s.text},
                                 {QLatin1String("hex"), s.hex},
                                 {QLatin1String("lineEnding"), s.lineEnding}});
    return QJsonDocument(
               QJsonObject{{QLatin1String("version"), 1}, {QLatin1String("snippets"), array}})
        .toJson();
}

void apply(QList<Snippet> &snippets, bool save, const Snippet &snippet)
{
    auto it = std::find_if(snippets.begin(), snippets.end(),
                           [&](const Snippet &s) { return s.name == snippet.name; });
    if (!save) {
        if (it != snippets.end())
            snippets.erase(it);
    } else if (it != snippets.end()) {
        *it = snippet;
    } else {
        snippets.append(snippet);
        std::sort(snippets.begin(), snippets.end(), [](const Snippet &a, const Snippet &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
    }
}

} // namespace

QString SnippetStore::fileName()
{
    return QStringLiteral("socket-snippets.json");
}

SnippetStore::SnippetStore(store::WorkspaceStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &store::WorkspaceStore::writeFinished, this,
                &SnippetStore::onWriteFinished);
}

void SnippetStore::reload()
{
    run(Op::Read, {});
}

void SnippetStore::save(const Snippet &snippet)
{
    if (snippet.name.trimmed().isEmpty())
        return;
    run(Op::Save, snippet);
}

void SnippetStore::remove(const QString &name)
{
    run(Op::Remove, Snippet{name, {}, false, 0});
}

void SnippetStore::run(Op op, const Snippet &snippet)
{
    if (!m_store) {
        if (op != Op::Read)
            apply(m_snippets, op == Op::Save, snippet);
        emit changed();
        return;
    }
    // Filled on the storage thread; read here once writeFinished() has crossed back.
    auto result = std::make_shared<QList<Snippet>>();
    const quint64 id = m_store->write([op, snippet, result](store::Database &db) -> Result<void> {
        const QString path = db.folder() + QLatin1Char('/') + fileName();
        QFile in(path);
        if (in.open(QIODevice::ReadOnly))
            *result = parse(in.readAll());
        if (op == Op::Read)
            return {};
        apply(*result, op == Op::Save, snippet);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(serialize(*result)) < 0 || !out.commit())
            return makeError(
                ErrorCategory::Io,
                tr("The snippets could not be saved to %1: %2").arg(path, out.errorString()));
        return {};
    });
    m_pending.insert(id, result);
}

void SnippetStore::onWriteFinished(quint64 requestId, const Error &error)
{
    const auto result = m_pending.take(requestId);
    if (!result)
        return;
    if (error.isError()) {
        emit failed(error);
        return;
    }
    m_snippets = *result;
    emit changed();
}

} // namespace wb::ui
