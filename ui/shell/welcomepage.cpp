#include "ui/shell/welcomepage.h"

#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

QPushButton *makeChoice(QWidget *parent, const QString &text, const QKeySequence &shortcut,
                        const QString &objectName)
{
    auto *button = new QPushButton(parent);
    button->setText(text + QStringLiteral("    ") + shortcut.toString(QKeySequence::NativeText));
    button->setObjectName(objectName);
    button->setMinimumWidth(280);
    button->setMinimumHeight(36);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/wirebench.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignHCenter);
    layout->addWidget(logo);

    auto *title = new QLabel(tr("Wirebench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *subtitle = new QLabel(tr("See exactly what goes over the wire."), this);
    subtitle->setAlignment(Qt::AlignHCenter);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(subtitle);
    layout->addSpacing(24);

    m_newRequest = makeChoice(this, tr("New HTTP Request"), QKeySequence(Qt::CTRL | Qt::Key_T),
                              QStringLiteral("welcomeNewRequest"));
    m_newSocketConsole =
        makeChoice(this, tr("New Socket Console"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                   QStringLiteral("welcomeNewSocketConsole"));
    for (QPushButton *b : {m_newRequest, m_newSocketConsole})
        layout->addWidget(b, 0, Qt::AlignHCenter);

    layout->addSpacing(16);
    auto *hint = new QLabel(
        tr("Requests you send are kept in History. Save them to Collections with Ctrl+S."), this);
    hint->setAlignment(Qt::AlignHCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(3);

    connect(m_newRequest, &QPushButton::clicked, this, &WelcomePage::newRequestRequested);
    connect(m_newSocketConsole, &QPushButton::clicked, this,
            &WelcomePage::newSocketConsoleRequested);
}

} // namespace wb::ui
