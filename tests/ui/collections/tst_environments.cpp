// Environments on a real SQLite workspace: the toolbar switcher changes how {{host}} resolves
// for a tab of a collection, the editor creates, renames and deletes environments and masks
// secret values until revealed, and {{variables}} are highlighted with their values on hover.

#include "core/store/database.h"
#include "core/store/environmentstore.h"
#include "core/store/workspacestore.h"
#include "tests/ui/collections/testworkspace.h"
#include "ui/collections/collectionsmodel.h"
#include "ui/environments/environmenteditor.h"
#include "ui/environments/environmentmanager.h"
#include "ui/environments/environmentswitcher.h"
#include "ui/environments/specresolver.h"
#include "ui/environments/variablehighlighter.h"
#include "ui/environments/variablestable.h"

#include <QApplication>
#include <QCheckBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace wb;
using namespace wb::ui;
using workspace::Variable;

class TestEnvironments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_workspace;
    std::unique_ptr<EnvironmentManager> m_environments;

    // What a new connection to the database reads, once every write is in.
    QList<workspace::Environment> stored(QList<Variable> *globals = nullptr)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_environments->pendingWrites(), 0, 10000); }();
        auto db = store::Database::open(m_workspace->path(), store::Database::Role::Secondary);
        if (!db)
            return {};
        store::EnvironmentStore environments(*db.value());
        if (globals)
            *globals = environments.globals().value();
        return environments.environments().value();
    }

    workspace::Environment makeEnvironment(const QString &name, const QString &host)
    {
        workspace::Environment e;
        e.name = name;
        e.variables = {{QStringLiteral("host"), host},
                       {QStringLiteral("apiKey"), QStringLiteral("s3cr3t-") + name, true, true}};
        return e;
    }

