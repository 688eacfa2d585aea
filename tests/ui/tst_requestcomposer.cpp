#include "ui/request/autheditor.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/headercompleterdelegate.h"
#include "ui/request/headerseditor.h"
#include "ui/request/keyvaluetable.h"
#include "ui/request/queryparams.h"
#include "ui/request/requestcomposer.h"
#include "ui/request/requestpage.h"
#include "ui/request/requestsettingseditor.h"
#include "ui/request/urlbar.h"
#include "ui/response/responseinspector.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTest>

using namespace wb::ui;
using wb::http::RequestSpec;

namespace {
// Types `text` into the cell like a user: open its editor, type, press Enter.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor);
    auto *line = qobject_cast<QLineEdit *>(editor);
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}
} // namespace

class TestRequestComposer : public QObject
{
    Q_OBJECT

private slots:
    void queryParsing()
    {
        const auto rows = queryparams::parse(QStringLiteral("http://h/p?a=1&b=%20x&flag#frag"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).value, QStringLiteral("%20x"));
        QCOMPARE(rows.at(2).name, QStringLiteral("flag"));
        QCOMPARE(queryparams::withQuery(QStringLiteral("http://h/p?old=1#frag"), rows),
                 QStringLiteral("http://h/p?a=1&b=%20x&flag#frag"));
        QCOMPARE(queryparams::withQuery(QStringLiteral("http://h/p?old=1#frag"), {}),
                 QStringLiteral("http://h/p#frag"));
    }

    void paramsAndUrlStayInSync()
    {
        RequestComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy changed(&composer, &RequestComposer::specChanged);
        QLineEdit *url = composer.urlBar()->urlEdit();
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8080/get?name=J%C3%B6rg&x=1"));
        KeyValueTable *params = composer.paramsTable();
        QCOMPARE(params->rows().size(), 2);
        QCOMPARE(params->rows().at(0).name, QStringLiteral("name"));
        QCOMPARE(params->rows().at(0).value, QStringLiteral("J%C3%B6rg")); // kept as typed
        QVERIFY(changed.count() > 0);

        // Table to URL: edit a value, add a row, disable a row.
        typeIntoCell(params, 1, KeyValueTable::ValueColumn, QStringLiteral("2"));
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:8080/get?name=J%C3%B6rg&x=2"));
        typeIntoCell(params, 2, KeyValueTable::NameColumn, QStringLiteral("q"));
        typeIntoCell(params, 2, KeyValueTable::ValueColumn, QStringLiteral("a b"));
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:8080/get?name=J%C3%B6rg&x=2&q=a b"));
        params->item(0, KeyValueTable::EnabledColumn)->setCheckState(Qt::Unchecked);
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:8080/get?x=2&q=a b"));
        // The disabled row stays in the table while the URL is edited.
        url->setFocus();
        url->end(false);
        QTest::keyClicks(url, QStringLiteral("&z=9"));
        QCOMPARE(params->rows().size(), 4);
        QCOMPARE(params->rows().at(2).name, QStringLiteral("z"));
        QCOMPARE(params->rows().at(3).enabled, false);
        QCOMPARE(composer.spec().url, QStringLiteral("http://127.0.0.1:8080/get?x=2&q=a b&z=9"));
    }

    void specRoundTrips()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("PROPFIND");
        spec.url = QStringLiteral("https://127.0.0.1:8443/dav/?depth=1&x=%2F");
        spec.name = QStringLiteral("Listing");
        spec.description = QStringLiteral("kept through the composer");
        spec.headers = {{QStringLiteral("Depth"), QStringLiteral("1"), true},
                        {QStringLiteral("X-Off"), QStringLiteral("no"), false},
                        {QStringLiteral("depth"), QStringLiteral("dup"), true}};
        spec.body.kind = wb::http::RequestBody::Kind::Raw;
        spec.body.raw = "<propfind xmlns=\"DAV:\"/>";
        spec.body.contentType = QStringLiteral("application/xml");
        spec.auth.kind = wb::http::AuthSpec::Kind::ApiKey;
        spec.auth.keyName = QStringLiteral("key");
        spec.auth.keyValue = QStringLiteral("s3cret");
        spec.auth.keyPlace = wb::http::AuthSpec::ApiKeyPlace::Query;
        spec.options.followRedirects = false;
        spec.options.maxRedirects = 3;
        spec.options.verifyTls = false;
        spec.options.caFile = QStringLiteral("/tmp/ca.pem");
        spec.options.clientCertificateFile = QStringLiteral("/tmp/client.p12");
        spec.options.clientKeyPassword = QStringLiteral("pw");
        spec.options.connectTimeoutMs = 1500;
        spec.options.totalTimeoutMs = 60000;
        spec.options.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        spec.options.strict = true;
        RequestComposer composer;
        composer.setSpec(spec);
        QCOMPARE(composer.spec(), spec);

