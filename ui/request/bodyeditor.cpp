#include "ui/request/bodyeditor.h"

#include "ui/request/keyvaluetable.h"
#include "ui/response/spanhighlighter.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wb::ui {

using wb::http::FormField;
using wb::http::RequestBody;

namespace {
enum MultipartColumn { MpEnabled, MpName, MpIsFile, MpValue, MpCount };
constexpr int FileNameRole = Qt::UserRole + 1;
constexpr int ContentTypeRole = Qt::UserRole + 2;

const char *const rawTypes[] = {"text/plain", "application/json", "application/xml", "text/html"};
} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("bodyModeBox"));
    m_mode->addItems({tr("No body"), tr("Raw"), tr("Form (URL-encoded)"), tr("Multipart form"),
                      tr("Binary file")});
    bar->addWidget(new QLabel(tr("Body:"), this));
    bar->addWidget(m_mode);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_stack = new QStackedWidget(this);
    auto *none = new QLabel(tr("This request sends no body."), this);
    none->setAlignment(Qt::AlignCenter);
    none->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(none);
    m_stack->addWidget(buildRawPage());
    m_form = new KeyValueTable(this);
    m_form->setObjectName(QStringLiteral("formTable"));
    m_stack->addWidget(m_form);
    m_stack->addWidget(buildMultipartPage());
    m_stack->addWidget(buildFilePage());
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::activated, this, &BodyEditor::onModeChosen);
    connect(m_mode, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_form, &KeyValueTable::rowsEdited, this, &BodyEditor::bodyEdited);
}

QWidget *BodyEditor::buildRawPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rawType = new QComboBox(page);
    m_rawType->setObjectName(QStringLiteral("rawTypeBox"));
    m_rawType->addItems({tr("Text"), tr("JSON"), tr("XML"), tr("HTML")});
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rawType);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_raw = new QPlainTextEdit(page);
    m_raw->setObjectName(QStringLiteral("rawBodyEdit"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Request body"));
    m_highlighter = new SpanHighlighter(Syntax::Plain, m_raw->document());
    layout->addWidget(m_raw, 1);
    connect(m_rawType, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_highlighter->setSyntax(index == RawJson   ? Syntax::Json
                                 : index == RawText ? Syntax::Plain
                                                    : Syntax::Xml);
    });
    connect(m_rawType, &QComboBox::activated, this, &BodyEditor::onModeChosen);
    connect(m_raw, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit bodyEdited();
    });
    return page;
}

QWidget *BodyEditor::buildMultipartPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_multipart = new QTableWidget(0, MpCount, page);
    m_multipart->setObjectName(QStringLiteral("multipartTable"));
    m_multipart->setHorizontalHeaderLabels(
        {QString(), tr("Name"), tr("File"), tr("Value or file")});
    m_multipart->horizontalHeader()->setSectionResizeMode(MpEnabled, QHeaderView::ResizeToContents);
    m_multipart->horizontalHeader()->setSectionResizeMode(MpIsFile, QHeaderView::ResizeToContents);
    m_multipart->horizontalHeader()->resizeSection(MpName, fontMetrics().averageCharWidth() * 24);
    m_multipart->horizontalHeader()->setStretchLastSection(true);
    m_multipart->verticalHeader()->hide();
    layout->addWidget(m_multipart, 1);
    auto *choose = new QPushButton(tr("Choose File for Row…"), page);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(choose);
    layout->addLayout(bar);
    connect(choose, &QPushButton::clicked, this, [this] {
        const int row = qMax(0, m_multipart->currentRow());
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File to Upload"));
        if (path.isEmpty())
            return;
        m_multipart->item(row, MpIsFile)->setCheckState(Qt::Checked);
        m_multipart->item(row, MpValue)->setText(path);
        if (m_multipart->item(row, MpName)->text().isEmpty())
            m_multipart->item(row, MpName)->setText(QStringLiteral("file"));
    });
    connect(m_multipart, &QTableWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        ensureMultipartTrailingRow();
        emit bodyEdited();
    });
    ensureMultipartTrailingRow();
    return page;
}

QWidget *BodyEditor::buildFilePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("bodyFileEdit"));
    m_file->setPlaceholderText(tr("File streamed as the body"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    layout->addWidget(m_file, 1);
    layout->addWidget(browse);
    layout->setAlignment(Qt::AlignTop);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Body File"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            emit bodyEdited();
        }
    });
    connect(m_file, &QLineEdit::textEdited, this, &BodyEditor::bodyEdited);
    return page;
}