private slots:
    void init()
    {
        m_workspace = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_workspace->dir.isValid());
        m_environments = std::make_unique<EnvironmentManager>(&m_workspace->store);
        QSignalSpy loaded(m_environments.get(), &EnvironmentManager::loaded);
        m_environments->reload();
        QVERIFY(loaded.wait(10000));
    }

    void cleanup()
    {
        m_environments.reset();
        m_workspace.reset();
    }

    void switchingChangesResolution()
    {
        m_environments->saveGlobals({{QStringLiteral("host"), QStringLiteral("http://global")},
                                     {QStringLiteral("version"), QStringLiteral("v1")}});
        m_environments->save(
            makeEnvironment(QStringLiteral("Local"), QStringLiteral("http://127.0.0.1:8080")));
        m_environments->save(makeEnvironment(QStringLiteral("Staging"),
                                             QStringLiteral("https://staging.example.com")));

        CollectionsModel collections;
        workspace::Collection api;
        api.name = QStringLiteral("API");
        api.variables = {{QStringLiteral("host"), QStringLiteral("http://collection")}};
        collections.setCollections({api});
        const QUuid item = collections.saveRequest(api.id, {}, {}, QStringLiteral("Users"));
        SpecResolver resolver(m_environments.get(), &collections);
        auto resolver2 = resolver.forTab(api.id, item);
        http::RequestSpec spec;
        spec.url = QStringLiteral("{{host}}/{{version}}/users");

        EnvironmentSwitcher switcher(m_environments.get());
        switcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        QCOMPARE(switcher.currentText(), QStringLiteral("No Environment"));
        // Without an environment the collection beats the globals; without a collection the
        // globals are what is left.
        QCOMPARE(resolver2(spec).spec.url, QStringLiteral("http://collection/v1/users"));
        QCOMPARE(resolver.resolve(spec).spec.url, QStringLiteral("http://global/v1/users"));

        // A URL field highlights what the current environment knows.
        QLineEdit url(QStringLiteral("{{host}}/{{apiKey}}"));
        auto *highlighter = VariableHighlighter::attach(&url, resolver.lookup(api.id, item));
        connect(m_environments.get(), &EnvironmentManager::activeChanged, highlighter,
                &VariableHighlighter::refresh);
        auto underlined = [highlighter] {
            int n = 0;
            for (const auto &range : highlighter->document()->firstBlock().layout()->formats())
                n += range.format.underlineStyle() == QTextCharFormat::WaveUnderline;
            return n;
        };
        QCOMPARE(underlined(), 1); // {{apiKey}} is only in the environments

        switcher.setFocus();
        QTest::keyClick(&switcher, Qt::Key_Down);
        QCOMPARE(underlined(), 0);
        QCOMPARE(switcher.currentText(), QStringLiteral("Local"));
        QCOMPARE(m_environments->active()->name, QStringLiteral("Local"));
        QCOMPARE(resolver2(spec).spec.url, QStringLiteral("http://127.0.0.1:8080/v1/users"));
        QTest::keyClick(&switcher, Qt::Key_Down);
        QCOMPARE(switcher.currentText(), QStringLiteral("Staging"));
        const auto resolved = resolver2(spec);
        QCOMPARE(resolved.spec.url, QStringLiteral("https://staging.example.com/v1/users"));
        QCOMPARE(resolved.report.substitutions.first().scope,
                 workspace::VariableScope::Environment);

        // "Manage Environments…" asks for the editor and keeps the choice.
        QSignalSpy manage(&switcher, &EnvironmentSwitcher::manageRequested);
        emit switcher.activated(switcher.count() - 1);
        QCOMPARE(manage.count(), 1);
        QCOMPARE(switcher.currentText(), QStringLiteral("Staging"));

        // Persisted: a fresh connection sees both environments and the globals.
        QList<Variable> globals;
        const auto saved = stored(&globals);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).variables.at(1).secret, true);
        QCOMPARE(globals.size(), 2);
        EnvironmentManager fresh(&m_workspace->store);
        QSignalSpy loaded(&fresh, &EnvironmentManager::loaded);
        fresh.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(fresh.environments().size(), 2);
    }

    void editorMasksSecretsAndManagesEnvironments()
    {
        m_environments->save(
            makeEnvironment(QStringLiteral("Local"), QStringLiteral("http://localhost")));
        EnvironmentEditor editor(m_environments.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.list()->count(), 2); // Globals, Local
        editor.select(m_environments->environments().first().id);
        VariablesTable *table = editor.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->shownValue(0), QStringLiteral("http://localhost"));
        QCOMPARE(table->shownValue(1), QString(8, QChar(0x2022)));
        // Editing a hidden secret happens in a password field.
        table->setCurrentCell(1, VariablesTable::ValueColumn);
        table->editItem(table->item(1, VariablesTable::ValueColumn));
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QCOMPARE(line->echoMode(), QLineEdit::Password);
        QTest::keyClick(line, Qt::Key_Escape);

        QTest::mouseClick(editor.revealToggle(), Qt::LeftButton, {},
                          editor.revealToggle()->rect().center());
        QVERIFY(editor.revealToggle()->isChecked());
        QCOMPARE(table->shownValue(1), QStringLiteral("s3cr3t-Local"));

        // A value typed into the table is saved.
        table->setCurrentCell(0, VariablesTable::ValueColumn);
        table->editItem(table->item(0, VariablesTable::ValueColumn));
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("http://127.0.0.2"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(m_environments->environments().first().variables.first().value,
                     QStringLiteral("http://127.0.0.2"));

        // New: created, then renamed in place.
        auto *add = editor.findChild<QPushButton *>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(add);
        for (auto *button : editor.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("New"))
                add = button;
        }
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_environments->environments().size(), 2);
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Production"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(m_environments->environments().last().name, QStringLiteral("Production"));

        // Delete the selected one.
        QCOMPARE(editor.selectedId(), m_environments->environments().last().id);
        editor.deleteSelected();
        QCOMPARE(m_environments->environments().size(), 1);
        const auto saved = stored();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().variables.first().value, QStringLiteral("http://127.0.0.2"));
    }

    void highlighterMarksVariables()
    {
        workspace::VariableResolver variables;
        variables.setVariables(workspace::VariableScope::Environment,
                               {{QStringLiteral("host"), QStringLiteral("http://127.0.0.1")},
                                {QStringLiteral("token"), QStringLiteral("abc"), true, true}});
        QPlainTextEdit body;
        body.setPlainText(QStringLiteral("{\"a\": \"{{host}}\", \"b\": \"{{missing}}\"}"));
        auto *highlighter =
            VariableHighlighter::attach(&body, VariableHighlighter::lookupIn(variables));
        const auto formats = body.document()->firstBlock().layout()->formats();
        QCOMPARE(formats.size(), 2);
        QCOMPARE(formats.at(0).start, 7);
        QCOMPARE(formats.at(0).format.foreground(),
                 VariableHighlighter::knownFormat().foreground());
        QCOMPARE(formats.at(1).format.underlineStyle(), QTextCharFormat::WaveUnderline);

        // Hover text: the value and its scope; secrets masked; unresolved ones say so.
        QVERIFY(highlighter->toolTip(body.toPlainText(), 9)
                    .contains(QStringLiteral("http://127.0.0.1")));
        QVERIFY(highlighter->toolTip(QStringLiteral("Bearer {{token}}"), 10)
                    .contains(QString(8, QChar(0x2022))));
        QVERIFY(!highlighter->toolTip(QStringLiteral("Bearer {{token}}"), 10).contains("abc"));
        QVERIFY(
            highlighter->toolTip(body.toPlainText(), 30).contains(QStringLiteral("not defined")));
        QVERIFY(highlighter->toolTip(body.toPlainText(), 2).isEmpty());

        // A new lookup (an environment switch) changes the marks.
        workspace::VariableResolver more = variables;
        more.setVariables(workspace::VariableScope::Global,
                          {{QStringLiteral("missing"), QStringLiteral("x")}});
        highlighter->setLookup(VariableHighlighter::lookupIn(more));
        QCOMPARE(body.document()->firstBlock().layout()->formats().at(1).format.underlineStyle(),
                 QTextCharFormat::NoUnderline);

        // A line edit: formats follow the text, and hovering shows the value.
        QLineEdit url;
        url.resize(400, 30);
        url.show();
        QVERIFY(QTest::qWaitForWindowExposed(&url));
        auto *urlHighlighter =
            VariableHighlighter::attach(&url, VariableHighlighter::lookupIn(variables));
        QTest::keyClicks(&url, QStringLiteral("{{host}}/get"));
        const auto lineFormats = urlHighlighter->document()->firstBlock().layout()->formats();
        QCOMPARE(lineFormats.size(), 1);
        QCOMPARE(lineFormats.first().length, 8);
        QCOMPARE(url.text(), QStringLiteral("{{host}}/get")); // the text itself is untouched
        const QPoint inside(12, url.height() / 2);            // over "{{host}}"
        QHelpEvent hover(QEvent::ToolTip, inside, url.mapToGlobal(inside));
        QApplication::sendEvent(&url, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("http://127.0.0.1")),
                 qPrintable(QToolTip::text()));
    }
};

QTEST_MAIN(TestEnvironments)
#include "tst_environments.moc"
