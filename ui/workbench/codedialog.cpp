#include "ui/workbench/codedialog.h"

#include "core/interchange/codegenerator.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

using Language = interchange::CodeGenerator::Language;

int lastLanguage = 0; // for the length of the session

} // namespace

CodeDialog::CodeDialog(const http::RequestSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
{
    setWindowTitle(tr("Generate Code"));
    setObjectName(QStringLiteral("codeDialog"));
    resize(760, 520);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("codeLanguage"));
    for (Language language : interchange::CodeGenerator::languages())
        m_language->addItem(interchange::CodeGenerator::displayName(language), int(language));
    m_language->setCurrentIndex(qBound(0, lastLanguage, m_language->count() - 1));
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);

    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(QStringLiteral("codeView"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("codeCopy"));
    QPushButton *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &CodeDialog::copyCode);
    connect(save, &QPushButton::clicked, this, &CodeDialog::saveCode);

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_language);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_code, 1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        lastLanguage = index;
        showCode();
    });
    showCode();
}

QString CodeDialog::code() const
{
    return m_code->toPlainText();
}

void CodeDialog::showCode()
{
    const auto language = Language(m_language->currentData().toInt());
    m_code->setPlainText(interchange::CodeGenerator::generate(m_spec, language));
}

void CodeDialog::copyCode()
{
    QApplication::clipboard()->setText(code());
}

void CodeDialog::saveCode()
{
    const auto language = Language(m_language->currentData().toInt());
    const QString suffix = interchange::CodeGenerator::fileSuffix(language);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Code"), QStringLiteral("request.") + suffix,
        tr("%1 files (*.%2);;All files (*)").arg(m_language->currentText(), suffix));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(code().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Code"),
                             tr("The code could not be written to %1: %2. Choose another folder.")
                                 .arg(path, file.errorString()));
    }
}

} // namespace wb::ui
