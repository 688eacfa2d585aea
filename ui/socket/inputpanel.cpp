#include "ui/socket/inputpanel.h"

#include "core/net/netsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb::ui {

namespace {
using LineEnding = net::NetSession::LineEnding;
}

InputPanel::InputPanel(SnippetStore *snippets, QWidget *parent)
    : QWidget(parent)
    , m_store(snippets)
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("socketInput"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(
        tr("Type what to send. Escapes: \\r \\n \\t \\0 \\xNN \\\\ — or switch to Hex. "
           "Ctrl+Enter sends."));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 3 + 12);
    m_editor->installEventFilter(this);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("socketInputMode"));
    m_mode->addItem(tr("Text"));
    m_mode->addItem(tr("Hex"));
    m_mode->setToolTip(tr("Text with escapes, or hex digits such as “de ad be ef”"));
    m_lineEnding = new QComboBox(this);
    m_lineEnding->setObjectName(QStringLiteral("socketLineEnding"));
    m_lineEnding->addItem(tr("No line ending"), int(LineEnding::None));
    m_lineEnding->addItem(tr("LF (\\n)"), int(LineEnding::Lf));
    m_lineEnding->addItem(tr("CRLF (\\r\\n)"), int(LineEnding::CrLf));
    m_targetLabel = new QLabel(tr("To"), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("socketTarget"));
    m_target->setMinimumContentsLength(18);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("socketSend"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_file = new QPushButton(tr("Send File…"), this);
    m_file->setObjectName(QStringLiteral("socketSendFile"));
    m_repeat = new QCheckBox(tr("Repeat every"), this);
    m_repeat->setObjectName(QStringLiteral("socketRepeat"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("socketRepeatInterval"));
    m_interval->setRange(0, 3600000);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("0 ms sends as fast as the connection takes it"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("socketRepeatCount"));
    m_count->setRange(0, 100000000);
    m_count->setValue(10);
    m_count->setPrefix(tr("× "));
    m_count->setSpecialValueText(tr("until stopped"));
    m_snippets = new QComboBox(this);
    m_snippets->setObjectName(QStringLiteral("socketSnippets"));
    m_snippets->setMinimumContentsLength(14);
    m_snippets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snippets->setToolTip(tr("Saved snippets of this workspace"));
    m_saveSnippet = new QToolButton(this);
    m_saveSnippet->setObjectName(QStringLiteral("socketSaveSnippet"));
    m_saveSnippet->setText(tr("Save…"));
    m_saveSnippet->setToolTip(tr("Save the input as a snippet of this workspace"));
    m_deleteSnippet = new QToolButton(this);
    m_deleteSnippet->setText(tr("Delete"));
    m_deleteSnippet->setToolTip(tr("Delete the chosen snippet"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("socketInputMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_mode);
    row->addWidget(m_lineEnding);
    row->addWidget(m_targetLabel);
    row->addWidget(m_target);
    row->addSpacing(8);
    row->addWidget(m_repeat);
    row->addWidget(m_interval);
    row->addWidget(m_count);
    row->addSpacing(8);
    row->addWidget(m_snippets);
    row->addWidget(m_saveSnippet);
    row->addWidget(m_deleteSnippet);
    row->addStretch();
    row->addWidget(m_file);
    row->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_editor);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            emit stopRequested();
        else
            send();
    });
    connect(m_file, &QPushButton::clicked, this, &InputPanel::chooseFile);
    connect(m_saveSnippet, &QToolButton::clicked, this, &InputPanel::saveSnippet);
    connect(m_deleteSnippet, &QToolButton::clicked, this, &InputPanel::deleteSnippet);
    connect(m_snippets, &QComboBox::activated, this, &InputPanel::applySnippet);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { showMessage({}, false); });
    if (m_store) {
        connect(m_store, &SnippetStore::changed, this, &InputPanel::refreshSnippets);
        connect(m_store, &SnippetStore::failed, this,
                [this](const Error &error) { showMessage(error.message, true); });
    }
    refreshSnippets();
    showMessage({}, false);
    setTargetVisible(false);
    setCanSend(false);
}

