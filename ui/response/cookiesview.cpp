#include "ui/response/cookiesview.h"

#include <QHeaderView>
#include <QLocale>
#include <QNetworkCookie>
#include <QUrl>

namespace wb::ui {

CookiesView::CookiesView(QWidget *parent)
    : QTableWidget(0, Count, parent)
{
    setObjectName(QStringLiteral("responseCookies"));
    setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Domain"), tr("Path"), tr("Expires"),
                               tr("Secure"), tr("HttpOnly"), tr("SameSite"), tr("Set by")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
}

void CookiesView::clearCookies()
{
    setRowCount(0);
}

void CookiesView::setChain(const wb::http::ExchangeChain &chain)
{
    clearCookies();
    for (const auto &hop : chain.hops) {
        const QUrl url(hop.url);
        for (const QByteArray &header : hop.response.headerValues("Set-Cookie")) {
            for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(header)) {
                const int row = rowCount();
                insertRow(row);
                QString sameSite;
                switch (cookie.sameSitePolicy()) {
                case QNetworkCookie::SameSite::Default:
                    break;
                case QNetworkCookie::SameSite::None:
                    sameSite = QStringLiteral("None");
                    break;
                case QNetworkCookie::SameSite::Lax:
                    sameSite = QStringLiteral("Lax");
                    break;
                case QNetworkCookie::SameSite::Strict:
                    sameSite = QStringLiteral("Strict");
                    break;
                }
                const QString yes = tr("yes");
                const QStringList cells = {
                    QString::fromUtf8(cookie.name()),
                    QString::fromUtf8(cookie.value()),
                    cookie.domain().isEmpty() ? url.host() : cookie.domain(),
                    cookie.path().isEmpty() ? tr("(request path)") : cookie.path(),
                    cookie.isSessionCookie()
                        ? tr("end of session")
                        : QLocale().toString(cookie.expirationDate().toUTC(), QLocale::ShortFormat),
                    cookie.isSecure() ? yes : QString(),
                    cookie.isHttpOnly() ? yes : QString(),
                    sameSite,
                    hop.url};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    item->setToolTip(c == Value ? QString::fromLatin1(header) : cells.at(c));
                    setItem(row, c, item);
                }
            }
        }
    }
}

} // namespace wb::ui