void BodyEditor::addMultipartRow(const FormField &field)
{
    const bool was = m_updating;
    m_updating = true;
    const int r = m_multipart->rowCount();
    m_multipart->insertRow(r);
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(field.enabled ? Qt::Checked : Qt::Unchecked);
    auto *isFile = new QTableWidgetItem;
    isFile->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    isFile->setCheckState(field.isFile ? Qt::Checked : Qt::Unchecked);
    isFile->setToolTip(tr("Send the value as the path of a file to upload"));
    auto *value = new QTableWidgetItem(field.value);
    value->setData(FileNameRole, field.fileName);
    value->setData(ContentTypeRole, field.contentType);
    m_multipart->setItem(r, MpEnabled, enabled);
    m_multipart->setItem(r, MpName, new QTableWidgetItem(field.name));
    m_multipart->setItem(r, MpIsFile, isFile);
    m_multipart->setItem(r, MpValue, value);
    m_updating = was;
}

void BodyEditor::ensureMultipartTrailingRow()
{
    const int last = m_multipart->rowCount() - 1;
    if (last >= 0 && m_multipart->item(last, MpName)->text().isEmpty() &&
        m_multipart->item(last, MpValue)->text().isEmpty())
        return;
    addMultipartRow({});
}

RequestBody BodyEditor::body() const
{
    RequestBody body;
    switch (m_mode->currentIndex()) {
    case 1:
        body.kind = RequestBody::Kind::Raw;
        body.raw = m_raw->toPlainText().toUtf8();
        body.contentType = QString::fromLatin1(rawTypes[qMax(0, m_rawType->currentIndex())]);
        break;
    case 2:
        body.kind = RequestBody::Kind::UrlEncoded;
        for (const auto &row : m_form->rows())
            body.fields.append({row.name, row.value, false, {}, {}, row.enabled});
        break;
    case 3:
        body.kind = RequestBody::Kind::Multipart;
        for (int r = 0; r < m_multipart->rowCount(); ++r) {
            FormField f;
            f.name = m_multipart->item(r, MpName)->text();
            f.value = m_multipart->item(r, MpValue)->text();
            if (f.name.isEmpty() && f.value.isEmpty())
                continue;
            f.isFile = m_multipart->item(r, MpIsFile)->checkState() == Qt::Checked;
            f.enabled = m_multipart->item(r, MpEnabled)->checkState() == Qt::Checked;
            f.fileName = m_multipart->item(r, MpValue)->data(FileNameRole).toString();
            f.contentType = m_multipart->item(r, MpValue)->data(ContentTypeRole).toString();
            body.fields.append(f);
        }
        break;
    case 4:
        body.kind = RequestBody::Kind::File;
        body.filePath = m_file->text();
        body.contentType = m_fileContentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                       : m_fileContentType;
        break;
    default:
        break;
    }
    return body;
}

void BodyEditor::setBody(const RequestBody &body)
{
    m_updating = true;
    m_raw->clear();
    m_form->setRows({});
    m_multipart->setRowCount(0);
    m_file->clear();
    m_fileContentType.clear();
    int mode = 0;
    switch (body.kind) {
    case RequestBody::Kind::None:
        break;
    case RequestBody::Kind::Raw: {
        mode = 1;
        m_raw->setPlainText(QString::fromUtf8(body.raw));
        const QString type = body.contentType.toLower();
        m_rawType->setCurrentIndex(type.contains(QLatin1String("json"))   ? RawJson
                                   : type.contains(QLatin1String("html")) ? RawHtml
                                   : type.contains(QLatin1String("xml"))  ? RawXml
                                                                          : RawText);
        break;
    }
    case RequestBody::Kind::UrlEncoded: {
        mode = 2;
        QList<KeyValueTable::Row> rows;
        for (const auto &f : body.fields)
            rows.append({f.name, f.value, f.enabled});
        m_form->setRows(rows);
        break;
    }
    case RequestBody::Kind::Multipart:
        mode = 3;
        for (const auto &f : body.fields)
            addMultipartRow(f);
        break;
    case RequestBody::Kind::File:
        mode = 4;
        m_file->setText(body.filePath);
        m_fileContentType = body.contentType;
        break;
    }
    ensureMultipartTrailingRow();
    m_mode->setCurrentIndex(mode);
    m_updating = false;
}

QString BodyEditor::suggestedContentType() const
{
    switch (m_mode->currentIndex()) {
    case 1:
        return QString::fromLatin1(rawTypes[qMax(0, m_rawType->currentIndex())]);
    case 2:
        return QStringLiteral("application/x-www-form-urlencoded");
    case 4:
        return QStringLiteral("application/octet-stream");
    default:
        return {};
    }
}

void BodyEditor::onModeChosen()
{
    emit contentTypeChosen(suggestedContentType());
    emit bodyEdited();
}

} // namespace wb::ui
