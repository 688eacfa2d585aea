#include "ui/response/previewview.h"

#include "ui/response/spanhighlighter.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wb::ui {

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_stack = new QStackedWidget(this);
    m_imageArea = new QScrollArea(this);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setBackgroundRole(QPalette::Base);
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("previewImage"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(false);
    m_source = new QPlainTextEdit(this);
    m_source->setReadOnly(true);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SpanHighlighter(Syntax::Xml, m_source->document());
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_source);
    layout->addWidget(m_stack, 1);
    clear();
}

void PreviewView::clear()
{
    m_image->clear();
    m_source->clear();
    m_message->setText(tr("Nothing to preview."));
    m_stack->hide();
}

bool PreviewView::showsImage() const
{
    return m_stack->isVisibleTo(this) && m_stack->currentWidget() == m_imageArea;
}

QString PreviewView::message() const
{
    return m_message->text();
}

void PreviewView::setBody(const wb::http::BodyData &body, const QByteArray &contentType)
{
    clear();
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    std::unique_ptr<QIODevice> device;
    QByteArray bytes = body.bytes;
    if (body.isFile())
        device = std::make_unique<QFile>(body.filePath);
    else
        device = std::make_unique<QBuffer>(&bytes);
    if (!device->open(QIODevice::ReadOnly)) {
        m_message->setText(tr("The body could not be read from its file."));
        return;
    }
    QImageReader reader(device.get());
    if (type.startsWith("image/") || reader.canRead()) {
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (!image.isNull()) {
            QPixmap pixmap = QPixmap::fromImage(image);
            pixmap.setDevicePixelRatio(devicePixelRatioF());
            m_image->setPixmap(pixmap);
            m_image->adjustSize();
            m_message->setText(tr("%1 image, %2 × %3 pixels")
                                   .arg(QString::fromLatin1(reader.format().toUpper()))
                                   .arg(image.width())
                                   .arg(image.height()));
            m_stack->setCurrentWidget(m_imageArea);
            m_stack->show();
            return;
        }
        if (type.startsWith("image/")) {
            m_message->setText(tr("The image could not be decoded: %1").arg(reader.errorString()));
            return;
        }
    }
    if (type.contains("html") || type.contains("xml") || type.contains("svg") ||
        type.startsWith("text/")) {
        device->seek(0);
        const QByteArray text = device->read(SourceLimit);
        m_source->setPlainText(QString::fromUtf8(text));
        const qint64 size = device->size();
        m_message->setText(size > SourceLimit
                               ? tr("Shown as source; no script runs. The first %1 of %2 bytes are "
                                    "shown here; the Raw view pages through all of them.")
                                     .arg(SourceLimit)
                                     .arg(size)
                               : tr("Shown as source; no script runs."));
        m_stack->setCurrentWidget(m_source);
        m_stack->show();
        return;
    }
    m_message->setText(tr("No preview for %1; use the Raw or Hex view.")
                           .arg(type.isEmpty() ? tr("this content") : QString::fromLatin1(type)));
}

} // namespace wb::ui
