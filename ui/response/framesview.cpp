#include "ui/response/framesview.h"

#include "core/http/http2frametext.h"
#include "ui/response/bodysource.h"
#include "ui/response/framesmodel.h"
#include "ui/response/hexview.h"
#include "ui/response/themecolors.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wb::ui {

using wb::http::Http2Frame;
namespace FrameText = wb::http::Http2FrameText;

namespace {

constexpr char typeProperty[] = "wbFrameType";

int textWidth(const QFontMetrics &fm, const QString &text)
{
    return fm.horizontalAdvance(text) + fm.averageCharWidth() * 3;
}

} // namespace

FramesView::FramesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("framesView"));
    m_model = new FramesModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 4);
    m_hopLabel = new QLabel(tr("Hop:"), this);
    m_hops = new QComboBox(this);
    m_hops->setObjectName(QStringLiteral("framesHop"));
    m_hopLabel->setBuddy(m_hops);
    auto *streamLabel = new QLabel(tr("&Stream:"), this);
    m_streams = new QComboBox(this);
    m_streams->setObjectName(QStringLiteral("framesStream"));
    m_streams->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    streamLabel->setBuddy(m_streams);
    auto *typeLabel = new QLabel(tr("&Types:"), this);
    m_typeButton = new QPushButton(this);
    m_typeButton->setObjectName(QStringLiteral("framesTypes"));
    m_typeButton->setToolTip(tr("Which frame types to show"));
    typeLabel->setBuddy(m_typeButton);
    m_typeMenu = new QMenu(m_typeButton);
    m_typeMenu->installEventFilter(this);
    m_typeButton->setMenu(m_typeMenu);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("framesCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_hopLabel);
    bar->addWidget(m_hops);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(streamLabel);
    bar->addWidget(m_streams);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(typeLabel);
    bar->addWidget(m_typeButton);
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("framesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and column widths: nothing ever measures 100,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(FramesModel::TimeColumn, textWidth(fm, QStringLiteral("00,000.000")));
    m_table->setColumnWidth(FramesModel::DirectionColumn,
                            textWidth(fm, FramesModel::directionText(false)));
    m_table->setColumnWidth(FramesModel::StreamColumn, textWidth(fm, tr("Stream")));
    m_table->setColumnWidth(FramesModel::TypeColumn,
                            textWidth(fm, QStringLiteral("WINDOW_UPDATE")));
    m_table->setColumnWidth(FramesModel::FlagsColumn,
                            textWidth(fm, QStringLiteral("END_STREAM | END_HEADERS | PRIORITY")));
    m_table->setColumnWidth(FramesModel::LengthColumn, textWidth(fm, QStringLiteral("000,000")));

    m_empty = new QLabel(tr("No HTTP/2 frames were recorded for this exchange."), this);
    m_empty->setObjectName(QStringLiteral("framesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_hops, &QComboBox::activated, this,
            [this](int i) { showHop(m_hopIndices.value(i, -1)); });
    connect(m_streams, &QComboBox::activated, this, &FramesView::onStreamChosen);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showFrame(current.isValid() ? current.row() : -1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        reselect(m_selectedFrame);
    });
    clearFrames();
}

QWidget *FramesView::buildDetailPane()
{
    auto *pane = new QSplitter(Qt::Horizontal, this);
    pane->setChildrenCollapsible(false);
    auto *left = new QWidget(pane);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(6, 6, 6, 0);
    m_caption = new QLabel(left);
    m_caption->setObjectName(QStringLiteral("frameCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_meta = new QLabel(left);
    m_meta->setObjectName(QStringLiteral("frameMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_detail = new QLabel(left);
    m_detail->setObjectName(QStringLiteral("frameDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers = new QTableWidget(0, 2, left);
    m_headers->setObjectName(QStringLiteral("frameHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setAlternatingRowColors(true);
    m_headers->setWordWrap(false);
    m_headers->setShowGrid(false);
    m_headers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_headers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() +
                                                       fontMetrics().height() / 2);
    column->addWidget(m_caption);
    column->addWidget(m_meta);
    column->addWidget(m_detail);
    column->addWidget(m_headers, 1);
    column->addStretch(0);
    m_hex = new HexView(pane);
    m_hex->setObjectName(QStringLiteral("frameHex"));
    pane->addWidget(left);
    pane->addWidget(m_hex);
    pane->setStretchFactor(0, 2);
    pane->setStretchFactor(1, 3);
    return pane;
}

bool FramesView::isHttp2(const wb::http::Exchange &exchange)
{
    const QByteArray version = exchange.httpVersion.toLower();
    return !exchange.frames.isEmpty() || version.startsWith("http/2") || version == "h2" ||
           version == "h2c";
}

void FramesView::clearFrames()
{
    m_chain = {};
    m_hopIndices.clear();
    m_hops->clear();
    m_hops->hide();
    m_hopLabel->hide();
    m_selectedFrame = -1;
    m_model->clear();
    fillStreamCombo();
    fillTypeMenu();
    showFrame(-1);
    m_stack->setCurrentIndex(0);
}

void FramesView::setChain(const wb::http::ExchangeChain &chain)
{
    clearFrames();
    m_chain = chain;
    for (int i = 0; i < chain.hops.size(); ++i) {
        const auto &hop = chain.hops.at(i);
        if (!isHttp2(hop))
            continue;
        m_hopIndices.append(i);
        m_hops->addItem(
            QStringLiteral("%1. %2 %3").arg(i + 1).arg(QString::fromLatin1(hop.method), hop.url));
    }
    const bool several = m_hopIndices.size() > 1;
    m_hops->setVisible(several);
    m_hopLabel->setVisible(several);
    if (!m_hopIndices.isEmpty())
        showHop(m_hopIndices.last());
}

int FramesView::hopCount() const
{
    return int(m_hopIndices.size());
}

void FramesView::showHop(int chainIndex)
{
    const qsizetype offered = m_hopIndices.indexOf(chainIndex);
    if (offered < 0)
        return;
    m_hops->setCurrentIndex(int(offered));
    m_selectedFrame = -1;
    m_model->setFrames(m_chain.hops.at(chainIndex).frames);
    fillStreamCombo();
    fillTypeMenu();
    m_stack->setCurrentIndex(m_model->frames().isEmpty() ? 0 : 1);
    if (!m_model->frames().isEmpty())
        selectRow(0);
}

void FramesView::fillStreamCombo()
{
    const QLocale locale;
    m_streams->clear();
    m_streams->addItem(tr("All streams (%1)").arg(locale.toString(m_model->frames().size())),
                       FramesModel::AllStreams);
    for (const quint32 id : m_model->streams()) {
        const QString count = locale.toString(m_model->streamFrameCount(id));
        m_streams->addItem(id == 0 ? tr("0 · connection (%1)").arg(count)
                                   : QStringLiteral("%1 (%2)").arg(id).arg(count),
                           qint64(id));
    }
    const int at = m_streams->findData(m_model->streamFilter());
    m_streams->setCurrentIndex(at < 0 ? 0 : at);
}

void FramesView::fillTypeMenu()
{
    m_typeMenu->clear();
    QAction *all = m_typeMenu->addAction(tr("Show All Types"));
    connect(all, &QAction::triggered, this, [this] { setAllTypesShown(true); });
    if (m_model->typeFrameCount(quint8(wb::http::Http2FrameType::Data)) > 0) {
        QAction *control = m_typeMenu->addAction(tr("Hide DATA Frames"));
        connect(control, &QAction::triggered, this, [this] {
            setAllTypesShown(true);
            setTypeShown(quint8(wb::http::Http2FrameType::Data), false);
        });
    }
    m_typeMenu->addSeparator();
    const QLocale locale;
    for (const quint8 type : m_model->types()) {
        QAction *action = m_typeMenu->addAction(QStringLiteral("%1 (%2)").arg(
            FrameText::typeName(type), locale.toString(m_model->typeFrameCount(type))));
        action->setCheckable(true);
        action->setChecked(m_model->isTypeShown(type));
        action->setProperty(typeProperty, int(type));
        connect(action, &QAction::toggled, this,
                [this, type](bool shown) { setTypeShown(type, shown); });
    }
    updateTypeButton();
}

void FramesView::updateTypeButton()
{
    QStringList shown;
    int hidden = 0;
    for (const quint8 type : m_model->types()) {
        if (m_model->isTypeShown(type))
            shown << FrameText::typeName(type);
        else
            ++hidden;
    }
    if (hidden == 0)
        m_typeButton->setText(tr("All types"));
    else if (shown.isEmpty())
        m_typeButton->setText(tr("No types"));
    else if (shown.size() <= 2)
        m_typeButton->setText(shown.join(QStringLiteral(", ")));
    else
        m_typeButton->setText(tr("%1 types").arg(shown.size()));
    // Keep the checks in step when the filter was set from code or a preset.
    for (QAction *action : m_typeMenu->actions()) {
        const QVariant type = action->property(typeProperty);
        if (type.isValid()) {
            const QSignalBlocker blocker(action);
            action->setChecked(m_model->isTypeShown(quint8(type.toInt())));
        }
    }
}

void FramesView::updateCount()
{
    m_count->setText(countText());
}

QString FramesView::countText() const
{
    const QLocale locale;
    const int total = int(m_model->frames().size());
    const int shown = m_model->rowCount();
    if (shown == total)
        return total == 1 ? tr("1 frame") : tr("%1 frames").arg(locale.toString(total));
    return tr("%1 of %2 frames").arg(locale.toString(shown), locale.toString(total));
}

void FramesView::onStreamChosen(int index)
{
    m_model->setStreamFilter(m_streams->itemData(index).toLongLong());
}

void FramesView::setStreamFilter(qint64 stream)
{
    m_model->setStreamFilter(stream);
    const int at = m_streams->findData(stream);
    if (at >= 0)
        m_streams->setCurrentIndex(at);
}

void FramesView::setTypeShown(quint8 type, bool shown)
{
    m_model->setTypeShown(type, shown);
    updateTypeButton();
}

void FramesView::setAllTypesShown(bool shown)
{
    m_model->setAllTypesShown(shown);
    updateTypeButton();
}

void FramesView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->clearSelection();
        showFrame(-1);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void FramesView::reselect(int frameIndex)
{
    const int row = m_model->rowOfFrame(frameIndex);
    if (row < 0) {
        showFrame(-1);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QString FramesView::frameCaption() const
{
    return m_meta->text().isEmpty() ? m_caption->text()
                                    : m_caption->text() + QLatin1Char('\n') + m_meta->text();
}

void FramesView::showFrame(int row)
{
    const Http2Frame *f = m_model->frameAt(row);
    m_headers->setRowCount(0);
    if (!f) {
        // Keep m_selectedFrame: a filter that hides the frame for now may show it again.
        m_caption->setText(m_model->frames().isEmpty() ? QString()
                                                       : tr("Select a frame to see its bytes."));
        m_meta->clear();
        m_meta->hide();
        m_detail->clear();
        m_detail->hide();
        m_headers->hide();
        m_hex->setSource(nullptr);
        return;
    }
    m_selectedFrame = m_model->frameIndex(row);
    const QLocale locale;
    const QString where =
        f->streamId == 0 ? tr("the connection (stream 0)") : tr("stream %1").arg(f->streamId);
    const QString flags = FrameText::flagNames(f->type, f->flags);
    const QString caption =
        (f->outgoing ? tr("%1 sent on %2 at %3 ms") : tr("%1 received on %2 at %3 ms"))
            .arg(FrameText::typeName(f->type), where, FramesModel::timeText(f->atUs));
    m_caption->setText(caption);
    QStringList meta;
    if (!flags.isEmpty())
        meta << tr("Flags: %1").arg(flags);
    const qint64 payloadKept = qMax<qint64>(0, f->bytes.size() - 9);
    if (f->truncated && payloadKept < f->length)
        meta << tr("9-byte header and a %1-byte payload; the first %2 payload bytes were kept")
                    .arg(locale.toString(f->length), locale.toString(payloadKept));
    else
        meta << tr("9-byte header and a %1-byte payload").arg(locale.toString(f->length));
    m_meta->setText(meta.join(QLatin1Char('\n')));
    m_meta->show();

    QString detail = FrameText::detail(*f);
    if (!f->fields.isEmpty()) {
        // The header list goes in the table; keep the attributes and any problem.
        const QString first = QString::fromLatin1(f->fields.first().name);
        const qsizetype at = detail.indexOf(first + QLatin1Char(':'));
        const QString problem = FrameText::problem(*f);
        detail = at > 3 ? detail.left(at - 3) : QString();
        if (!problem.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral("\n")) +
                      QStringLiteral("malformed: ") + problem;
        m_headers->setRowCount(int(f->fields.size()));
        QFont bold = m_headers->font();
        bold.setBold(true);
        for (int i = 0; i < f->fields.size(); ++i) {
            auto *name = new QTableWidgetItem(QString::fromLatin1(f->fields.at(i).name));
            name->setFont(bold);
            auto *value = new QTableWidgetItem(QString::fromLatin1(f->fields.at(i).value));
            value->setToolTip(value->text());
            m_headers->setItem(i, 0, name);
            m_headers->setItem(i, 1, value);
        }
    }
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    QPalette detailPalette = palette();
    if (!FrameText::problem(*f).isEmpty())
        detailPalette.setColor(QPalette::WindowText,
                               themecolors::color(palette(), themecolors::Role::ServerError));
    m_detail->setPalette(detailPalette);
    m_headers->setVisible(!f->fields.isEmpty());
    wb::http::BodyData bytes;
    bytes.bytes = f->bytes;
    bytes.size = f->bytes.size();
    m_hex->setSource(std::make_shared<BodySource>(bytes));
}

bool FramesView::eventFilter(QObject *watched, QEvent *event)
{
    // Ticking a type keeps the menu open, so that several can be ticked in one go.
    if (watched == m_typeMenu && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        QAction *action = m_typeMenu->actionAt(mouse->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wb::ui
