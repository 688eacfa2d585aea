#include "ui/socket/certificatepanel.h"

#include "core/net/tlscredentials.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb::ui {

CertificatePanel::CertificatePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Peer certificate chain"), this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("socketCertificates"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("socketTlsErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_errors);
    clear();
}

void CertificatePanel::clear()
{
    m_tree->clear();
    m_errors->setText(tr("No TLS handshake yet."));
}

void CertificatePanel::setChain(const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                                const QString &host)
{
    m_tree->clear();
    for (int i = 0; i < chain.size(); ++i) {
        const QSslCertificate &c = chain.at(i);
        auto *top = new QTreeWidgetItem(m_tree);
        const QString cn = c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        top->setText(0, i == 0 ? tr("Leaf") : tr("Issuer %1").arg(i));
        top->setText(1, cn.isEmpty() ? c.subjectDisplayName() : cn);
        top->setToolTip(1, net::TlsCredentials::describe(c));
        const auto add = [top](const QString &field, const QString &value) {
            auto *item = new QTreeWidgetItem(top, {field, value});
            item->setToolTip(1, value);
        };
        add(tr("Subject"), c.subjectDisplayName());
        add(tr("Issuer"), c.issuerDisplayName());
        add(tr("Valid from"), c.effectiveDate().toString(Qt::ISODate));
        add(tr("Valid until"), c.expiryDate().toString(Qt::ISODate));
        const QStringList names = c.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (!names.isEmpty())
            add(tr("DNS names"), names.join(QStringLiteral(", ")));
        add(tr("SHA-256"), QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')));
        top->setExpanded(i == 0);
    }
    if (errors.isEmpty()) {
        m_errors->setText(chain.isEmpty() ? tr("No certificate received.")
                                          : tr("The certificate chain was verified."));
        return;
    }
    QStringList lines;
    for (const QSslError &error : errors)
        lines << net::TlsCredentials::explain(error, host);
    lines.removeDuplicates(); // several errors can share one explanation
    m_errors->setText(lines.join(QLatin1Char('\n')));
}

} // namespace wb::ui
