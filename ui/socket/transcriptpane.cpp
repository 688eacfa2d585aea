#include "ui/socket/transcriptpane.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

using Mode = ChunkFormatter::Mode;

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &name, bool checkable)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setCheckable(checkable);
    button->setAutoRaise(!checkable);
    return button;
}

} // namespace

TranscriptPane::TranscriptPane(TranscriptModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new TranscriptView(this);
    m_view->setObjectName(QStringLiteral("socketTranscript"));
    m_view->setModel(model);

    m_modes = new QButtonGroup(this);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    const std::pair<Mode, QString> modes[] = {
        {Mode::Text, tr("Text")}, {Mode::Hex, tr("Hex")}, {Mode::Combined, tr("Hex + ASCII")}};
    for (const auto &[mode, label] : modes) {
        QToolButton *button =
            makeButton(this, label, QStringLiteral("socketView%1").arg(int(mode)), true);
        m_modes->addButton(button, int(mode));
        tools->addWidget(button);
    }
    m_modes->button(int(Mode::Text))->setChecked(true);
    tools->addSpacing(8);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("socketFilter"));
    m_filter->setPlaceholderText(tr("Filter: text, hex bytes or peer"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    tools->addWidget(m_filter, 1);
    tools->addStretch();
    m_pause = makeButton(this, tr("Pause Autoscroll"), QStringLiteral("socketPause"), true);
    m_pause->setToolTip(tr("Keep the view still while data arrives (End jumps to the newest)"));
    m_clear = makeButton(this, tr("Clear"), QStringLiteral("socketClear"), false);
    m_clear->setToolTip(tr("Clear the view; history keeps the session"));
    m_export = makeButton(this, tr("Export…"), QStringLiteral("socketExport"), false);
    m_export->setToolTip(tr("Save the transcript as a text file"));
    tools->addWidget(m_pause);
    tools->addWidget(m_clear);
    tools->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("socketStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_view->setFilter(m_filter->text()); });
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { m_view->setMode(Mode(id)); });
    connect(m_pause, &QToolButton::toggled, m_view, &TranscriptView::setAutoScrollPaused);
    connect(m_view, &TranscriptView::autoScrollPausedChanged, m_pause, &QToolButton::setChecked);
    connect(m_clear, &QToolButton::clicked, m_model, &TranscriptModel::clear);
    connect(m_export, &QToolButton::clicked, this, &TranscriptPane::exportInteractively);
    connect(m_model, &TranscriptModel::entriesChanged, this, &TranscriptPane::updateStatus);
    connect(m_model, &TranscriptModel::cleared, this, &TranscriptPane::updateStatus);
    connect(m_model, &TranscriptModel::exported, this,
            [this](const QString &path, const Error &error) {
                m_export->setEnabled(true);
                if (error.isError() && std::exchange(m_askedForExport, false))
                    QMessageBox::warning(this, tr("Export Transcript"), error.message);
                emit exportFinished(path, error);
            });
    updateStatus();
}

QToolButton *TranscriptPane::modeButton(ChunkFormatter::Mode mode) const
{
    return qobject_cast<QToolButton *>(m_modes->button(int(mode)));
}

void TranscriptPane::setStateText(const QString &text)
{
    m_stateText = text;
    updateStatus();
}

void TranscriptPane::updateStatus()
{
    const QLocale locale;
    QString text = tr("%n chunk(s) · received %1 · sent %2", nullptr, int(m_model->chunkCount()))
                       .arg(locale.formattedDataSize(m_model->bytesIn()),
                            locale.formattedDataSize(m_model->bytesOut()));
    if (!m_stateText.isEmpty())
        text = m_stateText + QStringLiteral("  —  ") + text;
    m_status->setText(text);
}

void TranscriptPane::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_model->exportTo(path);
}

void TranscriptPane::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transcript"),
                                                      QStringLiteral("transcript.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_askedForExport = true;
    exportTo(path);
}

} // namespace wb::ui
