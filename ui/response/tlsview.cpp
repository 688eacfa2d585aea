#include "ui/response/tlsview.h"

#include "ui/response/themecolors.h"

#include <QHeaderView>
#include <QLocale>

namespace wb::ui {

TlsView::TlsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("tlsView"));
    setColumnCount(2);
    setHeaderLabels({tr("Property"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setAlternatingRowColors(true);
    setWordWrap(true);
}

void TlsView::clearTls()
{
    clear();
}

void TlsView::setTls(const wb::http::TlsDetails &tls)
{
    clear();
    auto add = [](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(parent, {name, value});
        item->setToolTip(1, value);
        return item;
    };
    if (!tls.used) {
        auto *item =
            new QTreeWidgetItem(this, {tr("Not used"), tr("The exchange was not encrypted.")});
        Q_UNUSED(item);
        return;
    }
    auto *session = new QTreeWidgetItem(this, {tr("Session")});
    add(session, tr("Protocol"), tls.protocol);
    add(session, tr("Cipher"), tls.cipher);
    add(session, tr("ALPN"), tls.alpn.isEmpty() ? tr("(none)") : QString::fromLatin1(tls.alpn));
    add(session, tr("Server name (SNI)"), tls.serverName);

    auto *verification = new QTreeWidgetItem(this, {tr("Verification")});
    if (tls.verificationErrors.isEmpty()) {
        add(verification, tr("Result"),
            tls.verificationSkipped ? tr("Skipped by request settings") : tr("Trusted"));
    } else {
        const QColor error = themecolors::color(palette(), themecolors::Role::ServerError);
        for (const QString &e : tls.verificationErrors) {
            auto *item =
                add(verification, tls.verificationSkipped ? tr("Ignored error") : tr("Error"), e);
            item->setForeground(0, error);
            item->setForeground(1, error);
        }
    }

    auto *chain =
        new QTreeWidgetItem(this, {tr("Certificate chain"),
                                   tr("%n certificate(s)", nullptr, int(tls.peerChain.size()))});
    const QLocale locale;
    for (int i = 0; i < tls.peerChain.size(); ++i) {
        const auto &cert = tls.peerChain.at(i);
        auto *item = add(chain, i == 0 ? tr("Server") : tr("Issuer %1").arg(i), cert.subject);
        add(item, tr("Subject"), cert.subject);
        add(item, tr("Issuer"), cert.issuer);
        if (!cert.subjectAltNames.isEmpty())
            add(item, tr("Alternative names"), cert.subjectAltNames.join(QStringLiteral(", ")));
        add(item, tr("Valid from"), locale.toString(cert.notBefore.toUTC(), QLocale::LongFormat));
        add(item, tr("Valid until"), locale.toString(cert.notAfter.toUTC(), QLocale::LongFormat));
        add(item, tr("Serial number"), cert.serialNumber);
        add(item, tr("SHA-256"), cert.sha256Fingerprint);
    }
    expandAll();
}

} // namespace wb::ui
