#pragma once

#include <QWidget>

class QPushButton;

namespace wb::ui {

// The empty state of the tab area: what a person sees before opening any tab.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *newRequestButton() const { return m_newRequest; }
    QPushButton *newSocketConsoleButton() const { return m_newSocketConsole; }

signals:
    void newRequestRequested();
    void newSocketConsoleRequested();

private:
    QPushButton *m_newRequest = nullptr;
    QPushButton *m_newSocketConsole = nullptr;
};

} // namespace wb::ui
