#include "ui/response/wireview.h"

#include "core/net/hexdump.h"

#include "ui/response/bodysource.h"

#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace wb::ui {

WireView::WireView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_hops = new QListWidget(splitter);
    m_hops->setObjectName(QStringLiteral("wireHops"));
    m_text = new QPlainTextEdit(splitter);
    m_text->setObjectName(QStringLiteral("wireText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    layout->addWidget(splitter);
    connect(m_hops, &QListWidget::currentRowChanged, this, &WireView::showHop);
}

QString WireView::escapeBytes(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\n':
            out += QLatin1String("\\n\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        default:
            if (u >= 0x20 && u < 0x7f)
                out += QLatin1Char(c);
            else
                out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

void WireView::clearChain()
{
    m_chain = {};
    m_hops->clear();
    m_text->clear();
}

int WireView::hopCount() const
{
    return int(m_chain.hops.size());
}

QString WireView::hopLabel(int index) const
{
    const QListWidgetItem *item = m_hops->item(index);
    return item ? item->text() : QString();
}

QString WireView::text() const
{
    return m_text->toPlainText();
}

void WireView::setChain(const wb::http::ExchangeChain &chain)
{
    clearChain();
    m_chain = chain;
    for (int i = 0; i < chain.hops.size(); ++i) {
        const auto &hop = chain.hops.at(i);
        const QString status =
            hop.response.status > 0 ? QString::number(hop.response.status) : tr("no response");
        auto *item = new QListWidgetItem(
            tr("%1. %2 %3 → %4").arg(i + 1).arg(QString::fromLatin1(hop.method), hop.url, status),
            m_hops);
        item->setToolTip(hop.url);
    }
    m_hops->setVisible(chain.hops.size() > 1);
    if (!chain.hops.isEmpty())
        m_hops->setCurrentRow(int(chain.hops.size()) - 1);
}

void WireView::showHop(int index)
{
    if (index < 0 || index >= m_chain.hops.size()) {
        m_text->clear();
        return;
    }
    const auto &hop = m_chain.hops.at(index);
    if (m_hops->currentRow() != index)
        m_hops->setCurrentRow(index);
    auto part = [this](const QByteArray &head, const wb::http::BodyData &body) {
        BodySource source(body);
        const qint64 room = qMax<qint64>(0, ShownBytesPerSide - head.size());
        QString text = escapeBytes(head) + escapeBytes(source.read(0, room));
        const qint64 total = head.size() + source.size();
        if (total > ShownBytesPerSide)
            text += tr("\n[… %1 more bytes; the Raw and Hex views page through the whole body]")
                        .arg(total - ShownBytesPerSide);
        return text;
    };
    QString text;
    if (hop.remoteAddress.isEmpty())
        text += tr("── Sent ──\n");
    else
        text += tr("── Sent to %1 port %2 ──\n").arg(hop.remoteAddress).arg(hop.remotePort);
    const bool http2 = hop.httpVersion.startsWith("HTTP/2") || !hop.frames.isEmpty();
    if (http2)
        text += tr("(HTTP/2: the request as a head; the exact HPACK-encoded HEADERS and DATA "
                   "frames are in the Frames view)\n");
    text += part(hop.requestHead, hop.requestBody);
    text += tr("\n\n── Received ──\n");
    if (hop.responseWire.size == 0 && hop.responseWire.bytes.isEmpty() &&
        !hop.responseWire.isFile()) {
        text += tr("(nothing)");
    } else if (http2) {
        // Binary frames: a hex dump reads better than escapes; the Frames view decodes them.
        text += tr("(HTTP/2: this stream's frames exactly as received, 9-byte headers and "
                   "payloads; the Frames view decodes them)\n");
        BodySource source(hop.responseWire);
        const QByteArray shown = source.read(0, HexBytesShown);
        text += QString::fromLatin1(wb::net::HexDump::format(shown));
        if (source.size() > shown.size())
            text += tr("[… %1 more bytes]").arg(source.size() - shown.size());
    } else {
        text += part({}, hop.responseWire);
    }
    if (hop.error.isError())
        text += tr("\n\n── Error ──\n%1").arg(hop.error.message);
    m_text->setPlainText(text);
}

} // namespace wb::ui