        RequestSpec multipart;
        multipart.method = QStringLiteral("POST");
        multipart.url = QStringLiteral("http://127.0.0.1/upload");
        multipart.body.kind = wb::http::RequestBody::Kind::Multipart;
        multipart.body.fields = {
            {QStringLiteral("title"), QStringLiteral("x"), false, {}, {}, true},
            {QStringLiteral("file"), QStringLiteral("/tmp/a.png"), true, QStringLiteral("a.png"),
             QStringLiteral("image/png"), true},
            {QStringLiteral("off"), QStringLiteral("1"), false, {}, {}, false}};
        multipart.auth.kind = wb::http::AuthSpec::Kind::Digest;
        multipart.auth.username = QStringLiteral("u");
        multipart.auth.password = QStringLiteral("p");
        composer.setSpec(multipart);
        QCOMPARE(composer.spec(), multipart);

        RequestSpec form;
        form.method = QStringLiteral("POST");
        form.body.kind = wb::http::RequestBody::Kind::UrlEncoded;
        form.body.fields = {{QStringLiteral("a"), QStringLiteral("1 2"), false, {}, {}, true}};
        form.auth.kind = wb::http::AuthSpec::Kind::Bearer;
        form.auth.token = QStringLiteral("tok");
        composer.setSpec(form);
        QCOMPARE(composer.spec(), form);
        RequestSpec file;
        file.body.kind = wb::http::RequestBody::Kind::File;
        file.body.filePath = QStringLiteral("/tmp/data.bin");
        file.body.contentType = QStringLiteral("application/octet-stream");
        composer.setSpec(file);
        QCOMPARE(composer.spec(), file);
    }

    void protocolFieldRoundTrips()
    {
        using wb::http::HttpProtocol;
        RequestComposer composer;
        composer.show();
        QComboBox *protocol = composer.settingsEditor()->protocolField();
        QCOMPARE(protocol, composer.findChild<QComboBox *>(QStringLiteral("protocol")));
        QStringList items;
        for (int i = 0; i < protocol->count(); ++i)
            items << protocol->itemText(i);
        QCOMPARE(items, QStringList({"Auto", "HTTP/1.1 only", "HTTP/2 only",
                                     "HTTP/2 with prior knowledge (h2c)"}));
        QCOMPARE(composer.spec().options.protocol, HttpProtocol::Auto);

        // Picked like a user: every choice lands in the spec and is announced as an edit.
        QSignalSpy changed(&composer, &RequestComposer::specChanged);
        protocol->setFocus();
        const HttpProtocol expected[] = {HttpProtocol::Http1, HttpProtocol::Http2,
                                         HttpProtocol::Http2PriorKnowledge};
        for (const HttpProtocol want : expected) {
            const int before = int(changed.count());
            QTest::keyClick(protocol, Qt::Key_Down);
            QCOMPARE(composer.spec().options.protocol, want);
            QVERIFY(changed.count() > before);
            // Saved with the request: through its JSON and into a fresh composer.
            const RequestSpec saved = RequestSpec::fromJson(composer.spec().toJson());
            QCOMPARE(saved.options.protocol, want);
            RequestComposer reopened;
            reopened.setSpec(saved);
            QCOMPARE(reopened.settingsEditor()->protocolField()->currentData().toInt(), int(want));
            QCOMPARE(reopened.spec(), saved);
        }
        QCOMPARE(composer.spec()
                     .toJson()
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("protocol"))
                     .toString(),
                 QStringLiteral("http2-prior-knowledge"));

        // Setting a spec from code does not count as an edit, and keeps the other options.
        RequestSpec spec;
        spec.url = QStringLiteral("https://127.0.0.1:8443/");
        spec.options.protocol = HttpProtocol::Http2;
        spec.options.verifyTls = false;
        changed.clear();
        composer.setSpec(spec);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(protocol->currentText(), QStringLiteral("HTTP/2 only"));
        QCOMPARE(composer.spec(), spec);
    }

    void descriptionIsEditedInTheDocsTab()
    {
        RequestComposer composer;
        QSignalSpy changed(&composer, &RequestComposer::specChanged);
        wb::http::RequestSpec spec;
        spec.url = QStringLiteral("http://example.test/users");
        spec.description = QStringLiteral("Lists the users.");
        composer.setSpec(spec);
        QCOMPARE(composer.descriptionEditor()->toPlainText(), QStringLiteral("Lists the users."));
        QCOMPARE(changed.count(), 0); // loading is not an edit
        QCOMPARE(composer.tabs()->widget(RequestComposer::DocsTab), composer.descriptionEditor());

        composer.descriptionEditor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(composer.descriptionEditor(), QStringLiteral(" Needs a token."));
        QVERIFY(changed.count() > 0);
        QCOMPARE(composer.spec().description, QStringLiteral("Lists the users. Needs a token."));
    }

    void ctrlEnterSendsAndCancels()
    {
        RequestComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy send(&composer, &RequestComposer::sendRequested);
        QSignalSpy cancel(&composer, &RequestComposer::cancelRequested);
        composer.urlBar()->urlEdit()->setFocus();
        QTest::keyClicks(composer.urlBar()->urlEdit(), QStringLiteral("http://127.0.0.1/"));
        QTest::keyClick(composer.urlBar()->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.count(), 1);
        composer.setBusy(true);
        QCOMPARE(composer.urlBar()->sendButton()->text(), QStringLiteral("Cancel"));
        QTest::keyClick(composer.urlBar()->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(cancel.count(), 1);
        composer.setBusy(false);
        QTest::mouseClick(composer.urlBar()->sendButton(), Qt::LeftButton);
        QCOMPARE(send.count(), 2);
        // Any token is a method.
        QComboBox *method = composer.urlBar()->methodBox();
        method->setFocus();
        method->lineEdit()->selectAll();
        QTest::keyClicks(method, QStringLiteral("PURGE"));
        QCOMPARE(composer.spec().method, QStringLiteral("PURGE"));
    }

    void pastingCurlEmitsSignal()
    {
        RequestComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy pasted(&composer, &RequestComposer::curlPasted);
        QLineEdit *url = composer.urlBar()->urlEdit();
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("http://old/"));
        url->selectAll();
        const QString command = QStringLiteral("curl -X POST 'http://127.0.0.1/x' -H 'A: b'");
        QApplication::clipboard()->setText(command);
        QTest::keyClick(url, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(pasted.count(), 1);
        QCOMPARE(pasted.first().first().toString(), command);
        QCOMPARE(url->text(), QStringLiteral("http://old/"));
    }

    void bodyModeSetsContentTypeUnlessUserDid()
    {
        RequestComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        composer.tabs()->setCurrentIndex(RequestComposer::BodyTab);
        BodyEditor *body = composer.bodyEditor();
        QComboBox *mode = body->modeBox();
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down); // Raw
        QCOMPARE(composer.spec().body.kind, wb::http::RequestBody::Kind::Raw);
        QCOMPARE(composer.headersEditor()->headerValue(QStringLiteral("Content-Type")),
                 QStringLiteral("text/plain"));
        body->rawTypeBox()->setFocus();
        QTest::keyClick(body->rawTypeBox(), Qt::Key_Down); // JSON
        QCOMPARE(composer.headersEditor()->headerValue(QStringLiteral("Content-Type")),
                 QStringLiteral("application/json"));
        body->rawEditor()->setFocus();
        QTest::keyClicks(body->rawEditor(), QStringLiteral("{\"a\":1}"));
        QCOMPARE(composer.spec().body.raw, QByteArray("{\"a\":1}"));
        // A Content-Type the user typed is left alone.
        composer.headersEditor()->setHeader(QStringLiteral("Content-Type"),
                                            QStringLiteral("application/vnd.api+json"));
        QTest::keyClick(body->rawTypeBox(), Qt::Key_Down); // XML
        QCOMPARE(composer.headersEditor()->headerValue(QStringLiteral("Content-Type")),
                 QStringLiteral("application/vnd.api+json"));
        QCOMPARE(composer.spec().headers.size(), 1);
    }

    void headersCompletionAndAutomaticRows()
    {
        RequestComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        composer.tabs()->setCurrentIndex(RequestComposer::HeadersTab);
        composer.setAutomaticHeaders(
            {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
             {QStringLiteral("User-Agent"), QStringLiteral("Wirebench/0.1")}});
        QTableWidget *automatic = composer.headersEditor()->automaticTable();
        QCOMPARE(automatic->rowCount(), 2);
        QVERIFY(!(automatic->item(0, 0)->flags() & Qt::ItemIsEditable));
        QCOMPARE(automatic->item(0, 0)->foreground().color(),
                 automatic->palette().color(QPalette::PlaceholderText));

        KeyValueTable *table = composer.headersEditor()->table();
        table->setCurrentCell(0, KeyValueTable::NameColumn);
        table->editItem(table->item(0, KeyValueTable::NameColumn));
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line && line->completer());
        QVERIFY(line->completer()
                    ->model()
                    ->match(line->completer()->model()->index(0, 0), Qt::DisplayRole,
                            QStringLiteral("Content-Type"))
                    .size() == 1);
        QTest::keyClicks(line, QStringLiteral("Accept"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, KeyValueTable::NameColumn)->text(), QStringLiteral("Accept"));
        typeIntoCell(table, 0, KeyValueTable::ValueColumn, QStringLiteral("application/json"));
        QCOMPARE(composer.spec().headers.size(), 1);
        QCOMPARE(composer.spec().headers.first().name, QStringLiteral("Accept"));
        QVERIFY(HeaderCompleterDelegate::commonValues(QStringLiteral("accept"))
                    .contains(QStringLiteral("application/json")));
        // Unchecking keeps the header but does not send it.
        table->item(0, KeyValueTable::EnabledColumn)->setCheckState(Qt::Unchecked);
        QCOMPARE(composer.spec().headers.first().enabled, false);
    }

    void requestPageComposesBoth()
    {
        RequestPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.splitter()->count(), 2);
        QVERIFY(page.composer()->isVisible());
        QVERIFY(page.inspector()->isVisible());
        QVERIFY(page.composer()->geometry().bottom() <
                page.inspector()->mapTo(&page, QPoint(0, 0)).y() + 1);
    }
};

QTEST_MAIN(TestRequestComposer)
#include "tst_requestcomposer.moc"
