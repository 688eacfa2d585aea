#include "ui/socket/peerspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::ui {

PeersPanel::PeersPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("socketPeers"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sendTo = new QPushButton(tr("Send To"), this);
    m_sendTo->setToolTip(tr("Send the input to the selected peer only"));
    m_disconnect = new QPushButton(tr("Disconnect"), this);
    m_disconnect->setObjectName(QStringLiteral("socketDisconnectPeer"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_sendTo);
    buttons->addWidget(m_disconnect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &PeersPanel::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit sendToRequested(item->text()); });
    connect(m_sendTo, &QPushButton::clicked, this, [this] {
        if (!selected().isEmpty())
            emit sendToRequested(selected());
    });
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (!selected().isEmpty())
            emit disconnectRequested(selected());
    });
    clear();
}

void PeersPanel::setCanDisconnect(bool canDisconnect)
{
    m_canDisconnect = canDisconnect;
    m_disconnect->setVisible(canDisconnect);
    updateButtons();
}

void PeersPanel::addPeer(const QString &peer)
{
    if (!m_list->findItems(peer, Qt::MatchExactly).isEmpty())
        return;
    m_list->addItem(peer);
    updateButtons();
    emit peersChanged(peers());
}

void PeersPanel::removePeer(const QString &peer)
{
    const auto items = m_list->findItems(peer, Qt::MatchExactly);
    for (QListWidgetItem *item : items)
        delete item;
    updateButtons();
    emit peersChanged(peers());
}

void PeersPanel::clear()
{
    m_list->clear();
    updateButtons();
    emit peersChanged({});
}

QStringList PeersPanel::peers() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QString PeersPanel::selected() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text();
}

void PeersPanel::updateButtons()
{
    const int count = m_list->count();
    m_title->setText(m_canDisconnect ? tr("Connected clients: %1").arg(count)
                                     : tr("Peers seen: %1").arg(count));
    m_sendTo->setEnabled(!selected().isEmpty());
    m_disconnect->setEnabled(!selected().isEmpty());
}

} // namespace wb::ui