bool InputPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (!m_busy && m_canSend)
                send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Result<QByteArray> InputPanel::payload() const
{
    return net::NetSession::encodeTyped(m_editor->toPlainText(),
                                        LineEnding(m_lineEnding->currentData().toInt()),
                                        m_mode->currentIndex() == 1);
}

QString InputPanel::target() const
{
    if (m_target->isHidden())
        return {};
    const int index = m_target->currentIndex();
    if (index >= 0 && m_target->currentText() == m_target->itemText(index))
        return m_target->itemData(index).toString();
    return m_target->currentText().trimmed();
}

void InputPanel::setTargets(const QStringList &peers, bool server)
{
    const QString current = m_target->currentText();
    m_target->clear();
    m_target->setEditable(!server);
    m_target->setToolTip(server ? tr("Send to every connected client, or to one")
                                : tr("Where datagrams go: the address in the bar above, a peer "
                                     "seen, or any host:port (255.255.255.255:PORT broadcasts)"));
    m_target->addItem(server ? tr("All clients") : tr("Address above"), QString());
    for (const QString &peer : peers)
        m_target->addItem(peer, peer);
    const int index = m_target->findText(current);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    else if (!server && !current.isEmpty())
        m_target->setEditText(current);
}

void InputPanel::setTargetVisible(bool visible)
{
    m_targetLabel->setVisible(visible);
    m_target->setVisible(visible);
    if (!visible)
        m_target->clear();
}

void InputPanel::setCanSend(bool canSend)
{
    m_canSend = canSend;
    m_send->setEnabled(canSend || m_busy);
    m_file->setEnabled(canSend && !m_busy);
}

void InputPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Stop") : tr("Send"));
    setCanSend(m_canSend);
}

void InputPanel::showMessage(const QString &message, bool error)
{
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(pal);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void InputPanel::send()
{
    const Result<QByteArray> bytes = payload();
    if (!bytes) {
        showMessage(bytes.error().message, true);
        return;
    }
    if (m_repeat->isChecked())
        emit repeatRequested(bytes.value(), m_interval->value(), m_count->value(), target());
    else
        emit sendRequested(bytes.value(), target());
}

void InputPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File"));
    if (!path.isEmpty())
        emit fileRequested(path, target());
}

void InputPanel::saveSnippet()
{
    if (!m_store)
        return;
    bool ok = false;
    const QString current = m_snippets->currentIndex() > 0 ? m_snippets->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save Snippet"), tr("Name:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_store->save(Snippet{name, m_editor->toPlainText(), m_mode->currentIndex() == 1,
                          m_lineEnding->currentData().toInt()});
}

void InputPanel::deleteSnippet()
{
    if (m_store && m_snippets->currentIndex() > 0)
        m_store->remove(m_snippets->currentText());
}

void InputPanel::applySnippet(int index)
{
    if (!m_store || index <= 0)
        return;
    const QList<Snippet> all = m_store->snippets();
    const QString name = m_snippets->itemText(index);
    for (const Snippet &s : all) {
        if (s.name != name)
            continue;
        m_mode->setCurrentIndex(s.hex ? 1 : 0);
        m_lineEnding->setCurrentIndex(qMax(0, m_lineEnding->findData(s.lineEnding)));
        m_editor->setPlainText(s.text);
        m_editor->setFocus();
        return;
    }
}

void InputPanel::refreshSnippets()
{
    const QString current = m_snippets->currentText();
    m_snippets->clear();
    m_snippets->addItem(tr("Snippets"));
    if (m_store) {
        for (const Snippet &s : m_store->snippets())
            m_snippets->addItem(s.name);
    }
    const int index = m_snippets->findText(current);
    m_snippets->setCurrentIndex(qMax(0, index));
    m_deleteSnippet->setEnabled(m_snippets->count() > 1);
}

} // namespace wb::ui
